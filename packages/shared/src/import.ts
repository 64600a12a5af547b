import { z } from "zod";

export const importStatuses = ["analyzing", "ready", "committing", "done", "failed", "cancelled"] as const;
export const importStatus = z.enum(importStatuses);
export type ImportStatus = z.infer<typeof importStatus>;

const cellValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/**
 * What an imported row becomes: a blood-pressure reading, a day's morning vitals, a night, a
 * training session, a day's nutrition (a diary's rows summed per day).
 */
export const importKinds = ["blood_pressure", "vitals", "sleep", "activity", "nutrition"] as const;
export const importKind = z.enum(importKinds);
export type ImportKind = z.infer<typeof importKind>;

/** The kinds a generic CSV's columns can be mapped to (sessions come from known exports only). */
export const mappableKinds = [
  "blood_pressure",
  "vitals",
  "sleep",
  "nutrition",
] as const satisfies readonly ImportKind[];
export const mappableKind = z.enum(mappableKinds);
export type MappableKind = z.infer<typeof mappableKind>;

/**
 * The fields a generic CSV's columns can be mapped to, per kind: the required ones first. Sleep
 * needs bedtime and wake time (a date and time each, or a clock time with `date` as the wake-up day);
 * its phase fields are minutes. Nutrition rows are summed per day (a diary has one row per food).
 */
export const mappingFields = {
  blood_pressure: {
    required: ["date", "systolic", "diastolic"],
    optional: ["time", "pulse", "irregularHeartbeat", "note"],
  },
  vitals: {
    required: ["date"],
    optional: ["restingHr", "hrv", "vo2Max", "spo2", "respiratoryRate", "note"],
  },
  sleep: {
    required: ["bedtime", "wakeTime"],
    optional: ["date", "quality", "deepMin", "remMin", "lightMin", "awakeMin", "note"],
  },
  nutrition: {
    required: ["date", "kcal"],
    optional: ["proteinG", "fatG", "carbsG", "fiberG", "note"],
  },
} as const satisfies Record<MappableKind, { required: readonly string[]; optional: readonly string[] }>;
export type MappingField = {
  [K in MappableKind]: (typeof mappingFields)[K]["required" | "optional"][number];
}[MappableKind];

/** Day and month order of dates written with slashes (`03/04/2025`); dotted dates are always day first. */
export const dateOrders = ["mdy", "dmy"] as const;

/** The user's mapping of a generic CSV: for each field the header of the column that holds it. */
export const columnMapping = z
  .strictObject({
    kind: mappableKind,
    fields: z.record(z.string().min(1).max(60), z.string().max(200)),
    dateOrder: z.enum(dateOrders).default("mdy"),
  })
  .meta({ id: "ColumnMapping" });
export type ColumnMapping = z.infer<typeof columnMapping>;

export const importMappingInput = columnMapping
  .extend({
    /** Keep the mapping for the next file with the same headers (default). */
    remember: z.boolean().default(true),
  })
  .meta({ id: "ImportMappingInput" });
export type ImportMappingInput = z.input<typeof importMappingInput>;

/** A remembered mapping: applied at once to the next file whose headers are these. */
export const savedMapping = z
  .object({
    id: z.uuid(),
    headers: z.array(z.string()),
    kind: mappableKind,
    fields: z.record(z.string(), z.string()),
    dateOrder: z.enum(dateOrders),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "SavedMapping" });
export type SavedMapping = z.infer<typeof savedMapping>;

export const importJob = z
  .object({
    id: z.uuid(),
    status: importStatus,
    /** The detected (or requested) format, e.g. `omron_csv`; null until known. */
    format: z.string().nullable(),
    formatLabel: z.string().nullable(),
    fileName: z.string(),
    progress: z.object({ bytesRead: z.number(), totalBytes: z.number(), rows: z.int() }),
    /** Rows that will be added, rows already there (or twice in the file), rows that cannot be read. */
    counts: z.object({ new: z.int(), duplicate: z.int(), invalid: z.int() }),
    /** The same counts per kind of row (one file may hold vitals, readings and nights). */
    kinds: z.array(z.object({ kind: importKind, new: z.int(), duplicate: z.int() })),
    /**
     * The first rows of each kind as they will be stored; each names its `kind`. A session
     * (`activity`) has date, startTime, name, trainingTypeId (as the mappings resolve it),
     * durationMin, kcalActive, hrAvg, hrMax, distanceKm. A day's nutrition (`nutrition`) is the
     * file's rows of that day summed: date, kcal, proteinG, fatG, carbsG, fiberG, items (rows summed),
     * note.
     */
    preview: z.array(z.record(z.string(), cellValue)),
    /**
     * A generic CSV: its headers, its first rows as read, and the mapping in use — null until the
     * user maps the columns (`needsMapping`), then the job is analysed again.
     */
    generic: z
      .object({
        headers: z.array(z.string()),
        sample: z.array(z.array(z.string())),
        mapping: columnMapping.nullable(),
      })
      .nullable(),
    needsMapping: z.boolean(),
    /** The first 100 rows that could not be read, with the file's line number. */
    errors: z.array(z.object({ row: z.int(), reason: z.string() })),
    /** Why the job failed, when it did. */
    error: z.string().nullable(),
    createdAt: z.iso.datetime({ offset: true }),
    finishedAt: z.iso.datetime({ offset: true }).nullable(),
  })
  .meta({ id: "ImportJob" });
export type ImportJob = z.infer<typeof importJob>;

export const importCreated = z.object({ id: z.uuid() }).meta({ id: "ImportCreated" });
