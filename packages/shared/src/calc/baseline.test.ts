import { describe, expect, it } from "vitest";
import { addDays } from "../dates.js";
import { analyzeMetric, baselineOf } from "./baseline.js";

describe("baselineOf", () => {
  it("gives mean, sample SD and the distance in SDs", () => {
    // values 2,4,4,4,5,5,7,9: mean 5, sample SD sqrt(32/7) = 2.138
    const b = baselineOf([2, 4, 4, 4, 5, 5, 7, 9], 9.276);
    expect(b).toEqual({ mean: 5, sd: 2.14, count: 8, delta: 4.28, z: 2 });
  });

  it("has no SD with one value and no baseline without values", () => {
    expect(baselineOf([50], 60)).toEqual({ mean: 50, sd: null, count: 1, delta: 10, z: null });
    expect(baselineOf([], 60)).toBeNull();
  });
});

describe("analyzeMetric", () => {
  const days = (values: number[]) => values.map((value, i) => ({ date: addDays("2025-03-01", i), value }));

  it("uses only earlier days: 7 days back for the short and 28 for the long baseline", () => {
    const series = days(Array.from({ length: 30 }, (_, i) => i + 1)); // 1 … 30
    const last = analyzeMetric(series).get("2025-03-30");
    // the 7 days before day 30 hold 23 … 29 (mean 26); the 28 days before hold 2 … 29 (mean 15.5)
    expect(last?.baseline7).toMatchObject({ count: 7, mean: 26, delta: 4 });
    expect(last?.baseline28).toMatchObject({ count: 28, mean: 15.5, delta: 14.5 });
  });

  it("flags a value more than 1.5 SD from the 28-day baseline", () => {
    const steady = [60, 62, 58, 61, 59, 60, 62, 58, 61, 59];
    const a = analyzeMetric(days([...steady, 60]));
    expect(a.get(addDays("2025-03-01", 10))?.flagged).toBe(false);
    const b = analyzeMetric(days([...steady, 70]));
    expect(b.get(addDays("2025-03-01", 10))?.flagged).toBe(true);
    const c = analyzeMetric(days([...steady, 50]));
    expect(c.get(addDays("2025-03-01", 10))?.flagged).toBe(true);
  });

  it("does not flag before five earlier values exist", () => {
    const a = analyzeMetric(days([60, 61, 59, 60, 90]));
    expect(a.get("2025-03-05")?.flagged).toBe(false);
    expect(a.get("2025-03-05")?.baseline28?.count).toBe(4);
  });

  it("skips gaps: a value from 40 days ago is no baseline", () => {
    const a = analyzeMetric([
      { date: "2025-01-01", value: 50 },
      { date: "2025-02-10", value: 70 },
    ]);
    expect(a.get("2025-02-10")).toEqual({ value: 70, baseline7: null, baseline28: null, flagged: false });
  });
});
