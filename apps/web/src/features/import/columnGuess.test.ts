import { describe, expect, it } from "vitest";
import { guessDateOrder, guessFields, guessKind, normalizeHeader } from "./columnGuess";

describe("normalizeHeader", () => {
  it("drops units, accents and case, splits camelCase", () => {
    expect(normalizeHeader("Systolisch (mmHg)")).toBe("systolisch");
    expect(normalizeHeader("restingHr")).toBe("resting hr");
    expect(normalizeHeader("Qualität")).toBe("qualitat");
    expect(normalizeHeader("Unregelmäßiger Herzschlag")).toBe("unregelmassiger herzschlag");
    expect(normalizeHeader("VO₂max")).toBe("vo2max");
    expect(normalizeHeader("VO2 Max (ml/(kg·min))")).toBe("vo2 max");
    expect(normalizeHeader("Date/Time")).toBe("date time");
    expect(normalizeHeader("  SYS  ")).toBe("sys");
    expect(normalizeHeader("Eiweiß (g)")).toBe("eiweiss");
    expect(normalizeHeader("Energie (kcal)")).toBe("energie");
  });
});

describe("guessFields", () => {
  it("finds a German OMRON-like export's columns", () => {
    expect(guessFields("blood_pressure", ["Datum", "Uhrzeit", "SYS", "DIA", "Puls"])).toEqual({
      date: "Datum",
      time: "Uhrzeit",
      systolic: "SYS",
      diastolic: "DIA",
      pulse: "Puls",
    });
  });

  it("reads English names with units and a note", () => {
    expect(
      guessFields("blood_pressure", [
        "Date",
        "Time",
        "Systolic (mmHg)",
        "Diastolic (mmHg)",
        "Pulse (bpm)",
        "Irregular heartbeat",
        "Notes",
      ]),
    ).toEqual({
      date: "Date",
      time: "Time",
      systolic: "Systolic (mmHg)",
      diastolic: "Diastolic (mmHg)",
      pulse: "Pulse (bpm)",
      irregularHeartbeat: "Irregular heartbeat",
      note: "Notes",
    });
  });

  it("takes HR as the pulse of a reading", () => {
    expect(guessFields("blood_pressure", ["Day", "Systolisch", "Diastolisch", "HR"])).toMatchObject({
      date: "Day",
      systolic: "Systolisch",
      diastolic: "Diastolisch",
      pulse: "HR",
    });
  });

  it("gives a shared date-and-time column to the required date", () => {
    expect(guessFields("blood_pressure", ["Datum/Uhrzeit", "SYS", "DIA"])).toEqual({
      date: "Datum/Uhrzeit",
      systolic: "SYS",
      diastolic: "DIA",
    });
  });

  it("finds morning vitals in either language", () => {
    expect(guessFields("vitals", ["Datum", "Ruhepuls", "HRV", "SpO2", "Atemfrequenz", "VO2max"])).toEqual({
      date: "Datum",
      restingHr: "Ruhepuls",
      hrv: "HRV",
      spo2: "SpO2",
      respiratoryRate: "Atemfrequenz",
      vo2Max: "VO2max",
    });
    expect(
      guessFields("vitals", ["Date", "Resting HR", "Heart rate variability (ms)", "Blood Oxygen (%)"]),
    ).toEqual({
      date: "Date",
      restingHr: "Resting HR",
      hrv: "Heart rate variability (ms)",
      spo2: "Blood Oxygen (%)",
    });
  });

  it("does not mistake a resting heart rate for a pulse when the kind is vitals", () => {
    expect(guessFields("vitals", ["Datum", "Puls"])).toEqual({ date: "Datum" });
  });

  it("finds a night's clock times and phases", () => {
    expect(
      guessFields("sleep", [
        "Datum",
        "Schlafenszeit",
        "Aufgewacht",
        "Tiefschlaf",
        "REM",
        "Leichtschlaf",
        "Wach",
      ]),
    ).toEqual({
      date: "Datum",
      bedtime: "Schlafenszeit",
      wakeTime: "Aufgewacht",
      deepMin: "Tiefschlaf",
      remMin: "REM",
      lightMin: "Leichtschlaf",
      awakeMin: "Wach",
    });
    expect(guessFields("sleep", ["bedtime", "waketime", "quality", "deep"])).toEqual({
      bedtime: "bedtime",
      wakeTime: "waketime",
      quality: "quality",
      deepMin: "deep",
    });
    expect(guessFields("sleep", ["Start Date", "End Date", "Deep (min)"])).toEqual({
      bedtime: "Start Date",
      wakeTime: "End Date",
      deepMin: "Deep (min)",
    });
  });

  it("finds a MyFitnessPal nutrition summary's columns, the whole fat before the saturated", () => {
    expect(
      guessFields("nutrition", [
        "Date",
        "Meal",
        "Time",
        "Calories",
        "Saturated Fat",
        "Fat (g)",
        "Carbohydrates (g)",
        "Fiber",
        "Sugar",
        "Protein (g)",
        "Note",
      ]),
    ).toEqual({
      date: "Date",
      kcal: "Calories",
      proteinG: "Protein (g)",
      fatG: "Fat (g)",
      carbsG: "Carbohydrates (g)",
      fiberG: "Fiber",
      note: "Note",
    });
  });

  it("finds a German diary's columns", () => {
    expect(
      guessFields("nutrition", [
        "Datum",
        "Lebensmittel",
        "Brennwert (kcal)",
        "Eiweiß (g)",
        "Fett (g)",
        "Kohlenhydrate (g)",
        "Ballaststoffe (g)",
      ]),
    ).toEqual({
      date: "Datum",
      kcal: "Brennwert (kcal)",
      proteinG: "Eiweiß (g)",
      fatG: "Fett (g)",
      carbsG: "Kohlenhydrate (g)",
      fiberG: "Ballaststoffe (g)",
    });
    expect(guessFields("nutrition", ["Tag", "Kalorien", "Energie (kJ)"])).toMatchObject({ kcal: "Kalorien" });
    expect(guessFields("nutrition", ["Date", "Energy (kcal)", "Net Carbs (g)", "Carbs (g)"])).toEqual({
      date: "Date",
      kcal: "Energy (kcal)",
      carbsG: "Carbs (g)",
    });
  });

  it("uses a column once and leaves unknown headers alone", () => {
    expect(guessFields("blood_pressure", ["Wert", "Spalte 2"])).toEqual({});
    expect(guessFields("blood_pressure", ["SYS", "SYS"])).toEqual({ systolic: "SYS" });
    expect(guessFields("sleep", [])).toEqual({});
  });
});

describe("guessKind", () => {
  it("picks the kind whose own fields are there", () => {
    expect(guessKind(["Datum", "Uhrzeit", "SYS", "DIA", "Puls"])).toBe("blood_pressure");
    expect(guessKind(["Datum", "Ruhepuls", "HRV"])).toBe("vitals");
    expect(guessKind(["Date", "Bedtime", "Wake time", "Deep", "REM"])).toBe("sleep");
    expect(guessKind(["Datum", "Kalorien", "Eiweiß", "Fett", "Kohlenhydrate"])).toBe("nutrition");
    expect(guessKind(["Date", "Meal", "Calories", "Protein (g)"])).toBe("nutrition");
  });

  it("prefers a kind whose required fields are complete", () => {
    // Only the pulse of a reading, but a whole day of vitals.
    expect(guessKind(["Date", "HR", "HRV"])).toBe("vitals");
  });

  it("falls back to blood pressure when nothing is known", () => {
    expect(guessKind(["Datum", "Wert"])).toBe("blood_pressure");
    expect(guessKind([])).toBe("blood_pressure");
  });
});

describe("guessDateOrder", () => {
  it("knows the order once a number cannot be a month", () => {
    expect(guessDateOrder(["03/04/2025", "14/04/2025"], "mdy")).toBe("dmy");
    expect(guessDateOrder(["04/03/2025", "04/14/2025 07:30"], "dmy")).toBe("mdy");
  });

  it("keeps the fallback while every date is ambiguous or not a slash date", () => {
    expect(guessDateOrder(["03/04/2025", "2025-04-14", "14.04.2025"], "dmy")).toBe("dmy");
    expect(guessDateOrder(["03/04/2025"], "mdy")).toBe("mdy");
    expect(guessDateOrder([], "mdy")).toBe("mdy");
  });
});
