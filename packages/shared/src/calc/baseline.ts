import { addDays } from "../dates.js";
import { round } from "./weight-stats.js";

/** How many standard deviations from the 28-day baseline make a value stand out (as recovery apps flag HRV and resting HR). */
export const FLAG_SD = 1.5;
/** A baseline needs this many earlier values before it may flag anything. */
export const MIN_BASELINE_POINTS = 5;

export type Baseline = {
  /** Mean of the values of the window's days before the day itself. */
  mean: number;
  /** Sample standard deviation (n − 1); null with fewer than two values. */
  sd: number | null;
  count: number;
  /** The day's value minus the mean. */
  delta: number;
  /** delta in standard deviations; null when there is no spread to measure against. */
  z: number | null;
};

/** Mean, sample SD and the day's distance from them; null for an empty window. */
export function baselineOf(previous: readonly number[], value: number): Baseline | null {
  const n = previous.length;
  if (n === 0) return null;
  const mean = previous.reduce((s, v) => s + v, 0) / n;
  const sd = n > 1 ? Math.sqrt(previous.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : null;
  const delta = value - mean;
  return {
    mean: round(mean, 2),
    sd: sd === null ? null : round(sd, 2),
    count: n,
    delta: round(delta, 2),
    z: sd ? round(delta / sd, 2) : null,
  };
}

export type MetricAnalysis = {
  value: number;
  baseline7: Baseline | null;
  baseline28: Baseline | null;
  flagged: boolean;
};

/**
 * For each day that has a value: the 7- and 28-day baselines of the days before it, and whether it
 * lies more than 1.5 SD from the 28-day one (with at least five earlier values).
 * `series` holds (date, value) in any order, one per day.
 */
export function analyzeMetric(
  series: readonly { date: string; value: number }[],
): Map<string, MetricAnalysis> {
  const sorted = [...series].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const out = new Map<string, MetricAnalysis>();
  for (let i = 0; i < sorted.length; i++) {
    const cur = sorted[i];
    if (!cur) continue;
    const since7 = addDays(cur.date, -7);
    const since28 = addDays(cur.date, -28);
    const prev28: number[] = [];
    const prev7: number[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const p = sorted[j];
      if (!p || p.date < since28) break;
      prev28.push(p.value);
      if (p.date >= since7) prev7.push(p.value);
    }
    const baseline28 = baselineOf(prev28, cur.value);
    out.set(cur.date, {
      value: cur.value,
      baseline7: baselineOf(prev7, cur.value),
      baseline28,
      flagged:
        baseline28 !== null &&
        baseline28.count >= MIN_BASELINE_POINTS &&
        baseline28.z !== null &&
        Math.abs(baseline28.z) > FLAG_SD,
    });
  }
  return out;
}
