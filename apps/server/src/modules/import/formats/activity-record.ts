import { activityCreate, activityNameKey } from "@mitai/shared";
import type { Built } from "./records.js";
import type { ImportRecord } from "./types.js";

const OPTIONAL = ["kcalActive", "hrAvg", "hrMax", "distanceKm"] as const;
type Optional = (typeof OPTIONAL)[number];

export type SessionValues = {
  startedAt: Date;
  date: string;
  startTime: string | null;
  name: string;
  /** Further names to look the type up by when the name itself has no mapping. */
  fallbackNames?: string[];
  /** Minutes, as measured (the log holds at least one). */
  durationMin: number;
} & Record<Optional, number | null>;

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * A training session, checked like one typed in by hand. A value out of range (a heart rate of
 * 300) is left out and named while the session is kept. A session under a minute (a watch started
 * by mistake, a device's demo file) is kept as one minute, the shortest the log holds; one longer
 * than a day is refused.
 */
export function activityRecord(v: SessionValues): Built {
  if (!Number.isFinite(v.durationMin) || v.durationMin <= 0) return { reason: "duration is missing" };
  if (v.durationMin > 1440)
    return { reason: `duration ${Math.round(v.durationMin)} min is longer than a day` };
  const values: Record<Optional, number | null> = {
    kcalActive: v.kcalActive === null ? null : round(v.kcalActive, 1),
    hrAvg: v.hrAvg === null ? null : Math.round(v.hrAvg),
    hrMax: v.hrMax === null ? null : Math.round(v.hrMax),
    distanceKm: v.distanceKm === null ? null : round(v.distanceKm, 4),
  };
  const durationMin = Math.max(1, round(v.durationMin, 2));
  const problems: string[] = [];
  for (;;) {
    const checked = activityCreate.safeParse({
      date: v.date,
      startTime: v.startTime,
      name: v.name,
      durationMin,
      ...values,
    });
    if (checked.success) break;
    const issue = checked.error.issues[0];
    const field = OPTIONAL.find((f) => f === issue?.path[0]);
    const reason = `${issue?.path.join(".") || "session"} ${issue?.message ?? "is invalid"}`;
    if (!field || values[field] === null) return { reason };
    problems.push(reason);
    values[field] = null;
  }
  const name = v.name.trim();
  const typeKeys = [...new Set([name, ...(v.fallbackNames ?? [])].map(activityNameKey))];
  const record: ImportRecord = {
    kind: "activity",
    row: {
      startedAt: v.startedAt,
      date: v.date,
      startTime: v.startTime,
      name,
      typeKeys,
      trainingTypeId: null,
      durationMin,
      ...values,
    },
  };
  return problems.length > 0 ? { record, problem: problems.join("; ") } : { record };
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** The day and the `HH:MM` clock of an instant in a time zone. */
export function localDayAndClock(at: Date, timeZone: string): { date: string; startTime: string } {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    formats.set(timeZone, format);
  }
  const parts = format.formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? "00";
  return {
    date: `${part("year")}-${part("month")}-${part("day")}`,
    startTime: `${part("hour")}:${part("minute")}`,
  };
}
