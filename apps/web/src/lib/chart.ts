import { type DatedWeight, dayNumber, movingAverage } from "@mitai/shared";
import { formatDay } from "./dates";

export type SeriesPoint = { day: number; date: string; value: number; average: number };

/** Entries (any order) → points oldest first, each with its trailing 7-day average. */
export function weightSeries(entries: readonly DatedWeight[], windowDays = 7): SeriesPoint[] {
  const sorted = [...entries].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const averages = movingAverage(sorted, windowDays);
  return sorted.map((entry, i) => ({
    day: dayNumber(entry.date),
    date: entry.date,
    value: entry.weight,
    average: averages[i]?.weight ?? entry.weight,
  }));
}

const NICE_STEPS = [0.5, 1, 2, 3, 4, 5, 10, 20, 25, 50, 100];

export type ValueAxis = { domain: [number, number]; ticks: number[]; showGoal: boolean };

/**
 * The y axis: the data with a little air, on round ticks (at most six). The goal is drawn only when
 * it lies near the data; a goal far away would flatten every change into a line.
 */
export function valueAxis(values: readonly number[], goal: number | null, maxTicks = 6): ValueAxis {
  let low: number;
  let high: number;
  let showGoal = false;
  if (values.length === 0) {
    if (goal === null) return { domain: [0, 1], ticks: [0, 1], showGoal: false };
    low = goal;
    high = goal;
    showGoal = true;
  } else {
    low = Math.min(...values);
    high = Math.max(...values);
    const span = Math.max(high - low, 2);
    if (goal !== null && goal >= low - span * 1.5 && goal <= high + span * 1.5) {
      showGoal = true;
      low = Math.min(low, goal);
      high = Math.max(high, goal);
    }
  }
  const pad = Math.max((high - low) * 0.08, 0.5);
  low -= pad;
  high += pad;
  const step = NICE_STEPS.find((s) => Math.ceil(high / s) - Math.floor(low / s) <= maxTicks - 1) ?? 100;
  const first = Math.floor(low / step) * step;
  const last = Math.ceil(high / step) * step;
  const ticks: number[] = [];
  for (let tick = first; tick <= last + step / 1000; tick += step) ticks.push(Math.round(tick * 100) / 100);
  return { domain: [first, last], ticks, showGoal };
}

/** About `count` evenly spread x ticks (day numbers) from first to last. */
export function dayTicks(first: number, last: number, count: number): number[] {
  if (last <= first) return [first];
  const step = Math.max(1, Math.round((last - first) / Math.max(1, count - 1)));
  const ticks: number[] = [];
  for (let day = first; day < last - step / 2; day += step) ticks.push(day);
  ticks.push(last);
  return ticks;
}

/**
 * The x axis of a chart over days (points oldest first, `day` = days since 1970): its domain (a
 * single day still gets some width), about four ticks, the date style of their labels (with the
 * year beyond about a year), and the points by day for the tooltip.
 */
export function dayAxis<P extends { day: number; date: string }>(points: readonly P[]) {
  const byDay = new Map(points.map((p) => [p.day, p]));
  const first = points[0]?.day ?? 0;
  const last = points.at(-1)?.day ?? 0;
  const domain: [number, number] = first === last ? [first - 3, last + 3] : [first, last];
  return {
    byDay,
    domain,
    ticks: dayTicks(first, last, 4),
    labelStyle: last - first > 300 ? ("month" as const) : ("axis" as const),
    dateOf: (day: number) => byDay.get(day)?.date ?? new Date(day * 86_400_000).toISOString().slice(0, 10),
  };
}

/** The tick labels every chart axis shares. */
export const axisTick = { fill: "var(--text-muted)", fontSize: 12 };

/** The props of a Recharts `XAxis` over `day` numbers, laid out by `dayAxis`, labelled in `locale`. */
export function dayXAxisProps(days: ReturnType<typeof dayAxis>, locale: string) {
  return {
    dataKey: "day",
    type: "number" as const,
    domain: days.domain,
    ticks: days.ticks,
    tickFormatter: (day: number) => formatDay(days.dateOf(day), locale, days.labelStyle),
    tick: axisTick,
    axisLine: { stroke: "var(--border)" },
    tickLine: false,
    tickMargin: 8,
    padding: { left: 8, right: 8 },
  };
}
