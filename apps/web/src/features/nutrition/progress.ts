import { ADHERENCE_BAND, type NutritionTargets, type NutritionToday } from "@mitai/shared";

/** The figures the tile shows, each with its total and (maybe) target. */
export const nutritionFigures = ["kcal", "proteinG", "fatG", "carbsG"] as const;
export type NutritionFigure = (typeof nutritionFigures)[number];

/**
 * How a bar reads: still below the target, within ±10 % of it, or beyond it. Protein beyond the
 * target is as good as on it (more protein is rarely the problem); energy, fat and carbohydrates
 * beyond the band are "over".
 */
export type TargetTone = "below" | "onTarget" | "over";
export function targetTone(figure: NutritionFigure, progress: number): TargetTone {
  if (progress < 1 - ADHERENCE_BAND) return "below";
  if (progress > 1 + ADHERENCE_BAND && figure !== "proteinG") return "over";
  return "onTarget";
}

/** The bar's filled width in percent: the progress, capped at a full bar. */
export function barPercent(progress: number): number {
  return Math.max(0, Math.min(100, progress * 100));
}

/** Whether any daily target is set (else the tile offers to set some). */
export function hasAnyTarget(targets: NutritionTargets): boolean {
  return (
    targets.kcal !== null || targets.protein !== null || targets.fatG !== null || targets.carbsG !== null
  );
}

/** What is left to eat (positive) or eaten beyond the target (negative); null without a target. */
export function remainingOf(today: NutritionToday, figure: NutritionFigure): number | null {
  const target = today.targets[figure];
  return target === null ? null : target - today.totals[figure];
}
