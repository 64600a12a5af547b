import type { NutritionDay } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { importedSources, nutritionSeries, zeroBasedTicks } from "./series";

function day(date: string, kcal: number, proteinPerKg: number | null = null): NutritionDay {
  return {
    date,
    kcal,
    proteinG: 100,
    fatG: 60,
    carbsG: 200,
    fiberG: null,
    sources: ["manual"],
    macroKcal: 1740,
    shares: { protein: 0.23, fat: 0.31, carbs: 0.46 },
    mismatch: false,
    weightKg: proteinPerKg === null ? null : 80,
    proteinPerKg,
  };
}

describe("nutritionSeries", () => {
  it("has every day of the range, the unlogged ones empty", () => {
    const points = nutritionSeries([day("2026-06-02", 2000)], "2026-06-01", "2026-06-03");
    expect(points.map((p) => [p.date, p.kcal])).toEqual([
      ["2026-06-01", null],
      ["2026-06-02", 2000],
      ["2026-06-03", null],
    ]);
    expect(points[1]?.proteinG).toBe(100);
    expect(points[0]?.proteinG).toBeNull();
  });

  it("averages the logged days of the trailing seven, leaving unlogged days out", () => {
    const days = [
      day("2026-06-01", 2000),
      day("2026-06-02", 2400),
      // 06-03 .. 06-06 unlogged
      day("2026-06-07", 1600),
      day("2026-06-08", 3000),
    ];
    const points = nutritionSeries(days, "2026-06-01", "2026-06-09");
    const avg = new Map(points.map((p) => [p.date, p.average7]));
    expect(avg.get("2026-06-01")).toBe(2000);
    expect(avg.get("2026-06-02")).toBe(2200);
    // An unlogged day still carries the average of the week before it.
    expect(avg.get("2026-06-05")).toBe(2200);
    expect(avg.get("2026-06-07")).toBeCloseTo((2000 + 2400 + 1600) / 3);
    // 06-08 looks back to 06-02: 06-01 has dropped out.
    expect(avg.get("2026-06-08")).toBeCloseTo((2400 + 1600 + 3000) / 3);
    expect(avg.get("2026-06-09")).toBeCloseTo((1600 + 3000) / 2);
  });

  it("counts days logged before the range into the first averages", () => {
    const points = nutritionSeries(
      [day("2026-05-30", 1800), day("2026-06-01", 2200)],
      "2026-06-01",
      "2026-06-01",
    );
    expect(points).toHaveLength(1);
    expect(points[0]?.average7).toBe(2000);
  });

  it("has no average before anything is logged, and keeps protein per kg", () => {
    const points = nutritionSeries([day("2026-06-10", 2000, 1.6)], "2026-06-01", "2026-06-10");
    expect(points[0]?.average7).toBeNull();
    expect(points.at(-1)?.proteinPerKg).toBe(1.6);
  });

  it("is empty for a range that ends before it starts", () => {
    expect(nutritionSeries([], "2026-06-02", "2026-06-01")).toEqual([]);
  });
});

describe("zeroBasedTicks", () => {
  it("runs from zero past the highest value on round steps", () => {
    expect(zeroBasedTicks([1850, null, 2430])).toEqual([0, 500, 1000, 1500, 2000, 2500]);
    expect(zeroBasedTicks([1.2, 1.9])).toEqual([0, 0.5, 1, 1.5, 2]);
  });

  it("reaches the target too", () => {
    expect(zeroBasedTicks([1500], 2600)).toEqual([0, 1000, 2000, 3000]);
  });

  it("has a scale with nothing to show", () => {
    expect(zeroBasedTicks([null])).toEqual([0, 1]);
  });
});

describe("importedSources", () => {
  it("leaves out the typed-in entry, so two diaries of one day stand out", () => {
    expect(importedSources(["fddb", "manual"])).toEqual(["fddb"]);
    expect(importedSources(["fddb", "health_auto_export", "manual"])).toEqual(["fddb", "health_auto_export"]);
    expect(importedSources(["manual"])).toEqual([]);
  });
});
