import {
  type Ability,
  abilities,
  dayNumber,
  type Evaluation,
  type TrainingCategory,
  trainingCategories,
} from "@mitai/shared";

/*
 * Shaping the evaluation answer for its charts and tables; pure, so it is tested without a browser.
 */

/** Where an acute:chronic workload ratio lies (Gabbett 2016): under-, well-, over-loaded, or a spike. */
export type AcwrZone = "low" | "sweet" | "caution" | "high";

export const ACWR_SWEET_SPOT = { low: 0.8, high: 1.3 } as const;
const ACWR_DANGER = 1.5;

/** < 0.8 low, 0.8–1.3 sweet spot (both ends included), up to 1.5 caution, above high; null without a ratio. */
export function acwrZone(ratio: number | null): AcwrZone | null {
  if (ratio === null || !Number.isFinite(ratio)) return null;
  if (ratio < ACWR_SWEET_SPOT.low) return "low";
  if (ratio <= ACWR_SWEET_SPOT.high) return "sweet";
  if (ratio <= ACWR_DANGER) return "caution";
  return "high";
}

/** The categories of the charts, with the sessions without a type last (the server's `uncategorized`). */
export const categoryKeys = [...trainingCategories, "uncategorized"] as const;
export type CategoryKey = (typeof categoryKeys)[number];

export function categoryKey(category: TrainingCategory | null): CategoryKey {
  return category ?? "uncategorized";
}

export type WeekRow = Record<CategoryKey, number> & { weekStart: string; total: number };

/** Minutes per category of one week, every category present (0 when none). */
function weekRow(week: Evaluation["weeks"][number]): WeekRow {
  const m = (key: CategoryKey) => week.minutes[key] ?? 0;
  const row = {
    cardio: m("cardio"),
    strength: m("strength"),
    martial_arts: m("martial_arts"),
    mobility: m("mobility"),
    mind_body: m("mind_body"),
    sports: m("sports"),
    everyday: m("everyday"),
    uncategorized: m("uncategorized"),
  };
  const total = categoryKeys.reduce((sum, key) => sum + row[key], 0);
  return { ...row, weekStart: week.weekStart, total };
}

/**
 * The stacked bars: one row per week, oldest first, and the categories that have minutes in any
 * week (the others would only crowd the legend), in the categories' order.
 */
export function weekRows(weeks: Evaluation["weeks"]): { rows: WeekRow[]; present: CategoryKey[] } {
  const rows = [...weeks].sort((a, b) => a.weekStart.localeCompare(b.weekStart)).map(weekRow);
  const present = categoryKeys.filter((key) => rows.some((row) => row[key] > 0));
  return { rows, present };
}

export type LoadPoint = {
  day: number;
  date: string;
  acute: number;
  chronic: number;
  acwr: number | null;
};

/** The load trend as chart points (day numbers for a numeric axis), oldest first. */
export function loadPoints(trend: Evaluation["loadTrend"]): LoadPoint[] {
  return [...trend]
    .sort((a, b) => a.date.localeCompare(b.date))
    .map((point) => ({ ...point, day: dayNumber(point.date) }));
}

/** The ratio axis: 0 to at least 2, in half steps up to the highest ratio, so the sweet spot always shows. */
export function ratioAxis(points: readonly LoadPoint[]): { domain: [number, number]; ticks: number[] } {
  const highest = Math.max(2, ...points.map((p) => p.acwr ?? 0));
  const top = Math.ceil(highest * 2) / 2;
  const step = top > 4 ? 1 : 0.5;
  const ticks: number[] = [];
  for (let tick = 0; tick <= top + 1e-9; tick += step) ticks.push(Math.round(tick * 10) / 10);
  return { domain: [0, ticks.at(-1) ?? top], ticks };
}

/** True when the period has a load at all (sessions with an RPE); without one the load chart says so instead. */
export function hasLoad(points: readonly LoadPoint[]): boolean {
  return points.some((p) => p.acute > 0 || p.chronic > 0);
}

export type AbilityRow = { ability: Ability; share: number; minutes: number };

/** The radar's five spokes in the contract's order. */
export function abilityRows(balance: Evaluation["abilityBalance"]): AbilityRow[] {
  return abilities.map((ability) => ({
    ability,
    share: balance.share[ability],
    minutes: balance.minutes[ability],
  }));
}

type TypeRow = Evaluation["byType"][number];
type CategoryRow = Evaluation["byCategory"][number];

/** Types by minutes, most first; equal minutes by sessions; the uncategorized last among equals. */
export function sortTypeRows(rows: readonly TypeRow[]): TypeRow[] {
  return [...rows].sort(
    (a, b) =>
      b.minutes - a.minutes ||
      b.sessions - a.sessions ||
      Number(a.trainingType === null) - Number(b.trainingType === null),
  );
}

/** Categories in their fixed order (the same as the chart colours), the uncategorized last. */
export function sortCategoryRows(rows: readonly CategoryRow[]): CategoryRow[] {
  const order = (row: CategoryRow) => categoryKeys.indexOf(categoryKey(row.category));
  return [...rows].sort((a, b) => order(a) - order(b));
}
