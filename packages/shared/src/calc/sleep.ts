import type { SleepPeriodStats } from "../sleep.js";
import { round } from "./weight-stats.js";

export type NightInput = {
  bedtime: Date;
  wakeTime: Date;
  deepMin?: number | null | undefined;
  remMin?: number | null | undefined;
  lightMin?: number | null | undefined;
  awakeMin?: number | null | undefined;
  segments?: readonly { phase: string; start: string; end: string }[] | undefined;
};

/** Why a night does not add up, as `[field, reason]`, or null when it does. */
export function sleepInconsistency(n: NightInput): [string, string] | null {
  const inBed = (n.wakeTime.getTime() - n.bedtime.getTime()) / 60_000;
  if (inBed <= 0) return ["wakeTime", "must be after bedtime"];
  if (inBed > 24 * 60) return ["wakeTime", "must be within 24 hours of bedtime"];
  const phases = (n.deepMin ?? 0) + (n.remMin ?? 0) + (n.lightMin ?? 0) + (n.awakeMin ?? 0);
  if (phases > Math.ceil(inBed)) {
    return ["deepMin", `phase minutes (${phases}) exceed the time in bed (${Math.round(inBed)} min)`];
  }
  for (const [i, s] of (n.segments ?? []).entries()) {
    const start = Date.parse(s.start);
    const end = Date.parse(s.end);
    if (end <= start) return [`segments.${i}.end`, "must be after its start"];
    if (start < n.bedtime.getTime() || end > n.wakeTime.getTime()) {
      return [`segments.${i}`, "lies outside the night (bedtime to wake time)"];
    }
  }
  return null;
}

/**
 * The same check for a night known only by its durations (no bedtime or wake time): the phase
 * minutes must fit the time in bed, and there can be no segments, which need a clock.
 */
export function durationsOnlyInconsistency(
  n: Omit<NightInput, "bedtime" | "wakeTime"> & { durationMin: number },
): [string, string] | null {
  if (n.durationMin <= 0) return ["durationMin", "must be positive"];
  if (n.durationMin > 24 * 60) return ["durationMin", "must be at most 24 hours"];
  const phases = (n.deepMin ?? 0) + (n.remMin ?? 0) + (n.lightMin ?? 0) + (n.awakeMin ?? 0);
  if (phases > n.durationMin) {
    return ["deepMin", `phase minutes (${phases}) exceed the time in bed (${n.durationMin} min)`];
  }
  if ((n.segments ?? []).length > 0) return ["segments", "need the night's bedtime and wake time"];
  return null;
}

export function durationMinutes(bedtime: Date, wakeTime: Date): number {
  return Math.round((wakeTime.getTime() - bedtime.getTime()) / 60_000);
}

export type NightForStats = {
  durationMin: number;
  quality: number | null;
  deepMin: number | null;
  remMin: number | null;
  lightMin: number | null;
  awakeMin: number | null;
  /** Local clock time of going to bed, minutes after midnight (0–1439); null when not known. */
  bedtimeMinuteOfDay: number | null;
};

/** Bedtimes cluster around midnight: 23:30 is 30 min before it, 00:30 30 min after (noon is the cut). */
function aroundMidnight(minuteOfDay: number): number {
  return minuteOfDay >= 720 ? minuteOfDay - 1440 : minuteOfDay;
}

function clock(minutesAroundMidnight: number): string {
  const m = ((Math.round(minutesAroundMidnight) % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

export function sleepPeriodStats(days: number, nights: readonly NightForStats[]): SleepPeriodStats {
  if (nights.length === 0) {
    return {
      days,
      nights: 0,
      avgDurationMin: null,
      avgQuality: null,
      phaseShares: null,
      avgBedtime: null,
      bedtimeSdMin: null,
    };
  }
  const qualities = nights.flatMap((n) => (n.quality === null ? [] : [n.quality]));
  const sum = { deep: 0, rem: 0, light: 0, awake: 0 };
  for (const n of nights) {
    sum.deep += n.deepMin ?? 0;
    sum.rem += n.remMin ?? 0;
    sum.light += n.lightMin ?? 0;
    sum.awake += n.awakeMin ?? 0;
  }
  const total = sum.deep + sum.rem + sum.light + sum.awake;
  const bedtimes = nights.flatMap((n) =>
    n.bedtimeMinuteOfDay === null ? [] : [aroundMidnight(n.bedtimeMinuteOfDay)],
  );
  const avgBed = bedtimes.length ? mean(bedtimes) : null;
  const sd =
    avgBed !== null && bedtimes.length > 1
      ? Math.sqrt(bedtimes.reduce((s, b) => s + (b - avgBed) ** 2, 0) / (bedtimes.length - 1))
      : null;
  return {
    days,
    nights: nights.length,
    avgDurationMin: round(mean(nights.map((n) => n.durationMin)), 1),
    avgQuality: qualities.length ? round(mean(qualities), 2) : null,
    phaseShares:
      total > 0
        ? {
            deep: round(sum.deep / total, 4),
            rem: round(sum.rem / total, 4),
            light: round(sum.light / total, 4),
            awake: round(sum.awake / total, 4),
          }
        : null,
    avgBedtime: avgBed === null ? null : clock(avgBed),
    bedtimeSdMin: sd === null ? null : round(sd, 1),
  };
}
