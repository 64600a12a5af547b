import { describe, expect, it } from "vitest";
import {
  addTotals,
  adherenceOf,
  energyBalance,
  kcalMismatch,
  kjToKcal,
  macroKcal,
  macroShares,
  resolveTargets,
  sumPerDay,
} from "./nutrition.js";

describe("macro energy", () => {
  it("counts protein and carbohydrate at 4 kcal/g and fat at 9 kcal/g", () => {
    expect(macroKcal({ proteinG: 100, fatG: 50, carbsG: 200 })).toBe(400 + 450 + 800);
    expect(macroKcal({ proteinG: 0, fatG: 0, carbsG: 0 })).toBe(0);
  });

  it("gives each macro's share of that energy", () => {
    const s = macroShares({ proteinG: 100, fatG: 50, carbsG: 200 });
    expect(s?.protein).toBeCloseTo(400 / 1650, 10);
    expect(s?.fat).toBeCloseTo(450 / 1650, 10);
    expect(s?.carbs).toBeCloseTo(800 / 1650, 10);
    expect(macroShares({ proteinG: 0, fatG: 0, carbsG: 0 })).toBeNull();
  });

  it("flags stated kcal more than 15 % away from the macros' kcal", () => {
    // Macros give 1,650 kcal: 15 % of 1,435 is 215.25 (215 away: fine); of 1,434 it is 215.1 (216 away).
    expect(kcalMismatch({ kcal: 1435, proteinG: 100, fatG: 50, carbsG: 200 })).toBe(false);
    expect(kcalMismatch({ kcal: 1434, proteinG: 100, fatG: 50, carbsG: 200 })).toBe(true);
    // Above: 1,941 − 1,650 = 291 ≤ 291.15; 1,942 − 1,650 = 292 > 291.3.
    expect(kcalMismatch({ kcal: 1941, proteinG: 100, fatG: 50, carbsG: 200 })).toBe(false);
    expect(kcalMismatch({ kcal: 1942, proteinG: 100, fatG: 50, carbsG: 200 })).toBe(true);
    expect(kcalMismatch({ kcal: 0, proteinG: 0, fatG: 0, carbsG: 0 })).toBe(false);
    expect(kcalMismatch({ kcal: 0, proteinG: 1, fatG: 0, carbsG: 0 })).toBe(true);
  });
});

describe("kJ", () => {
  it("converts at 4.184 kJ per kcal", () => {
    expect(kjToKcal(4184)).toBe(1000);
    // The FORMATS.md banana: 582 kJ.
    expect(kjToKcal(582)).toBeCloseTo(139.1, 1);
  });
});

describe("per-day summing", () => {
  it("adds a day's entries and keeps the days in order", () => {
    const days = sumPerDay([
      { date: "2025-01-02", kcal: 500, proteinG: 10, fatG: 5, carbsG: 80, fiberG: null },
      { date: "2025-01-01", kcal: 300, proteinG: 20, fatG: 10, carbsG: 20, fiberG: 3 },
      { date: "2025-01-02", kcal: 250.5, proteinG: 1.5, fatG: 0.3, carbsG: 30, fiberG: 2 },
    ]);
    expect(days).toEqual([
      { date: "2025-01-01", kcal: 300, proteinG: 20, fatG: 10, carbsG: 20, fiberG: 3 },
      { date: "2025-01-02", kcal: 750.5, proteinG: 11.5, fatG: 5.3, carbsG: 110, fiberG: 2 },
    ]);
  });

  it("keeps fiber unknown only while no part has it", () => {
    const none = { kcal: 1, proteinG: 0, fatG: 0, carbsG: 0, fiberG: null };
    expect(addTotals(none, none).fiberG).toBeNull();
    expect(addTotals(none, { ...none, fiberG: 0 }).fiberG).toBe(0);
  });
});

describe("targets", () => {
  const goals = {
    kcalTarget: 2200,
    proteinTarget: 1.8,
    proteinTargetUnit: "g_per_kg" as const,
    fatTargetG: 70,
    carbsTargetG: null,
  };

  it("makes protein per kg grams with the weight", () => {
    expect(resolveTargets(goals, 80)).toEqual({
      kcal: 2200,
      proteinG: 144,
      fatG: 70,
      carbsG: null,
      protein: { value: 1.8, unit: "g_per_kg", weightKg: 80 },
    });
    expect(resolveTargets(goals, null).proteinG).toBeNull();
    expect(resolveTargets({ ...goals, proteinTarget: 150, proteinTargetUnit: "g" }, null).proteinG).toBe(150);
  });

  it("counts days within ±10 % of a target", () => {
    expect(adherenceOf([1800, 1980, 2000, 2200, 2201, 2500], 2000)).toEqual({ days: 4, of: 6, share: 4 / 6 });
    expect(adherenceOf([2000], null)).toBeNull();
    expect(adherenceOf([], 2000)).toBeNull();
  });
});

describe("energy balance", () => {
  const days = (n: number, from = 1) =>
    Array.from({ length: n }, (_, i) => `2025-03-${String(from + i).padStart(2, "0")}`);

  it("adds the energy a falling weight drew to the intake", () => {
    // 14 days at 2,000 kcal while losing 0.5 kg a week (1/14 kg a day): 7,700/14 = 550 kcal a day.
    const intake = days(14).map((date) => ({ date, kcal: 2000 }));
    const weights = days(14).map((date, i) => ({ date, weight: 80 - i / 14 }));
    const b = energyBalance(intake, weights);
    expect(b.avgIntakeKcal).toBe(2000);
    expect(b.weightTrendKgPerWeek).toBe(-0.5);
    expect(b.balanceKcalPerDay).toBe(-550);
    expect(b.maintenanceKcal).toBe(2550);
  });

  it("subtracts the energy a rising weight stored, from a noisy series", () => {
    // Weights 70, 70.3, 70, 70.3, … over 10 days: slope by hand = Σ(x−x̄)(y−ȳ)/Σ(x−x̄)² = 0.75/82.5.
    const ds = days(10);
    const weights = ds.map((date, i) => ({ date, weight: i % 2 === 0 ? 70 : 70.3 }));
    const intake = ds.map((date, i) => ({ date, kcal: 2400 + (i % 2 === 0 ? 100 : -100) }));
    const slope = 0.75 / 82.5;
    const b = energyBalance(intake, weights);
    expect(b.avgIntakeKcal).toBe(2400);
    expect(b.balanceKcalPerDay).toBe(Math.round(slope * 7700));
    expect(b.maintenanceKcal).toBe(Math.round(2400 - slope * 7700));
  });

  it("gives no estimate with fewer than 10 days of either", () => {
    const intake = days(9).map((date) => ({ date, kcal: 2000 }));
    const weights = days(20).map((date) => ({ date, weight: 80 }));
    const b = energyBalance(intake, weights);
    expect(b.nutritionDays).toBe(9);
    expect(b.weightDays).toBe(20);
    expect(b.avgIntakeKcal).toBe(2000);
    expect(b.maintenanceKcal).toBeNull();
    const fewWeights = energyBalance(
      days(20).map((date) => ({ date, kcal: 2000 })),
      days(9).map((date) => ({ date, weight: 80 })),
    );
    expect(fewWeights.maintenanceKcal).toBeNull();
    expect(energyBalance([], []).avgIntakeKcal).toBeNull();
  });
});
