import { describe, expect, it } from "vitest";
import { previewColumns, progressPercent } from "./preview";

describe("previewColumns", () => {
  it("takes every key in order of appearance", () => {
    expect(
      previewColumns([
        { a: 1, b: 2 },
        { b: 3, c: null },
      ]),
    ).toEqual(["a", "b", "c"]);
  });

  it("leaves out the day when the instant is there", () => {
    expect(previewColumns([{ measuredAt: "x", date: "y", systolic: 120 }])).toEqual([
      "measuredAt",
      "systolic",
    ]);
    expect(previewColumns([{ date: "y", weight: 80 }])).toEqual(["date", "weight"]);
  });

  it("puts the known columns in their order first", () => {
    expect(
      previewColumns(
        [{ note: null, x: 1, systolic: 120, measuredAt: "t" }],
        ["measuredAt", "systolic", "note"],
      ),
    ).toEqual(["measuredAt", "systolic", "note", "x"]);
  });

  it("is empty without rows", () => {
    expect(previewColumns([])).toEqual([]);
  });
});

describe("progressPercent", () => {
  it("rounds and clamps", () => {
    expect(progressPercent(0, 1000)).toBe(0);
    expect(progressPercent(333, 1000)).toBe(33);
    expect(progressPercent(2000, 1000)).toBe(100);
    expect(progressPercent(5, 0)).toBeNull();
  });
});
