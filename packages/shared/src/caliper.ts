import { z } from "zod";
import { isoDate, logDate } from "./dates.js";
import type { Sex } from "./profile.js";
import { note } from "./weight.js";

/**
 * Skinfold methods: Jackson-Pollock 3- and 7-site, Durnin-Womersley 4-site and Parrillo 9-site.
 * The formulas are in calc/body-fat.ts.
 */
export const caliperMethods = ["jp3", "jp7", "dw4", "parrillo9"] as const;
export const caliperMethod = z.enum(caliperMethods);
export type CaliperMethod = z.infer<typeof caliperMethod>;

/** The skinfold sites, named as the JSON fields and the table columns are. */
export const caliperSites = [
  "chest",
  "abdomen",
  "thigh",
  "triceps",
  "suprailiac",
  "axilla",
  "subscapular",
  "biceps",
  "lowerBack",
  "calf",
] as const;
export const caliperSite = z.enum(caliperSites);
export type CaliperSite = z.infer<typeof caliperSite>;

export type CaliperSites = Partial<Record<CaliperSite, number | null | undefined>>;

const JP3_MEN: readonly CaliperSite[] = ["chest", "abdomen", "thigh"];
const JP3_WOMEN: readonly CaliperSite[] = ["triceps", "suprailiac", "thigh"];
const JP7: readonly CaliperSite[] = [
  "chest",
  "axilla",
  "triceps",
  "subscapular",
  "abdomen",
  "suprailiac",
  "thigh",
];
const DW4: readonly CaliperSite[] = ["biceps", "triceps", "subscapular", "suprailiac"];
const PARRILLO9: readonly CaliperSite[] = [
  "chest",
  "abdomen",
  "thigh",
  "biceps",
  "triceps",
  "subscapular",
  "suprailiac",
  "lowerBack",
  "calf",
];

/** The sites a method needs; only Jackson-Pollock 3-site differs between men and women. */
export function sitesFor(method: CaliperMethod, sex: Sex): readonly CaliperSite[] {
  switch (method) {
    case "jp3":
      return sex === "male" ? JP3_MEN : JP3_WOMEN;
    case "jp7":
      return JP7;
    case "dw4":
      return DW4;
    case "parrillo9":
      return PARRILLO9;
  }
}

/** The needed sites that are absent, in the method's order (the 422 names the first, or all). */
export function missingSites(method: CaliperMethod, sex: Sex, sites: CaliperSites): CaliperSite[] {
  return sitesFor(method, sex).filter((s) => sites[s] === undefined || sites[s] === null);
}

export const SKINFOLD_MIN_MM = 2;
export const SKINFOLD_MAX_MM = 80;

const mm = z
  .number({ error: "must be a number" })
  .min(SKINFOLD_MIN_MM, `must be at least ${SKINFOLD_MIN_MM} mm`)
  .max(SKINFOLD_MAX_MM, `must be at most ${SKINFOLD_MAX_MM} mm`)
  .nullable()
  .optional();

const siteFields = {
  chest: mm,
  abdomen: mm,
  thigh: mm,
  triceps: mm,
  suprailiac: mm,
  axilla: mm,
  subscapular: mm,
  biceps: mm,
  lowerBack: mm,
  calf: mm,
};

// Which sites are needed depends on the profile's sex (jp3), so the service checks completeness.
const caliperFields = {
  date: logDate,
  method: caliperMethod,
  ...siteFields,
  note: note.nullable().optional(),
};

export const caliperCreate = z.strictObject(caliperFields).meta({ id: "CaliperCreate" });
export type CaliperCreate = z.infer<typeof caliperCreate>;

export const caliperUpdate = z.strictObject(caliperFields).partial().meta({ id: "CaliperUpdate" });
export type CaliperUpdate = z.infer<typeof caliperUpdate>;

/**
 * Body-fat categories of Gallagher et al. 2000 (calc/body-fat.ts), by sex and age band.
 */
export const bodyFatCategories = ["underfat", "healthy", "overweight", "obese"] as const;
export type BodyFatCategory = (typeof bodyFatCategories)[number];

export const caliperEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    method: caliperMethod,
    /** The measured skinfolds in mm; sites not measured are absent. */
    sites: z.object({
      chest: z.number().optional(),
      abdomen: z.number().optional(),
      thigh: z.number().optional(),
      triceps: z.number().optional(),
      suprailiac: z.number().optional(),
      axilla: z.number().optional(),
      subscapular: z.number().optional(),
      biceps: z.number().optional(),
      lowerBack: z.number().optional(),
      calf: z.number().optional(),
    }),
    /** Body density in g/cm³; null for Parrillo, which estimates fat % directly. */
    density: z.number().nullable(),
    bodyFatPct: z.number(),
    fatMassKg: z.number().nullable(),
    leanMassKg: z.number().nullable(),
    /** The weight the masses come from: that day's, or the nearest earlier within 7 days. */
    weightKg: z.number().nullable(),
    weightDate: isoDate.nullable(),
    /** Why the masses are null, e.g. "no weight within 7 days before"; null when they are known. */
    massNote: z.string().nullable(),
    category: z.object({
      key: z.enum(bodyFatCategories),
      /** The band it was judged against, e.g. "healthy 8–20 % (men 20–39)". */
      label: z.string().optional(),
    }),
    note: z.string().nullable(),
    source: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "CaliperEntry" });
export type CaliperEntry = z.infer<typeof caliperEntry>;

export const caliperListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type CaliperListQuery = z.input<typeof caliperListQuery>;
