import type { ImportJob } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  addedKinds,
  formatsFirst,
  jobKinds,
  knownFormat,
  rowNoun,
  sectionKind,
  showsKindCounts,
} from "./kinds";

type Counted = Pick<ImportJob, "kinds" | "preview" | "counts">;
const job = (kinds: ImportJob["kinds"], preview: ImportJob["preview"] = [], added = 0): Counted => ({
  kinds,
  preview,
  counts: { new: added, duplicate: 0, invalid: 0 },
});

describe("jobKinds", () => {
  it("lists the kinds with rows in the server's order", () => {
    const kinds = [
      { kind: "vitals", new: 28, duplicate: 0 },
      { kind: "blood_pressure", new: 0, duplicate: 0 },
      { kind: "sleep", new: 27, duplicate: 1 },
    ] as const satisfies ImportJob["kinds"];
    expect(jobKinds(job([...kinds]))).toEqual(["vitals", "sleep"]);
  });

  it("falls back to the preview's kinds", () => {
    expect(jobKinds(job([], [{ kind: "sleep" }, { systolic: 120 }, { kind: "sleep" }]))).toEqual([
      "sleep",
      "blood_pressure",
    ]);
  });
});

describe("addedKinds", () => {
  it("names only the kinds that got new rows", () => {
    expect(
      addedKinds(
        job([
          { kind: "vitals", new: 3, duplicate: 0 },
          { kind: "sleep", new: 0, duplicate: 4 },
          { kind: "blood_pressure", new: 1, duplicate: 0 },
        ]),
      ),
    ).toEqual(["vitals", "blood_pressure"]);
  });

  it("names nutrition among the kinds an import added to", () => {
    expect(
      addedKinds(
        job([
          { kind: "vitals", new: 0, duplicate: 2 },
          { kind: "nutrition", new: 12, duplicate: 0 },
        ]),
      ),
    ).toEqual(["nutrition"]);
  });

  it("reads an older job without counts per kind from its preview", () => {
    expect(addedKinds(job([], [{ systolic: 120 }], 3))).toEqual(["blood_pressure"]);
    expect(addedKinds(job([], [{ systolic: 120 }], 0))).toEqual([]);
  });
});

describe("showsKindCounts", () => {
  it("shows them for several kinds or a kind other than blood pressure", () => {
    expect(showsKindCounts([{ kind: "blood_pressure", new: 3, duplicate: 0 }])).toBe(false);
    expect(showsKindCounts([])).toBe(false);
    expect(showsKindCounts([{ kind: "sleep", new: 3, duplicate: 0 }])).toBe(true);
    expect(
      showsKindCounts([
        { kind: "blood_pressure", new: 3, duplicate: 0 },
        { kind: "vitals", new: 1, duplicate: 0 },
      ]),
    ).toBe(true);
  });
});

describe("rowNoun", () => {
  it("uses the one kind's word, else a neutral one", () => {
    expect(rowNoun(["sleep"])).toBe("sleep");
    expect(rowNoun(["nutrition"])).toBe("nutrition");
    expect(rowNoun(["sleep", "vitals"])).toBe("mixed");
    expect(rowNoun([])).toBe("mixed");
  });
});

describe("knownFormat", () => {
  it("knows the nutrition diaries' formats, and not a format it has no name for", () => {
    expect(knownFormat("fddb_csv")).toBe("fddb_csv");
    expect(knownFormat("myfitnesspal_csv")).toBe("myfitnesspal_csv");
    expect(knownFormat("cronometer_servings_csv")).toBe("cronometer_servings_csv");
    expect(knownFormat("some_new_csv")).toBeNull();
    expect(knownFormat(null)).toBeNull();
  });
});

describe("formatsFirst", () => {
  it("lists the nutrition diaries first in the nutrition section, a CSV of one's own last", () => {
    const nutrition = formatsFirst(sectionKind("/nutrition/import"));
    expect(nutrition.slice(0, 4)).toEqual(["fddb", "mfp", "cronometer", "haeNutrition"]);
    expect(nutrition.at(-1)).toBe("generic");
    expect(new Set(nutrition).size).toBe(9);
  });

  it("keeps the usual order where the section has no formats of its own", () => {
    expect(sectionKind("/vitals/import")).toBeNull();
    expect(formatsFirst(null)).toEqual([
      "omron",
      "hae",
      "workouts",
      "fit",
      "fddb",
      "mfp",
      "cronometer",
      "haeNutrition",
      "generic",
    ]);
    expect(formatsFirst(sectionKind("/training/import")).slice(0, 2)).toEqual(["workouts", "fit"]);
  });
});
