import {
  addDays,
  adherenceOf,
  dayNumber,
  energyBalance,
  kcalMismatch,
  macroKcal,
  macroShares,
  NUTRITION_DAYS_MAX,
  type NutritionDay,
  type NutritionDays,
  type NutritionDaysQuery,
  type NutritionGoals,
  type NutritionStats,
  type NutritionTargets,
  type NutritionToday,
  progressOf,
  resolveTargets,
  round,
  roundTotals,
  type Totals,
  todayIn,
  zeroTotals,
} from "@mitai/shared";
import type { Database } from "../../db/client.js";
import { ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import type { NutritionCache } from "./nutrition.cache.js";
import { type DayTotalRow, dayTotalRows, type WeightPoint, weightPoints } from "./nutrition.repo.js";

/** Without a period asked for, `/days` covers the 90 days up to today. */
export const NUTRITION_DAYS_DEFAULT = 90;

type Period = { from: string; to: string };

/** The profile's today, in its time zone. */
const profileToday = (actor: Actor) => todayIn(actor.profile.timeZone);

/** The period asked for, the defaults filled in from the profile's today (in its time zone). */
export function daysPeriod(actor: Actor, query: NutritionDaysQuery): Period {
  const to = query.to ?? profileToday(actor);
  const from = query.from ?? addDays(to, -(NUTRITION_DAYS_DEFAULT - 1));
  if (from > to) throw new ValidationError("from", `must not be after to (${to})`);
  if (dayNumber(to) - dayNumber(from) + 1 > NUTRITION_DAYS_MAX) {
    throw new ValidationError(
      "from",
      `must be at most ${NUTRITION_DAYS_MAX - 1} days before to (a period of ${NUTRITION_DAYS_MAX} days, about five years)`,
    );
  }
  return { from, to };
}

function goalsOf(actor: Actor): NutritionGoals {
  const { kcalTarget, proteinTarget, proteinTargetUnit, fatTargetG, carbsTargetG } = actor.profile;
  return { kcalTarget, proteinTarget, proteinTargetUnit, fatTargetG, carbsTargetG };
}

/**
 * The cache key of an answer that depends on the goals: a change of them evicts the profile's
 * answers anyway, but a request that read the profile just before the change must not store an
 * answer to the old goals under the key of the new ones.
 */
function goalsKey(actor: Actor): string {
  const g = goalsOf(actor);
  return `${g.kcalTarget}|${g.proteinTarget}|${g.proteinTargetUnit}|${g.fatTargetG}|${g.carbsTargetG}`;
}

const totalsOf = (row: DayTotalRow): Totals => ({
  kcal: row.kcal,
  proteinG: row.protein_g,
  fatG: row.fat_g,
  carbsG: row.carbs_g,
  fiberG: row.fiber_g,
});

/** A day's totals as shown, with the macro energy, the shares, the mismatch flag and protein per kg. */
function dayOf(row: DayTotalRow, weightKg: number | null): NutritionDay {
  const totals = totalsOf(row);
  const shares = macroShares(totals);
  return {
    date: row.date,
    ...roundTotals(totals),
    sources: row.sources.split(",").sort(),
    macroKcal: Math.round(macroKcal(totals)),
    shares: shares && {
      protein: round(shares.protein, 3),
      fat: round(shares.fat, 3),
      carbs: round(shares.carbs, 3),
    },
    mismatch: kcalMismatch(totals),
    weightKg,
    proteinPerKg: weightKg === null ? null : round(totals.proteinG / weightKg, 2),
  };
}

/** The days, each with the weight of that day or the last logged before it (`weights` oldest first). */
function daysWithWeights(rows: readonly DayTotalRow[], weights: readonly WeightPoint[]): NutritionDay[] {
  let next = 0;
  let weightKg: number | null = null;
  return rows.map((row) => {
    for (let w = weights[next]; w && w.date <= row.date; w = weights[++next]) weightKg = w.weight;
    return dayOf(row, weightKg);
  });
}

async function computeDays(db: Database, profileId: string, period: Period): Promise<NutritionDays> {
  const [rows, weights] = await Promise.all([
    dayTotalRows(db, profileId, period.from, period.to),
    weightPoints(db, profileId, period.from, period.to),
  ]);
  return { ...period, days: daysWithWeights(rows, weights) };
}

/** `GET /api/nutrition/days`: the logged days of a period, oldest first. */
export async function nutritionDays(
  db: Database,
  actor: Actor,
  query: NutritionDaysQuery,
  cache: NutritionCache,
): Promise<NutritionDays> {
  const period = daysPeriod(actor, query);
  const profileId = actor.profile.id;
  return cache.days.get(`${profileId}|${period.from}|${period.to}`, profileId, () =>
    computeDays(db, profileId, period),
  );
}

const fraction = (value: number, target: number | null) => {
  const p = progressOf(value, target);
  return p === null ? null : round(p, 3);
};

async function computeToday(db: Database, actor: Actor, today: string): Promise<NutritionToday> {
  const profileId = actor.profile.id;
  const [rows, weights] = await Promise.all([
    dayTotalRows(db, profileId, today, today),
    weightPoints(db, profileId, today, today),
  ]);
  const row = rows[0];
  const totals = row ? roundTotals(totalsOf(row)) : zeroTotals();
  const targets = resolveTargets(goalsOf(actor), weights.at(-1)?.weight ?? null);
  return {
    date: today,
    totals,
    logged: row !== undefined,
    targets,
    progress: {
      kcal: fraction(totals.kcal, targets.kcal),
      proteinG: fraction(totals.proteinG, targets.proteinG),
      fatG: fraction(totals.fatG, targets.fatG),
      carbsG: fraction(totals.carbsG, targets.carbsG),
    },
  };
}

/** `GET /api/nutrition/today`: the profile's today (in its time zone) against its targets. */
export async function nutritionToday(
  db: Database,
  actor: Actor,
  cache: NutritionCache,
): Promise<NutritionToday> {
  const today = profileToday(actor);
  const profileId = actor.profile.id;
  return cache.today.get(`${profileId}|${today}|${goalsKey(actor)}`, profileId, () =>
    computeToday(db, actor, today),
  );
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/** The averages over the logged days; fiber over the days that state it (null when none does). */
function averageOf(days: readonly Totals[]): Totals | null {
  if (days.length === 0) return null;
  const of = (pick: (t: Totals) => number) => mean(days.map(pick)) ?? 0;
  return {
    kcal: of((d) => d.kcal),
    proteinG: of((d) => d.proteinG),
    fatG: of((d) => d.fatG),
    carbsG: of((d) => d.carbsG),
    fiberG: mean(days.flatMap((d) => (d.fiberG === null ? [] : [d.fiberG]))),
  };
}

/** Days within ±10 % of each target, of the logged days. */
function adherence(days: readonly Totals[], targets: NutritionTargets): NutritionStats["adherence"] {
  const of = (pick: (t: Totals) => number, target: number | null) => adherenceOf(days.map(pick), target);
  return {
    kcal: of((d) => d.kcal, targets.kcal),
    proteinG: of((d) => d.proteinG, targets.proteinG),
    fatG: of((d) => d.fatG, targets.fatG),
    carbsG: of((d) => d.carbsG, targets.carbsG),
  };
}

async function computeStats(
  db: Database,
  actor: Actor,
  days: number,
  today: string,
): Promise<NutritionStats> {
  const profileId = actor.profile.id;
  const from = addDays(today, -(days - 1));
  const [rows, weights] = await Promise.all([
    dayTotalRows(db, profileId, from, today),
    weightPoints(db, profileId, from, today),
  ]);
  // The days as shown (rounded): a day counts as on target exactly when it looks so on the day list.
  const daily = rows.map((row) => ({ date: row.date, ...roundTotals(totalsOf(row)) }));
  const inWindow = weights.filter((w) => w.date >= from);
  const weightKg = mean(inWindow.map((w) => w.weight)) ?? weights.at(-1)?.weight ?? null;
  const average = averageOf(daily);
  const targets = resolveTargets(goalsOf(actor), weights.at(-1)?.weight ?? null);
  return {
    days,
    from,
    to: today,
    loggedDays: daily.length,
    average: average && roundTotals(average),
    proteinPerKg: average && weightKg !== null ? round(average.proteinG / weightKg, 2) : null,
    targets,
    adherence: adherence(daily, targets),
    energyBalance: energyBalance(daily, inWindow),
  };
}

/** `GET /api/nutrition/stats`: the last 7, 28 or 90 days up to the profile's today. */
export async function nutritionStats(
  db: Database,
  actor: Actor,
  days: number,
  cache: NutritionCache,
): Promise<NutritionStats> {
  const today = profileToday(actor);
  const profileId = actor.profile.id;
  return cache.stats.get(`${profileId}|${days}|${today}|${goalsKey(actor)}`, profileId, () =>
    computeStats(db, actor, days, today),
  );
}
