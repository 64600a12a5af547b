import type { CaliperEntry, CaliperMethod, CircumferenceEntry, WaistHeightRisk } from "@mitai/shared";

export type LatestBodyFat = { date: string; pct: number } & (
  | { source: "caliper"; method: CaliperMethod }
  | { source: "navy" }
);

/**
 * The newest body fat figure: a caliper measurement or a Navy estimate from girths, whichever is
 * later; on the same day the caliper wins, as skinfolds are the closer measurement.
 */
export function latestBodyFat(
  caliper: readonly CaliperEntry[],
  circumferences: readonly CircumferenceEntry[],
): LatestBodyFat | null {
  const pinch = newest(caliper);
  const navy = newest(circumferences.filter((e) => e.derived.navyBodyFatPct !== null));
  const navyPct = navy?.derived.navyBodyFatPct ?? null;
  if (pinch && (!navy || navyPct === null || pinch.date >= navy.date)) {
    return { source: "caliper", method: pinch.method, date: pinch.date, pct: pinch.bodyFatPct };
  }
  if (navy && navyPct !== null) return { source: "navy", date: navy.date, pct: navyPct };
  return null;
}

export type LatestWaist = {
  date: string;
  cm: number;
  waistHeightRatio: number | null;
  risk: WaistHeightRisk | null;
};

/** The newest entry that has a waist, with its waist-height ratio and risk band. */
export function latestWaist(circumferences: readonly CircumferenceEntry[]): LatestWaist | null {
  const entry = newest(circumferences.filter((e) => e.waist !== null));
  if (!entry || entry.waist === null) return null;
  return {
    date: entry.date,
    cm: entry.waist,
    waistHeightRatio: entry.derived.waistHeightRatio,
    risk: entry.derived.waistHeightRisk,
  };
}

function newest<T extends { date: string }>(entries: readonly T[]): T | null {
  let best: T | null = null;
  for (const entry of entries) if (!best || entry.date > best.date) best = entry;
  return best;
}
