import { describe, expect, it } from "vitest";
import {
  abbreviateHeaders,
  fieldsByHeader,
  type GenericFile,
  initialMappingValues,
  type MappingFormValues,
  mappingProblems,
  needsDateOrder,
  sampleValues,
  toMappingInput,
} from "./mappingForm";

const bpFile: GenericFile = {
  headers: ["Datum", "Uhrzeit", "SYS", "DIA", "Puls"],
  sample: [
    ["14.03.2025", "07:30", "128", "82", "64"],
    ["15.03.2025", "07:45", "131", "84", "66"],
    ["15.03.2025", "21:10", "124", ""],
  ],
  mapping: null,
};

const slashFile: GenericFile = {
  headers: ["Date", "Systolic", "Diastolic", "Comment"],
  sample: [
    ["03/04/2025", "120", "80", "after 1/2 h rest"],
    ["03/14/2025", "121", "79", ""],
  ],
  mapping: null,
};

describe("initialMappingValues", () => {
  it("guesses the kind and every kind's columns, leaving the rest not in the file", () => {
    const values = initialMappingValues(bpFile, "dmy");
    expect(values.kind).toBe("blood_pressure");
    expect(values.fields.blood_pressure).toEqual({
      date: "Datum",
      systolic: "SYS",
      diastolic: "DIA",
      time: "Uhrzeit",
      pulse: "Puls",
      irregularHeartbeat: "",
      note: "",
    });
    expect(values.fields.vitals).toMatchObject({ date: "Datum", restingHr: "", hrv: "" });
    expect(values.fields.sleep).toMatchObject({ bedtime: "", wakeTime: "", date: "Datum" });
    expect(values.remember).toBe(true);
  });

  it("reads the day/month order off the sample, else takes the fallback", () => {
    expect(initialMappingValues(slashFile, "dmy").dateOrder).toBe("mdy");
    expect(initialMappingValues(bpFile, "dmy").dateOrder).toBe("dmy");
    expect(initialMappingValues(bpFile, "mdy").dateOrder).toBe("mdy");
  });

  it("starts from the mapping in use, dropping headers the file no longer has", () => {
    const values = initialMappingValues(
      {
        ...bpFile,
        mapping: {
          kind: "blood_pressure",
          fields: { date: "Datum", systolic: "DIA", diastolic: "SYS", note: "Gone" },
          dateOrder: "dmy",
        },
      },
      "mdy",
    );
    expect(values.kind).toBe("blood_pressure");
    expect(values.dateOrder).toBe("dmy");
    expect(values.fields.blood_pressure).toMatchObject({
      date: "Datum",
      systolic: "DIA",
      diastolic: "SYS",
      time: "",
      note: "",
    });
  });
});

const diaryFile: GenericFile = {
  headers: ["Datum", "Mahlzeit", "Kalorien", "Eiweiß (g)", "Fett (g)", "KH (g)"],
  sample: [
    ["14.03.2025", "Frühstück", "520", "24,5", "18", "61"],
    ["14.03.2025", "Mittag", "780", "41", "25", "90"],
  ],
  mapping: null,
};

describe("a nutrition diary", () => {
  it("is guessed as nutrition with its columns", () => {
    const form = initialMappingValues(diaryFile, "dmy");
    expect(form.kind).toBe("nutrition");
    expect(form.fields.nutrition).toEqual({
      date: "Datum",
      kcal: "Kalorien",
      proteinG: "Eiweiß (g)",
      fatG: "Fett (g)",
      carbsG: "KH (g)",
      fiberG: "",
      note: "",
    });
    expect(mappingProblems(form)).toEqual([]);
    expect(toMappingInput(form)).toEqual({
      kind: "nutrition",
      fields: { date: "Datum", kcal: "Kalorien", proteinG: "Eiweiß (g)", fatG: "Fett (g)", carbsG: "KH (g)" },
      dateOrder: "dmy",
      remember: true,
    });
  });

  it("needs the date and the energy, not the macros", () => {
    const form = initialMappingValues(diaryFile, "dmy");
    form.fields.nutrition.kcal = "";
    form.fields.nutrition.proteinG = "";
    expect(mappingProblems(form)).toEqual([{ field: "kcal", reason: "missing" }]);
    form.fields.nutrition.date = "";
    expect(mappingProblems(form)).toEqual([
      { field: "date", reason: "missing" },
      { field: "kcal", reason: "missing" },
    ]);
  });
});

const values = (over: Partial<MappingFormValues> = {}): MappingFormValues => ({
  ...initialMappingValues(bpFile, "dmy"),
  ...over,
});

describe("mappingProblems", () => {
  it("names the chosen kind's required fields without a column", () => {
    expect(mappingProblems(values())).toEqual([]);
    expect(mappingProblems(values({ kind: "sleep" }))).toEqual([
      { field: "bedtime", reason: "missing" },
      { field: "wakeTime", reason: "missing" },
    ]);
    const noSys = values();
    noSys.fields.blood_pressure.systolic = "";
    expect(mappingProblems(noSys)).toEqual([{ field: "systolic", reason: "missing" }]);
  });

  it("wants at least one value of a morning, not just its date", () => {
    const dateOnly = values({ kind: "vitals" });
    expect(dateOnly.fields.vitals.date).toBe("Datum");
    expect(mappingProblems(dateOnly)).toEqual([{ field: "restingHr", reason: "atLeastOne" }]);
    dateOnly.fields.vitals.note = "Puls";
    expect(mappingProblems(dateOnly)).toEqual([{ field: "restingHr", reason: "atLeastOne" }]);
    dateOnly.fields.vitals.hrv = "Puls";
    expect(mappingProblems(dateOnly)).toEqual([]);
  });
});

describe("toMappingInput", () => {
  it("sends only the chosen kind's fields that have a column", () => {
    const form = values({ dateOrder: "dmy", remember: false });
    form.fields.vitals.hrv = "Puls";
    expect(toMappingInput(form)).toEqual({
      kind: "blood_pressure",
      fields: { date: "Datum", systolic: "SYS", diastolic: "DIA", time: "Uhrzeit", pulse: "Puls" },
      dateOrder: "dmy",
      remember: false,
    });
  });

  it("switches with the kind", () => {
    const form = values({ kind: "vitals" });
    form.fields.vitals.restingHr = "Puls";
    expect(toMappingInput(form)).toEqual({
      kind: "vitals",
      fields: { date: "Datum", restingHr: "Puls" },
      dateOrder: "dmy",
      remember: true,
    });
  });
});

describe("needsDateOrder", () => {
  it("asks only when a chosen date column holds a slash", () => {
    expect(needsDateOrder(initialMappingValues(slashFile, "mdy"), slashFile)).toBe(true);
    expect(needsDateOrder(values(), bpFile)).toBe(false);
    // The note holds a slash, but it is no date.
    const noDate = initialMappingValues(slashFile, "mdy");
    noDate.fields.blood_pressure.date = "Systolic";
    expect(needsDateOrder(noDate, slashFile)).toBe(false);
  });
});

describe("fieldsByHeader", () => {
  it("lists the fields each header feeds", () => {
    const form = values();
    form.fields.blood_pressure.note = "Puls";
    expect(Object.fromEntries(fieldsByHeader(form))).toEqual({
      Datum: ["date"],
      SYS: ["systolic"],
      DIA: ["diastolic"],
      Uhrzeit: ["time"],
      Puls: ["pulse", "note"],
    });
  });
});

describe("sampleValues", () => {
  it("gives a few distinct non-empty cells of a column", () => {
    expect(sampleValues(bpFile, "Datum")).toEqual(["14.03.2025", "15.03.2025"]);
    expect(sampleValues(bpFile, "Puls")).toEqual(["64", "66"]);
    expect(sampleValues(bpFile, "SYS", 2)).toEqual(["128", "131"]);
    expect(sampleValues(bpFile, "Missing")).toEqual([]);
  });
});

describe("abbreviateHeaders", () => {
  it("shows the first few, cut, and counts the rest", () => {
    expect(abbreviateHeaders(["Datum", "Uhrzeit", "SYS", "DIA", "Puls", "Notiz"])).toEqual({
      shown: ["Datum", "Uhrzeit", "SYS", "DIA"],
      more: 2,
    });
    expect(abbreviateHeaders(["Heart rate variability (ms)"], 4, 16)).toEqual({
      shown: ["Heart rate vari…"],
      more: 0,
    });
  });
});
