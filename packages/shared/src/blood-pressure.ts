import { z } from "zod";
import { bloodPressureClasses } from "./calc/blood-pressure.js";
import { isoDate } from "./dates.js";
import { NOTE_MAX, note } from "./weight.js";

export const bloodPressureContexts = [
  "fasting",
  "after_meal",
  "before_exercise",
  "after_exercise",
  "stress",
  "rest",
  "after_waking",
  "before_sleep",
] as const;
export const bloodPressureContext = z.enum(bloodPressureContexts);
export type BloodPressureContext = z.infer<typeof bloodPressureContext>;

const mmHg = (min: number, max: number) =>
  z
    .int({ error: "must be a whole number" })
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

/** The plausible range of each value, in mmHg (pulse in bpm). */
export const bloodPressureRanges = {
  systolic: [50, 300],
  diastolic: [30, 200],
  pulse: [25, 250],
} as const;

const readingFields = {
  measuredAt: z.iso.datetime({
    offset: true,
    error: "must be a timestamp with offset, e.g. 2025-05-21T07:30:00+02:00",
  }),
  systolic: mmHg(...bloodPressureRanges.systolic),
  diastolic: mmHg(...bloodPressureRanges.diastolic),
  pulse: mmHg(...bloodPressureRanges.pulse)
    .nullable()
    .optional(),
  context: bloodPressureContext.nullable().optional(),
  irregularHeartbeat: z.boolean().optional(),
  note: note.nullable().optional(),
};

/** Diastolic below systolic: checked on whole readings (create, and an update merged with what is stored). */
export function diastolicBelowSystolic(r: { systolic: number; diastolic: number }): boolean {
  return r.diastolic < r.systolic;
}
const DIASTOLIC_BELOW = { error: "must be below systolic", path: ["diastolic"] };

/**
 * The rules of `bloodPressureCreate` for values already read as numbers, without zod: an importer
 * checks hundreds of thousands of rows, and this costs a tenth of a schema parse. The answer is
 * the schema's own (`field message`), or null; the unit test holds the two side by side.
 */
export function bloodPressureProblem(r: {
  systolic: number;
  diastolic: number;
  pulse: number | null;
  note: string | null;
}): string | null {
  for (const field of ["systolic", "diastolic", "pulse"] as const) {
    const value = r[field];
    if (value === null) continue;
    const [min, max] = bloodPressureRanges[field];
    if (!Number.isInteger(value)) return `${field} must be a whole number`;
    if (value < min) return `${field} must be at least ${min}`;
    if (value > max) return `${field} must be at most ${max}`;
  }
  if (r.note !== null && r.note.trim().length > NOTE_MAX)
    return `note must be at most ${NOTE_MAX} characters`;
  if (!diastolicBelowSystolic(r)) return "diastolic must be below systolic";
  return null;
}

export const bloodPressureCreate = z
  .strictObject(readingFields)
  .refine(diastolicBelowSystolic, DIASTOLIC_BELOW)
  .meta({ id: "BloodPressureCreate" });
export type BloodPressureCreate = z.infer<typeof bloodPressureCreate>;

export const bloodPressureUpdate = z
  .strictObject(readingFields)
  .partial()
  .refine(
    (r) =>
      r.systolic === undefined ||
      r.diastolic === undefined ||
      diastolicBelowSystolic({ systolic: r.systolic, diastolic: r.diastolic }),
    DIASTOLIC_BELOW,
  )
  .meta({ id: "BloodPressureUpdate" });
export type BloodPressureUpdate = z.infer<typeof bloodPressureUpdate>;

export const bloodPressureReading = z
  .object({
    id: z.uuid(),
    measuredAt: z.iso.datetime({ offset: true }),
    /** The calendar day of the reading in the profile's time zone. */
    date: isoDate,
    systolic: z.int(),
    diastolic: z.int(),
    pulse: z.int().nullable(),
    context: bloodPressureContext.nullable(),
    irregularHeartbeat: z.boolean(),
    note: z.string().nullable(),
    classification: z.enum(bloodPressureClasses),
    source: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "BloodPressureReading" });
export type BloodPressureReading = z.infer<typeof bloodPressureReading>;

export const bloodPressureListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});

export const bloodPressureStatsQuery = z.strictObject({
  days: z.coerce.number().int().min(1).max(3650).default(30),
});

const averages = z.object({
  count: z.int(),
  systolic: z.number().nullable(),
  diastolic: z.number().nullable(),
  pulse: z.number().nullable(),
});
export type BloodPressureAverages = z.infer<typeof averages>;

export const bloodPressureStats = z
  .object({
    from: isoDate,
    to: isoDate,
    overall: averages,
    /** Per calendar day (profile's time zone), newest first. */
    days: z.array(averages.extend({ date: isoDate })),
    /** Per ISO week, keyed by its Monday, newest first. */
    weeks: z.array(averages.extend({ weekStart: isoDate })),
    /** Readings taken 04:00–11:59 and 17:00–23:59 local time. */
    morning: averages,
    evening: averages,
    /** Share (0–1) of the period's readings in each class. */
    classShares: z.record(z.enum(bloodPressureClasses), z.number()),
  })
  .meta({ id: "BloodPressureStats" });
export type BloodPressureStats = z.infer<typeof bloodPressureStats>;
