import type { BloodPressureAverages, BloodPressureStats } from "../blood-pressure.js";
import { addDays, dayNumber } from "../dates.js";
import { type BloodPressureClass, bloodPressureClasses, classifyBloodPressure } from "./blood-pressure.js";
import { round } from "./weight-stats.js";

/** A reading as the stats need it: its local calendar day and local hour (0–23). */
export type BloodPressurePoint = {
  date: string;
  hour: number;
  systolic: number;
  diastolic: number;
  pulse: number | null;
};

export const MORNING_HOURS = [4, 12] as const;
export const EVENING_HOURS = [17, 24] as const;

/** The Monday of the ISO week a day belongs to. */
export function weekStart(date: string): string {
  // 1970-01-01 was a Thursday: day number 0 → weekday index 3 (Monday = 0).
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7;
  return addDays(date, -weekday);
}

function average(points: readonly BloodPressurePoint[]): BloodPressureAverages {
  if (points.length === 0) return { count: 0, systolic: null, diastolic: null, pulse: null };
  let s = 0;
  let d = 0;
  let p = 0;
  let pulses = 0;
  for (const x of points) {
    s += x.systolic;
    d += x.diastolic;
    if (x.pulse !== null) {
      p += x.pulse;
      pulses++;
    }
  }
  return {
    count: points.length,
    systolic: round(s / points.length, 1),
    diastolic: round(d / points.length, 1),
    pulse: pulses > 0 ? round(p / pulses, 1) : null,
  };
}

function groupBy(points: readonly BloodPressurePoint[], key: (p: BloodPressurePoint) => string) {
  const groups = new Map<string, BloodPressurePoint[]>();
  for (const p of points) {
    const k = key(p);
    const list = groups.get(k);
    if (list) list.push(p);
    else groups.set(k, [p]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? 1 : a > b ? -1 : 0));
}

/** Averages per day and week, morning against evening, and the share of readings per class. */
export function computeBloodPressureStats(
  points: readonly BloodPressurePoint[],
  from: string,
  to: string,
): BloodPressureStats {
  const inHours = ([start, end]: readonly [number, number]) =>
    points.filter((p) => p.hour >= start && p.hour < end);
  const counts: Record<BloodPressureClass, number> = {
    optimal: 0,
    normal: 0,
    high_normal: 0,
    grade_1: 0,
    grade_2: 0,
    grade_3: 0,
    isolated_systolic: 0,
  };
  for (const p of points) counts[classifyBloodPressure(p.systolic, p.diastolic)]++;
  const classShares = { ...counts };
  for (const c of bloodPressureClasses)
    classShares[c] = points.length ? round(counts[c] / points.length, 4) : 0;
  return {
    from,
    to,
    overall: average(points),
    days: groupBy(points, (p) => p.date).map(([date, list]) => ({ date, ...average(list) })),
    weeks: groupBy(points, (p) => weekStart(p.date)).map(([start, list]) => ({
      weekStart: start,
      ...average(list),
    })),
    morning: average(inHours(MORNING_HOURS)),
    evening: average(inHours(EVENING_HOURS)),
    classShares,
  };
}
