import type { NutritionToday } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { barPercent, hasAnyTarget, remainingOf, targetTone } from "./progress";

const noTargets: NutritionToday["targets"] = {
  kcal: null,
  proteinG: null,
  fatG: null,
  carbsG: null,
  protein: null,
};

const today: NutritionToday = {
  date: "2026-06-14",
  totals: { kcal: 1450, proteinG: 92, fatG: 80, carbsG: 150, fiberG: null },
  logged: true,
  targets: {
    kcal: 2200,
    proteinG: 144,
    fatG: 70,
    carbsG: null,
    protein: { value: 1.8, unit: "g_per_kg", weightKg: 80 },
  },
  progress: { kcal: 1450 / 2200, proteinG: 92 / 144, fatG: 80 / 70, carbsG: null },
};

describe("targetTone", () => {
  it("is below the target until within 10 % of it", () => {
    expect(targetTone("kcal", 0.5)).toBe("below");
    expect(targetTone("kcal", 0.89)).toBe("below");
    expect(targetTone("kcal", 0.9)).toBe("onTarget");
    expect(targetTone("kcal", 1.1)).toBe("onTarget");
  });

  it("calls energy, fat and carbohydrates beyond the band over, but not protein", () => {
    expect(targetTone("kcal", 1.11)).toBe("over");
    expect(targetTone("fatG", 1.5)).toBe("over");
    expect(targetTone("carbsG", 1.2)).toBe("over");
    expect(targetTone("proteinG", 1.5)).toBe("onTarget");
  });
});

describe("barPercent", () => {
  it("fills the bar by the progress and never beyond it", () => {
    expect(barPercent(0)).toBe(0);
    expect(barPercent(0.659)).toBeCloseTo(65.9);
    expect(barPercent(1)).toBe(100);
    expect(barPercent(1.4)).toBe(100);
  });
});

describe("hasAnyTarget", () => {
  it("is false only when no target at all is set", () => {
    expect(hasAnyTarget(noTargets)).toBe(false);
    expect(hasAnyTarget({ ...noTargets, carbsG: 250 })).toBe(true);
    // A per-kg protein target without a weight has no grams, but it is set.
    expect(hasAnyTarget({ ...noTargets, protein: { value: 1.8, unit: "g_per_kg", weightKg: null } })).toBe(
      true,
    );
  });
});

describe("remainingOf", () => {
  it("says what is left, what is over, and nothing without a target", () => {
    expect(remainingOf(today, "kcal")).toBe(750);
    expect(remainingOf(today, "proteinG")).toBe(52);
    expect(remainingOf(today, "fatG")).toBe(-10);
    expect(remainingOf(today, "carbsG")).toBeNull();
  });
});
