import { z } from "zod";
import { isoDate, logDate } from "./dates.js";
import { note } from "./weight.js";

/** Limits of one entry (spec: kcal 0–20,000; protein, fat and carbohydrate 0–2,000 g each). */
export const KCAL_MAX = 20_000;
export const MACRO_MAX_G = 2_000;

const kcal = z
  .number({ error: "must be a number" })
  .min(0, "must not be negative")
  .max(KCAL_MAX, `must be at most ${KCAL_MAX} kcal`);
const grams = z
  .number({ error: "must be a number" })
  .min(0, "must not be negative")
  .max(MACRO_MAX_G, `must be at most ${MACRO_MAX_G} g`);

/** The source a hand-typed entry carries; an importer's entries carry its own (`fddb`, `cronometer`, …). */
export const MANUAL_SOURCE = "manual";
export const nutritionSource = z
  .string()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, "must be lower-case letters, digits and _ (at most 40)");

/**
 * `POST /api/nutrition`: one entry per profile, day and source — a second one for the same day and
 * source is 409 `duplicate_date`. Entries of other sources (imports) sit beside it; the day's total
 * is their sum.
 */
export const nutritionCreate = z
  .strictObject({
    date: logDate,
    kcal,
    proteinG: grams,
    fatG: grams,
    carbsG: grams,
    fiberG: grams.nullable().optional(),
    note: note.nullable().optional(),
    source: nutritionSource.default(MANUAL_SOURCE),
  })
  .meta({ id: "NutritionCreate" });
export type NutritionCreate = z.input<typeof nutritionCreate>;

/** `PUT /api/nutrition/:id`: any of the values; the source stays. */
export const nutritionUpdate = z
  .strictObject({
    date: logDate,
    kcal,
    proteinG: grams,
    fatG: grams,
    carbsG: grams,
    fiberG: grams.nullable(),
    note: note.nullable(),
  })
  .partial()
  .meta({ id: "NutritionUpdate" });
export type NutritionUpdate = z.infer<typeof nutritionUpdate>;

export const nutritionEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    kcal: z.number(),
    proteinG: z.number(),
    fatG: z.number(),
    carbsG: z.number(),
    fiberG: z.number().nullable(),
    note: z.string().nullable(),
    source: z.string(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "NutritionEntry" });
export type NutritionEntry = z.infer<typeof nutritionEntry>;

export const NUTRITION_LIST_MAX = 5000;
export const nutritionListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  source: nutritionSource.optional(),
  limit: z.coerce.number().int().min(1).max(NUTRITION_LIST_MAX).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NutritionListQuery = z.input<typeof nutritionListQuery>;
export const nutritionList = z.array(nutritionEntry);

/** Shares of the macro-derived energy (each 0–1, together 1; null when the macros hold no energy). */
export const macroSharesSchema = z
  .object({ protein: z.number(), fat: z.number(), carbs: z.number() })
  .meta({ id: "MacroShares" });
export type MacroShares = z.infer<typeof macroSharesSchema>;

/** `GET /api/nutrition/days`: at most this many days (five years and a leap day or two). */
export const NUTRITION_DAYS_MAX = 1830;
export const nutritionDaysQuery = z.strictObject({ from: isoDate.optional(), to: isoDate.optional() });
export type NutritionDaysQuery = z.infer<typeof nutritionDaysQuery>;

/** One day's total over all its sources. */
export const nutritionDay = z
  .object({
    date: isoDate,
    kcal: z.number(),
    proteinG: z.number(),
    fatG: z.number(),
    carbsG: z.number(),
    /** Null when no entry of the day has fiber. */
    fiberG: z.number().nullable(),
    /** The sources whose entries make the day, e.g. `["manual", "fddb"]`. */
    sources: z.array(z.string()),
    /** Energy from the macros: protein and carbohydrate 4 kcal/g, fat 9 kcal/g. */
    macroKcal: z.number(),
    shares: macroSharesSchema.nullable(),
    /** The stated kcal and the macro-derived kcal differ by more than 15 % of the stated kcal. */
    mismatch: z.boolean(),
    /** The weight that day, or the last logged before it; null with none logged yet. */
    weightKg: z.number().nullable(),
    proteinPerKg: z.number().nullable(),
  })
  .meta({ id: "NutritionDay" });
export type NutritionDay = z.infer<typeof nutritionDay>;

export const nutritionDays = z
  .object({ from: isoDate, to: isoDate, days: z.array(nutritionDay) })
  .meta({ id: "NutritionDays" });
export type NutritionDays = z.infer<typeof nutritionDays>;

/** How protein is targeted: grams a day, or grams per kilogram of body weight. */
export const proteinTargetUnits = ["g", "g_per_kg"] as const;
export const proteinTargetUnit = z.enum(proteinTargetUnits);
export type ProteinTargetUnit = z.infer<typeof proteinTargetUnit>;
export const PROTEIN_PER_KG_MAX = 5;

/** The daily targets as the profile keeps them (each null when not set). */
export const nutritionGoalFields = {
  kcalTarget: z.number().int("must be a whole number").min(500).max(10_000).nullable(),
  /** Grams, or grams per kg (at most 5) as `proteinTargetUnit` says. */
  proteinTarget: z.number().min(0).max(MACRO_MAX_G).nullable(),
  proteinTargetUnit,
  fatTargetG: z.number().min(0).max(MACRO_MAX_G).nullable(),
  carbsTargetG: z.number().min(0).max(MACRO_MAX_G).nullable(),
};

/** The day's targets in grams and kcal: protein per kg made grams with the latest weight. */
export const nutritionTargets = z
  .object({
    kcal: z.number().nullable(),
    proteinG: z.number().nullable(),
    fatG: z.number().nullable(),
    carbsG: z.number().nullable(),
    /** The protein target as set (grams, or grams per kg) and the weight used to make it grams. */
    protein: z
      .object({ value: z.number(), unit: proteinTargetUnit, weightKg: z.number().nullable() })
      .nullable(),
  })
  .meta({ id: "NutritionTargets" });
export type NutritionTargets = z.infer<typeof nutritionTargets>;

const totals = z.object({
  kcal: z.number(),
  proteinG: z.number(),
  fatG: z.number(),
  carbsG: z.number(),
  fiberG: z.number().nullable(),
});

/** `GET /api/nutrition/today`: the profile's today against its targets. */
export const nutritionToday = z
  .object({
    date: isoDate,
    /** The day's totals over all sources; zeros when nothing is logged. */
    totals,
    logged: z.boolean(),
    targets: nutritionTargets,
    /** Each total as a fraction of its target (1 = reached); null without a target. */
    progress: z.object({
      kcal: z.number().nullable(),
      proteinG: z.number().nullable(),
      fatG: z.number().nullable(),
      carbsG: z.number().nullable(),
    }),
  })
  .meta({ id: "NutritionToday" });
export type NutritionToday = z.infer<typeof nutritionToday>;

export const nutritionStatsWindows = [7, 28, 90] as const;
export const nutritionStatsQuery = z.strictObject({
  days: z.coerce
    .number()
    .int()
    .refine((d) => (nutritionStatsWindows as readonly number[]).includes(d), "must be 7, 28 or 90")
    .default(28),
});
export type NutritionStatsQuery = z.input<typeof nutritionStatsQuery>;

/** Days within ±10 % of a target, of the logged days. */
const adherence = z.object({ days: z.int(), of: z.int(), share: z.number() });

/** Fewer logged days of nutrition or of weight than this in the window: no energy-balance estimate. */
export const ENERGY_BALANCE_MIN_DAYS = 10;
/** The energy of one kilogram of body weight (the usual rule of thumb). */
export const KCAL_PER_KG = 7700;

export const nutritionStats = z
  .object({
    days: z.int(),
    from: isoDate,
    to: isoDate,
    /** Days with at least one entry in the window. */
    loggedDays: z.int(),
    /** Averages over the logged days; null with none. */
    average: totals.nullable(),
    /** Average protein over the average weight of the window (or the last weight before it). */
    proteinPerKg: z.number().nullable(),
    targets: nutritionTargets,
    adherence: z.object({
      kcal: adherence.nullable(),
      proteinG: adherence.nullable(),
      fatG: adherence.nullable(),
      carbsG: adherence.nullable(),
    }),
    /**
     * Maintenance the data implies: average intake minus the weight trend's energy (7,700 kcal per
     * kg). `maintenanceKcal` is null when fewer than 10 days of nutrition or of weight are logged.
     */
    energyBalance: z.object({
      nutritionDays: z.int(),
      weightDays: z.int(),
      avgIntakeKcal: z.number().nullable(),
      /** Least-squares slope of the window's weights, per week. */
      weightTrendKgPerWeek: z.number().nullable(),
      /** Energy stored (positive) or drawn (negative) per day by that trend. */
      balanceKcalPerDay: z.number().nullable(),
      maintenanceKcal: z.number().nullable(),
    }),
  })
  .meta({ id: "NutritionStats" });
export type NutritionStats = z.infer<typeof nutritionStats>;
