import { z } from "zod";
import { isoDate, logDate } from "./dates.js";

export const WEIGHT_MIN_KG = 20;
export const WEIGHT_MAX_KG = 400;
export const NOTE_MAX = 500;

export const weightKg = z
  .number({ error: "must be a number" })
  .min(WEIGHT_MIN_KG, `must be at least ${WEIGHT_MIN_KG} kg`)
  .max(WEIGHT_MAX_KG, `must be at most ${WEIGHT_MAX_KG} kg`);

export const note = z.string().trim().max(NOTE_MAX, `must be at most ${NOTE_MAX} characters`);

export const weightEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    weight: z.number(),
    note: z.string().nullable(),
    source: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "WeightEntry" });
export type WeightEntry = z.infer<typeof weightEntry>;

export const weightCreate = z
  .strictObject({ date: logDate, weight: weightKg, note: note.nullable().optional() })
  .meta({ id: "WeightCreate" });
export type WeightCreate = z.infer<typeof weightCreate>;

export const weightUpdate = weightCreate.partial().meta({ id: "WeightUpdate" });
export type WeightUpdate = z.infer<typeof weightUpdate>;

export const WEIGHT_LIST_MAX = 5000;
export const weightListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(WEIGHT_LIST_MAX).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type WeightListQuery = z.input<typeof weightListQuery>;

export const weightList = z.array(weightEntry);

const datedWeight = z.object({ date: isoDate, weight: z.number() });

export const bmiCategories = ["underweight", "normal", "overweight", "obese"] as const;

export const weightStats = z
  .object({
    count: z.int(),
    latest: datedWeight.nullable(),
    change: z.object({
      days7: z.number().nullable(),
      days30: z.number().nullable(),
      days90: z.number().nullable(),
    }),
    movingAverage7: z.number().nullable(),
    trend: z.object({
      kgPerWeek: z.number().nullable(),
      points: z.int(),
      from: isoDate.nullable(),
      to: isoDate.nullable(),
    }),
    min: datedWeight.nullable(),
    max: datedWeight.nullable(),
    bmi: z.number().nullable(),
    bmiCategory: z.enum(bmiCategories).nullable(),
    goal: z.object({ goalWeightKg: z.number(), remainingKg: z.number(), reached: z.boolean() }).nullable(),
  })
  .meta({ id: "WeightStats" });
export type WeightStats = z.infer<typeof weightStats>;
