import { addDays, dayNumber } from "../dates.js";
import type { WeightStats } from "../weight.js";

export type DatedWeight = { date: string; weight: number };

export function round(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/**
 * Trailing moving average over a calendar window: for each entry, the mean of the entries whose
 * date lies within the `windowDays` days ending on that entry's date. Gaps in logging shrink the
 * window's sample instead of pulling in weights from weeks ago. Input in any order; output oldest first.
 */
export function movingAverage(entries: readonly DatedWeight[], windowDays = 7): DatedWeight[] {
  const sorted = [...entries]
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((e) => ({ day: dayNumber(e.date), ...e }));
  const out: DatedWeight[] = [];
  const window: { day: number; weight: number }[] = [];
  let sum = 0;
  for (const cur of sorted) {
    window.push(cur);
    sum += cur.weight;
    const first = cur.day - windowDays + 1;
    while (window.length > 0 && (window[0]?.day ?? first) < first) {
      sum -= window.shift()?.weight ?? 0;
    }
    out.push({ date: cur.date, weight: sum / window.length });
  }
  return out;
}

export type LinearFit = { slope: number; intercept: number; points: number };

/** Ordinary least squares y = intercept + slope·x; null with fewer than two distinct x. */
export function linearFit(points: readonly { x: number; y: number }[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const p of points) {
    sx += p.x;
    sy += p.y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - mx) ** 2;
    sxy += (p.x - mx) * (p.y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: my - slope * mx, points: n };
}

/** Body-mass index kg/m². */
export function bmi(weightKg: number, heightCm: number): number {
  const m = heightCm / 100;
  return weightKg / (m * m);
}

/** WHO adult BMI classes. */
export function bmiCategory(value: number): NonNullable<WeightStats["bmiCategory"]> {
  if (value < 18.5) return "underweight";
  if (value < 25) return "normal";
  if (value < 30) return "overweight";
  return "obese";
}

/**
 * The weight `days` before the latest entry: the newest entry on or before that day, but no older
 * than twice the span (a 7-day change is not measured against a weight from last year).
 */
function changeOver(sortedDesc: readonly DatedWeight[], days: number): number | null {
  const latest = sortedDesc[0];
  if (!latest) return null;
  const target = addDays(latest.date, -days);
  const oldest = addDays(latest.date, -2 * days);
  const ref = sortedDesc.find((e) => e.date <= target);
  if (!ref || ref.date < oldest) return null;
  return round(latest.weight - ref.weight, 2);
}

export type WeightStatsInput = {
  /** Every entry of the profile, in any order. */
  entries: readonly DatedWeight[];
  heightCm: number | null;
  goalWeightKg: number | null;
};

export const TREND_DAYS = 30;

/** The figures of `GET /api/weight/stats`, relative to the latest entry. */
export function computeWeightStats({ entries, heightCm, goalWeightKg }: WeightStatsInput): WeightStats {
  const desc = [...entries].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
  const latest = desc[0] ?? null;
  let min: DatedWeight | null = null;
  let max: DatedWeight | null = null;
  for (const e of desc) {
    if (!min || e.weight < min.weight) min = e;
    if (!max || e.weight > max.weight) max = e;
  }

  let movingAverage7: number | null = null;
  let trend: WeightStats["trend"] = { kgPerWeek: null, points: 0, from: null, to: null };
  if (latest) {
    const weekAgo = addDays(latest.date, -7);
    const last7 = desc.filter((e) => e.date > weekAgo);
    movingAverage7 = round(last7.reduce((s, e) => s + e.weight, 0) / last7.length, 2);
    const since = addDays(latest.date, -(TREND_DAYS - 1));
    const window = desc.filter((e) => e.date >= since);
    const fit = linearFit(window.map((e) => ({ x: dayNumber(e.date), y: e.weight })));
    trend = {
      kgPerWeek: fit ? round(fit.slope * 7, 3) : null,
      points: window.length,
      from: window.at(-1)?.date ?? null,
      to: latest.date,
    };
  }

  const bmiValue = latest && heightCm ? round(bmi(latest.weight, heightCm), 1) : null;
  return {
    count: desc.length,
    latest: latest && { date: latest.date, weight: latest.weight },
    change: { days7: changeOver(desc, 7), days30: changeOver(desc, 30), days90: changeOver(desc, 90) },
    movingAverage7,
    trend,
    min: min && { date: min.date, weight: min.weight },
    max: max && { date: max.date, weight: max.weight },
    bmi: bmiValue,
    bmiCategory: bmiValue === null ? null : bmiCategory(bmiValue),
    goal:
      latest && goalWeightKg !== null
        ? {
            goalWeightKg,
            remainingKg: round(latest.weight - goalWeightKg, 2),
            reached: Math.abs(latest.weight - goalWeightKg) < 0.05,
          }
        : null,
  };
}
