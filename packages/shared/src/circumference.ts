import { z } from "zod";
import { isoDate, logDate } from "./dates.js";
import { note } from "./weight.js";

/** The eight girth points, in centimetres; an entry holds any non-empty subset. */
export const circumferencePoints = [
  "neck",
  "chest",
  "waist",
  "belly",
  "hip",
  "thigh",
  "calf",
  "arm",
] as const;
export const circumferencePoint = z.enum(circumferencePoints);
export type CircumferencePoint = z.infer<typeof circumferencePoint>;

export const CIRCUMFERENCE_MIN_CM = 10;
export const CIRCUMFERENCE_MAX_CM = 250;

const cm = z
  .number({ error: "must be a number" })
  .min(CIRCUMFERENCE_MIN_CM, `must be at least ${CIRCUMFERENCE_MIN_CM} cm`)
  .max(CIRCUMFERENCE_MAX_CM, `must be at most ${CIRCUMFERENCE_MAX_CM} cm`)
  .nullable()
  .optional();

const pointFields = {
  neck: cm,
  chest: cm,
  waist: cm,
  belly: cm,
  hip: cm,
  thigh: cm,
  calf: cm,
  arm: cm,
};

/** Exported so the service can check an update merged with what is stored (the table demands one point). */
export function hasAnyPoint(c: Partial<Record<CircumferencePoint, number | null | undefined>>): boolean {
  return circumferencePoints.some((p) => c[p] !== undefined && c[p] !== null);
}
const AT_LEAST_ONE = {
  error: `needs at least one of ${circumferencePoints.join(", ")}`,
  path: ["waist"],
};

export const circumferenceCreate = z
  .strictObject({ date: logDate, ...pointFields, note: note.nullable().optional() })
  .refine(hasAnyPoint, AT_LEAST_ONE)
  .meta({ id: "CircumferenceCreate" });
export type CircumferenceCreate = z.infer<typeof circumferenceCreate>;

export const circumferenceUpdate = z
  .strictObject({ date: logDate, ...pointFields, note: note.nullable().optional() })
  .partial()
  .meta({ id: "CircumferenceUpdate" });
export type CircumferenceUpdate = z.infer<typeof circumferenceUpdate>;

/** Waist-to-height risk bands (Ashwell & Hsieh 2005): below 0.5, 0.5 up to 0.6, 0.6 and above. */
export const waistHeightRisks = ["low", "increased", "high"] as const;
export type WaistHeightRisk = (typeof waistHeightRisks)[number];

/** What a derived figure can lack: a point of this entry, or a field of the profile. */
export const circumferenceInputs = ["neck", "waist", "hip", "height", "sex"] as const;
export type CircumferenceInput = (typeof circumferenceInputs)[number];

export const circumferenceDerived = z.object({
  waistHipRatio: z.number().nullable(),
  waistHeightRatio: z.number().nullable(),
  waistHeightRisk: z.enum(waistHeightRisks).nullable(),
  /** US Navy circumference estimate (Hodgdon & Beckett 1984); null when an input is missing or implausible. */
  navyBodyFatPct: z.number().nullable(),
  /** The inputs the ratios or the Navy formula lack, so the page can say what to measure or fill in. */
  missing: z.array(z.enum(circumferenceInputs)),
});
export type CircumferenceDerived = z.infer<typeof circumferenceDerived>;

export const circumferenceEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    neck: z.number().nullable(),
    chest: z.number().nullable(),
    waist: z.number().nullable(),
    belly: z.number().nullable(),
    hip: z.number().nullable(),
    thigh: z.number().nullable(),
    calf: z.number().nullable(),
    arm: z.number().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    derived: circumferenceDerived,
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "CircumferenceEntry" });
export type CircumferenceEntry = z.infer<typeof circumferenceEntry>;

export const circumferenceListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CircumferenceListQuery = z.input<typeof circumferenceListQuery>;
