import { z } from "zod";
import { isoDate } from "./dates.js";
import { note } from "./weight.js";

export const sleepPhases = ["deep", "rem", "light", "awake"] as const;
export const sleepPhase = z.enum(sleepPhases);
export type SleepPhase = z.infer<typeof sleepPhase>;

const timestamp = z.iso.datetime({
  offset: true,
  error: "must be a timestamp with offset, e.g. 2025-05-21T23:10:00+02:00",
});
const minutes = z
  .int({ error: "must be whole minutes" })
  .min(0, "must not be negative")
  .max(1440, "must be at most 1440");

export const sleepSegment = z.strictObject({ phase: sleepPhase, start: timestamp, end: timestamp });
export type SleepSegment = z.infer<typeof sleepSegment>;

const sleepFields = {
  bedtime: timestamp,
  wakeTime: timestamp,
  quality: z.int().min(1, "must be 1 to 5").max(5, "must be 1 to 5").nullable().optional(),
  deepMin: minutes.nullable().optional(),
  remMin: minutes.nullable().optional(),
  lightMin: minutes.nullable().optional(),
  awakeMin: minutes.nullable().optional(),
  segments: z.array(sleepSegment).max(2000).optional(),
  note: note.nullable().optional(),
};

export const sleepCreate = z.strictObject(sleepFields).meta({ id: "SleepCreate" });
export type SleepCreate = z.infer<typeof sleepCreate>;
export const sleepUpdate = z.strictObject(sleepFields).partial().meta({ id: "SleepUpdate" });
export type SleepUpdate = z.infer<typeof sleepUpdate>;

export const sleepEntry = z
  .object({
    id: z.uuid(),
    /** The wake-up day in the profile's time zone: the night's key. */
    date: isoDate,
    /**
     * When the night began and ended. Null for a night imported from a source that gives only its
     * durations (Health Auto Export's daily sleep totals): then `durationMin` is the time in bed.
     */
    bedtime: z.iso.datetime({ offset: true }).nullable(),
    wakeTime: z.iso.datetime({ offset: true }).nullable(),
    durationMin: z.int(),
    quality: z.int().nullable(),
    deepMin: z.int().nullable(),
    remMin: z.int().nullable(),
    lightMin: z.int().nullable(),
    awakeMin: z.int().nullable(),
    segments: z.array(z.object({ phase: sleepPhase, start: z.string(), end: z.string() })),
    note: z.string().nullable(),
    source: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "SleepEntry" });
export type SleepEntry = z.infer<typeof sleepEntry>;

export const sleepListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

const period = z.object({
  days: z.int(),
  nights: z.int(),
  avgDurationMin: z.number().nullable(),
  avgQuality: z.number().nullable(),
  /** Shares (0–1) of the phase minutes recorded in the period. */
  phaseShares: z
    .object({ deep: z.number(), rem: z.number(), light: z.number(), awake: z.number() })
    .nullable(),
  /** Mean bedtime as local HH:MM, and its standard deviation in minutes (lower = more regular). */
  avgBedtime: z.string().nullable(),
  bedtimeSdMin: z.number().nullable(),
});
export type SleepPeriodStats = z.infer<typeof period>;

export const sleepStats = z.object({ days7: period, days28: period }).meta({ id: "SleepStats" });
export type SleepStats = z.infer<typeof sleepStats>;
