import { z } from "zod";
import { isoDate, logDate } from "./dates.js";
import { note } from "./weight.js";

/*
 * Training: the types a session can have (built in, admin-editable), the sessions themselves, the
 * learned name → type mappings, rest days, and the evaluation of a period.
 */

export const trainingCategories = [
  "cardio",
  "strength",
  "martial_arts",
  "mobility",
  "mind_body",
  "sports",
  "everyday",
] as const;
export const trainingCategory = z.enum(trainingCategories);
export type TrainingCategory = z.infer<typeof trainingCategory>;

/** The five abilities a type trains, each weighted 0–3 in its ability profile. */
export const abilities = ["endurance", "strength", "mobility", "coordination", "mind"] as const;
export type Ability = (typeof abilities)[number];

/** The lucide icons a training type may show (the web app holds one component per name). */
export const trainingIcons = [
  "activity",
  "bike",
  "dumbbell",
  "footprints",
  "flame",
  "heart-pulse",
  "mountain",
  "mountain-snow",
  "person-standing",
  "shield",
  "swords",
  "hand",
  "sailboat",
  "waves",
  "wind",
  "timer",
  "trophy",
  "volleyball",
  "zap",
  "brain",
  "leaf",
  "sparkles",
  "move",
  "snowflake",
  "target",
  "repeat",
  "circle-dot",
  "flower",
] as const;
export const trainingIcon = z.enum(trainingIcons);
export type TrainingIcon = z.infer<typeof trainingIcon>;

const weight = z
  .int({ error: "must be a whole number 0–3" })
  .min(0, "must be 0 to 3")
  .max(3, "must be 0 to 3");
export const abilityProfile = z.strictObject({
  endurance: weight,
  strength: weight,
  mobility: weight,
  coordination: weight,
  mind: weight,
});
export type AbilityProfile = z.infer<typeof abilityProfile>;

const typeName = z.string().trim().min(1, "must not be empty").max(60, "must be at most 60 characters");

export const trainingTypeCreate = z
  .strictObject({
    key: z
      .string()
      .regex(
        /^[a-z][a-z0-9_]{1,39}$/,
        "must be 2–40 lower-case letters, digits or _, starting with a letter",
      ),
    nameDe: typeName,
    nameEn: typeName,
    icon: trainingIcon,
    category: trainingCategory,
    abilities: abilityProfile,
  })
  .meta({ id: "TrainingTypeCreate" });
export type TrainingTypeCreate = z.infer<typeof trainingTypeCreate>;

/** An admin's change; the key stays. `active: false` hides a type from pickers (a used type cannot be deleted). */
export const trainingTypeUpdate = z
  .strictObject({
    nameDe: typeName,
    nameEn: typeName,
    icon: trainingIcon,
    category: trainingCategory,
    abilities: abilityProfile,
    active: z.boolean(),
  })
  .partial()
  .meta({ id: "TrainingTypeUpdate" });
export type TrainingTypeUpdate = z.infer<typeof trainingTypeUpdate>;

export const trainingType = z
  .object({
    id: z.uuid(),
    key: z.string(),
    nameDe: z.string(),
    nameEn: z.string(),
    icon: trainingIcon,
    category: trainingCategory,
    abilities: abilityProfile,
    builtIn: z.boolean(),
    active: z.boolean(),
    sortOrder: z.int(),
  })
  .meta({ id: "TrainingType" });
export type TrainingType = z.infer<typeof trainingType>;

/** What an activity shows of its type. */
export const trainingTypeRef = trainingType.pick({
  id: true,
  key: true,
  nameDe: true,
  nameEn: true,
  icon: true,
  category: true,
});
export type TrainingTypeRef = z.infer<typeof trainingTypeRef>;

/* Activities */

export const ACTIVITY_NAME_MAX = 120;
const activityName = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(ACTIVITY_NAME_MAX, `must be at most ${ACTIVITY_NAME_MAX} characters`);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a time as HH:MM");
const bpm = z
  .int({ error: "must be a whole number" })
  .min(25, "must be at least 25")
  .max(250, "must be at most 250");

const activityFields = {
  date: logDate,
  startTime: clock.nullable().optional(),
  name: activityName,
  trainingTypeId: z.uuid().nullable().optional(),
  durationMin: z
    .number({ error: "must be a number of minutes" })
    .min(1, "must be at least 1 minute")
    .max(1440, "must be at most 1440 minutes"),
  kcalActive: z
    .number()
    .min(0, "must not be negative")
    .max(20_000, "must be at most 20000")
    .nullable()
    .optional(),
  hrAvg: bpm.nullable().optional(),
  hrMax: bpm.nullable().optional(),
  distanceKm: z
    .number()
    .min(0, "must not be negative")
    .max(1000, "must be at most 1000 km")
    .nullable()
    .optional(),
  rpe: z
    .int({ error: "must be a whole number 1–10" })
    .min(1, "must be 1 to 10")
    .max(10, "must be 1 to 10")
    .nullable()
    .optional(),
  notes: note.nullable().optional(),
};

/** Maximum heart rate at least the average: checked on whole sessions (create, and an update merged with what is stored). */
export function hrMaxNotBelowAvg(a: { hrAvg?: number | null; hrMax?: number | null }): boolean {
  return a.hrAvg == null || a.hrMax == null || a.hrMax >= a.hrAvg;
}
const HR_MAX_RULE = { error: "must not be below the average heart rate", path: ["hrMax"] };

export const activityCreate = z
  .strictObject(activityFields)
  .refine(hrMaxNotBelowAvg, HR_MAX_RULE)
  .meta({ id: "ActivityCreate" });
export type ActivityCreate = z.infer<typeof activityCreate>;

export const activityUpdate = z
  .strictObject(activityFields)
  .partial()
  .refine(hrMaxNotBelowAvg, HR_MAX_RULE)
  .meta({ id: "ActivityUpdate" });
export type ActivityUpdate = z.infer<typeof activityUpdate>;

export const activityEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    startTime: z.string().nullable(),
    name: z.string(),
    trainingTypeId: z.uuid().nullable(),
    trainingType: trainingTypeRef.nullable(),
    durationMin: z.number(),
    kcalActive: z.number().nullable(),
    hrAvg: z.int().nullable(),
    hrMax: z.int().nullable(),
    distanceKm: z.number().nullable(),
    rpe: z.int().nullable(),
    /** Session load (Foster): duration × RPE; null without an RPE. */
    load: z.number().nullable(),
    notes: z.string().nullable(),
    source: z.string(),
    externalId: z.string().nullable(),
    /** The day is a rest day whose dimensions this session's category breaks (see `restDayConflict`). */
    conflictsWithRestDay: z.boolean(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ActivityEntry" });
export type ActivityEntry = z.infer<typeof activityEntry>;

export const activityListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  trainingTypeId: z.uuid().optional(),
  category: trainingCategory.optional(),
  /** Only sessions without a training type. */
  uncategorized: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ActivityListQuery = z.infer<typeof activityListQuery>;

/** A name that sessions without a type carry, and how many carry it. */
export const uncategorizedName = z
  .object({ name: z.string(), count: z.int(), lastDate: isoDate })
  .meta({ id: "UncategorizedName" });
export type UncategorizedName = z.infer<typeof uncategorizedName>;

export const categorizeRequest = z
  .strictObject({ name: activityName, trainingTypeId: z.uuid() })
  .meta({ id: "CategorizeRequest" });
export type CategorizeRequest = z.infer<typeof categorizeRequest>;

export const categorizeResult = z
  .object({ updated: z.int(), mapping: z.lazy(() => activityMapping) })
  .meta({ id: "CategorizeResult" });
export type CategorizeResult = z.infer<typeof categorizeResult>;

/**
 * An activity name as mappings compare it: trimmed, inner whitespace collapsed, lower-cased
 * (locale-independent), so "Outdoor  Run " and "outdoor run" are one name.
 */
export function activityNameKey(name: string): string {
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}

/* Learned mappings: a profile's own, or global (admin) where a profile has none. */

export const activityMappingScopes = ["profile", "global"] as const;
export const activityMapping = z
  .object({
    id: z.uuid(),
    /** The name as first seen (display); matching uses `activityNameKey`. */
    name: z.string(),
    trainingTypeId: z.uuid(),
    trainingType: trainingTypeRef,
    scope: z.enum(activityMappingScopes),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "ActivityMapping" });
export type ActivityMapping = z.infer<typeof activityMapping>;

export const activityMappingCreate = z
  .strictObject({ name: activityName, trainingTypeId: z.uuid() })
  .meta({ id: "ActivityMappingCreate" });
export type ActivityMappingCreate = z.infer<typeof activityMappingCreate>;

export const activityMappingUpdate = z
  .strictObject({ trainingTypeId: z.uuid() })
  .meta({ id: "ActivityMappingUpdate" });
export type ActivityMappingUpdate = z.infer<typeof activityMappingUpdate>;

/* Rest days */

export const restDimensions = ["strength", "cardio", "relaxation"] as const;
export const restDimension = z.enum(restDimensions);
export type RestDimension = z.infer<typeof restDimension>;

export const restPresets = ["strength_rest", "cardio_rest", "full_rest", "custom"] as const;
export const restPreset = z.enum(restPresets);
export type RestPreset = z.infer<typeof restPreset>;

/** The dimensions each preset rests (custom: as chosen). */
export const restPresetDimensions: Record<Exclude<RestPreset, "custom">, readonly RestDimension[]> = {
  strength_rest: ["strength"],
  cardio_rest: ["cardio"],
  full_rest: ["strength", "cardio", "relaxation"],
};

const dimensionList = z
  .array(restDimension)
  .min(1, "must rest in at least one dimension")
  .max(3)
  .refine((d) => new Set(d).size === d.length, { error: "must not name a dimension twice" });

/** A preset's dimensions may be left out; given, they must be the preset's. */
function presetFits(r: { preset?: RestPreset; dimensions?: readonly RestDimension[] }): boolean {
  if (!r.preset || r.preset === "custom" || !r.dimensions) return true;
  const wanted = restPresetDimensions[r.preset];
  return r.dimensions.length === wanted.length && wanted.every((d) => r.dimensions?.includes(d));
}
const PRESET_RULE = {
  error: "must be the preset's dimensions, or choose the custom preset",
  path: ["dimensions"],
};

export const restDayCreate = z
  .strictObject({
    date: logDate,
    preset: restPreset,
    dimensions: dimensionList.optional(),
    note: note.nullable().optional(),
  })
  .refine((r) => r.preset !== "custom" || r.dimensions !== undefined, {
    error: "must be given for a custom rest day",
    path: ["dimensions"],
  })
  .refine(presetFits, PRESET_RULE)
  .meta({ id: "RestDayCreate" });
export type RestDayCreate = z.infer<typeof restDayCreate>;

export const restDayUpdate = z
  .strictObject({
    date: logDate,
    preset: restPreset,
    dimensions: dimensionList,
    note: note.nullable(),
  })
  .partial()
  .refine(presetFits, PRESET_RULE)
  .meta({ id: "RestDayUpdate" });
export type RestDayUpdate = z.infer<typeof restDayUpdate>;

export const restDayEntry = z
  .object({
    id: z.uuid(),
    date: isoDate,
    preset: restPreset,
    dimensions: z.array(restDimension),
    note: z.string().nullable(),
    /** The day's sessions whose category breaks this rest day (see `restDayConflict`). */
    conflicts: z.array(z.object({ id: z.uuid(), name: z.string() })),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "RestDayEntry" });
export type RestDayEntry = z.infer<typeof restDayEntry>;

export const restDayListQuery = z.strictObject({
  from: isoDate.optional(),
  to: isoDate.optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(500),
});
export type RestDayListQuery = z.infer<typeof restDayListQuery>;

/* Evaluation of a period */

export const evaluationQuery = z.strictObject({
  /** First and last day of the period (default: the 28 days up to the profile's today). */
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type EvaluationQuery = z.infer<typeof evaluationQuery>;

const volume = {
  sessions: z.int(),
  minutes: z.number(),
  avgDurationMin: z.number(),
  /** Averaged over the sessions that have one; null when none has. */
  avgHr: z.number().nullable(),
  kcal: z.number(),
  distanceKm: z.number(),
  /** Sum of session loads (duration × RPE) of the sessions that have an RPE. */
  load: z.number(),
};

export const evaluation = z
  .object({
    from: isoDate,
    to: isoDate,
    totals: z.object(volume),
    byType: z.array(
      z.object({
        /** Null: the sessions without a type. */
        trainingType: trainingTypeRef.nullable(),
        ...volume,
      }),
    ),
    byCategory: z.array(z.object({ category: trainingCategory.nullable(), ...volume })),
    /** Monday-based weeks touching the period: minutes per category (`uncategorized` for none) and load. */
    weeks: z.array(
      z.object({
        weekStart: isoDate,
        minutes: z.record(z.string(), z.number()),
        load: z.number(),
      }),
    ),
    /** Per day of the period: 7-day load (acute), 28-day load / 4 (chronic, a weekly average), their ratio. */
    loadTrend: z.array(
      z.object({ date: isoDate, acute: z.number(), chronic: z.number(), acwr: z.number().nullable() }),
    ),
    /** At the period's last day. */
    acwr: z.object({ acute: z.number(), chronic: z.number(), ratio: z.number().nullable() }),
    /** Minutes weighted by each type's ability profile, and each ability's share of their sum (0–1). */
    abilityBalance: z.object({
      minutes: z.record(z.enum(abilities), z.number()),
      share: z.record(z.enum(abilities), z.number()),
    }),
  })
  .meta({ id: "Evaluation" });
export type Evaluation = z.infer<typeof evaluation>;
