import { z } from "zod";
import { isoDate, logDate } from "./dates.js";
import { note } from "./weight.js";

const ranged = (min: number, max: number, unit: string) =>
  z
    .number({ error: "must be a number" })
    .min(min, `must be at least ${min} ${unit}`.trim())
    .max(max, `must be at most ${max} ${unit}`.trim());

/** The morning measurements, each optional (spec: at least one per entry). */
export const vitalsMetrics = ["restingHr", "hrv", "vo2Max", "spo2", "respiratoryRate"] as const;
export type VitalsMetric = (typeof vitalsMetrics)[number];

const metricFields = {
  restingHr: ranged(25, 220, "bpm").int("must be a whole number").nullable().optional(),
  hrv: ranged(1, 300, "ms").nullable().optional(),
  vo2Max: ranged(10, 95, "").nullable().optional(),
  spo2: ranged(70, 100, "%").nullable().optional(),
  respiratoryRate: ranged(4, 60, "/min").nullable().optional(),
};

export function hasAnyMetric(v: Partial<Record<VitalsMetric, number | null | undefined>>): boolean {
  return vitalsMetrics.some((m) => v[m] !== undefined && v[m] !== null);
}
const AT_LEAST_ONE = {
  error: `needs at least one of ${vitalsMetrics.join(", ")}`,
  path: ["restingHr"],
};

export const vitalsCreate = z
  .strictObject({ date: logDate, ...metricFields, note: note.nullable().optional() })
  .refine(hasAnyMetric, AT_LEAST_ONE)
  .meta({ id: "VitalsCreate" });
export type VitalsCreate = z.infer<typeof vitalsCreate>;

export const vitalsUpdate = z
  .strictObject({ date: logDate, ...metricFields, note: note.nullable().optional() })
  .partial()
  .meta({ id: "VitalsUpdate" });
export type VitalsUpdate = z.infer<typeof vitalsUpdate>;

const baseline = z.object({
  mean: z.number(),
  sd: z.number().nullable(),
  count: z.int(),
  delta: z.number(),
  z: z.number().nullable(),
});
const metricAnalysis = z.object({
  value: z.number(),
  baseline7: baseline.nullable(),
  baseline28: baseline.nullable(),
  /** More than 1.5 SD from the 28-day baseline (with at least five earlier values). */
  flagged: z.boolean(),
});

export const vitalsEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    restingHr: z.number().nullable(),
    hrv: z.number().nullable(),
    vo2Max: z.number().nullable(),
    spo2: z.number().nullable(),
    respiratoryRate: z.number().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    /** Per measured value: its 7- and 28-day baselines (the days before) and whether it stands out. */
    analysis: z.object({
      restingHr: metricAnalysis.nullable(),
      hrv: metricAnalysis.nullable(),
      vo2Max: metricAnalysis.nullable(),
      spo2: metricAnalysis.nullable(),
      respiratoryRate: metricAnalysis.nullable(),
    }),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "VitalsEntry" });
export type VitalsEntry = z.infer<typeof vitalsEntry>;

export const vitalsListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
