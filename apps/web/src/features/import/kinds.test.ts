import type { ImportJob } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { addedKinds, jobKinds, rowNoun, showsKindCounts } from "./kinds";

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
    expect(rowNoun(["sleep", "vitals"])).toBe("mixed");
    expect(rowNoun([])).toBe("mixed");
  });
});
