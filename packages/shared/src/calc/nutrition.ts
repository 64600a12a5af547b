import { dayNumber } from "../dates.js";
import {
  ENERGY_BALANCE_MIN_DAYS,
  KCAL_PER_KG,
  type MacroShares,
  type NutritionTargets,
  type ProteinTargetUnit,
} from "../nutrition.js";
import { linearFit, round } from "./weight-stats.js";

/** Energy per gram (Atwater): protein and carbohydrate 4 kcal, fat 9 kcal. */
export const KCAL_PER_G = { protein: 4, carbs: 4, fat: 9 } as const;
/** 1 kcal = 4.184 kJ (the thermochemical calorie food labels use). */
export const KJ_PER_KCAL = 4.184;

export type Macros = { proteinG: number; fatG: number; carbsG: number };
export type Totals = Macros & { kcal: number; fiberG: number | null };

export const kjToKcal = (kj: number) => kj / KJ_PER_KCAL;

/** The energy the macros hold, in kcal. */
export function macroKcal(m: Macros): number {
  return m.proteinG * KCAL_PER_G.protein + m.carbsG * KCAL_PER_G.carbs + m.fatG * KCAL_PER_G.fat;
}

/** Each macro's share of the macro-derived energy; null when the macros hold none. */
export function macroShares(m: Macros): MacroShares | null {
  const total = macroKcal(m);
  if (total <= 0) return null;
  return {
    protein: (m.proteinG * KCAL_PER_G.protein) / total,
    fat: (m.fatG * KCAL_PER_G.fat) / total,
    carbs: (m.carbsG * KCAL_PER_G.carbs) / total,
  };
}

/** Stated kcal and macro-derived kcal differ by more than this share of the stated kcal. */
export const KCAL_MISMATCH_SHARE = 0.15;

/**
 * Whether the stated energy and the macros' energy disagree by more than 15 % of the stated kcal.
 * A day with nothing at all agrees; a day of 0 kcal with macros does not.
 */
export function kcalMismatch(t: Macros & { kcal: number }): boolean {
  const derived = macroKcal(t);
  if (t.kcal <= 0) return derived > 0;
  return Math.abs(t.kcal - derived) > KCAL_MISMATCH_SHARE * t.kcal;
}

/** Adds `b` into `a` (fiber stays null only while every part has none). */
export function addTotals(a: Totals, b: Totals): Totals {
  return {
    kcal: a.kcal + b.kcal,
    proteinG: a.proteinG + b.proteinG,
    fatG: a.fatG + b.fatG,
    carbsG: a.carbsG + b.carbsG,
    fiberG: a.fiberG === null && b.fiberG === null ? null : (a.fiberG ?? 0) + (b.fiberG ?? 0),
  };
}

export const zeroTotals = (): Totals => ({ kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: null });

/** Entries summed per day, oldest day first: what a day's several sources (or diary rows) add up to. */
export function sumPerDay<T extends Totals & { date: string }>(
  entries: readonly T[],
): (Totals & { date: string })[] {
  const days = new Map<string, Totals>();
  for (const e of entries) days.set(e.date, addTotals(days.get(e.date) ?? zeroTotals(), e));
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, t]) => ({ date, ...t }));
}

/** Totals as shown: kcal whole, grams to a tenth. */
export function roundTotals(t: Totals): Totals {
  return {
    kcal: Math.round(t.kcal),
    proteinG: round(t.proteinG, 1),
    fatG: round(t.fatG, 1),
    carbsG: round(t.carbsG, 1),
    fiberG: t.fiberG === null ? null : round(t.fiberG, 1),
  };
}

export type NutritionGoals = {
  kcalTarget: number | null;
  proteinTarget: number | null;
  proteinTargetUnit: ProteinTargetUnit;
  fatTargetG: number | null;
  carbsTargetG: number | null;
};

/** The targets in kcal and grams; protein per kg needs a weight (else its gram target is null). */
export function resolveTargets(goals: NutritionGoals, weightKg: number | null): NutritionTargets {
  const { proteinTarget: value, proteinTargetUnit: unit } = goals;
  let proteinG: number | null = null;
  if (value !== null) {
    if (unit === "g") proteinG = value;
    else if (weightKg !== null) proteinG = round(value * weightKg, 1);
  }
  return {
    kcal: goals.kcalTarget,
    proteinG,
    fatG: goals.fatTargetG,
    carbsG: goals.carbsTargetG,
    protein: value === null ? null : { value, unit, weightKg: unit === "g_per_kg" ? weightKg : null },
  };
}

/** A value as a fraction of its target (1 = reached); null without a positive target. */
export function progressOf(value: number, target: number | null): number | null {
  return target === null || target <= 0 ? null : value / target;
}

/** Within ±10 % of the target. */
export const ADHERENCE_BAND = 0.1;
export function withinTarget(value: number, target: number): boolean {
  return Math.abs(value - target) <= ADHERENCE_BAND * target;
}

/** How many of the values lie within ±10 % of the target; null without a positive target or values. */
export function adherenceOf(values: readonly number[], target: number | null) {
  if (target === null || target <= 0 || values.length === 0) return null;
  const days = values.filter((v) => withinTarget(v, target)).length;
  return { days, of: values.length, share: days / values.length };
}

export type EnergyBalance = {
  nutritionDays: number;
  weightDays: number;
  avgIntakeKcal: number | null;
  weightTrendKgPerWeek: number | null;
  balanceKcalPerDay: number | null;
  maintenanceKcal: number | null;
};

/**
 * The maintenance energy the data implies: the average intake over the logged days minus the
 * energy the weight trend stored or drew (the least-squares slope of the weights, in kg per day,
 * times 7,700 kcal per kg). Losing 0.5 kg a week on 2,000 kcal means maintenance is 2,550 kcal.
 * No estimate (null) with fewer than 10 days of either.
 */
export function energyBalance(
  intake: readonly { date: string; kcal: number }[],
  weights: readonly { date: string; weight: number }[],
): EnergyBalance {
  const avgIntake = intake.length > 0 ? intake.reduce((s, d) => s + d.kcal, 0) / intake.length : null;
  const fit = linearFit(weights.map((w) => ({ x: dayNumber(w.date), y: w.weight })));
  const slopePerDay = fit ? fit.slope : null;
  const balance = slopePerDay === null ? null : slopePerDay * KCAL_PER_KG;
  const enough = intake.length >= ENERGY_BALANCE_MIN_DAYS && weights.length >= ENERGY_BALANCE_MIN_DAYS;
  return {
    nutritionDays: intake.length,
    weightDays: weights.length,
    avgIntakeKcal: avgIntake === null ? null : Math.round(avgIntake),
    weightTrendKgPerWeek: slopePerDay === null ? null : round(slopePerDay * 7, 3),
    balanceKcalPerDay: balance === null ? null : Math.round(balance),
    maintenanceKcal:
      enough && avgIntake !== null && balance !== null ? Math.round(avgIntake - balance) : null,
  };
}
