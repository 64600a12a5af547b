import type { BloodPressureClass, ImportKind } from "@mitai/shared";
import type { ImportErrorRow } from "../import.table.js";

/** A blood-pressure reading as an importer read it, ready to be stored. */
export type BloodPressureImport = {
  measuredAt: Date;
  date: string;
  systolic: number;
  diastolic: number;
  pulse: number | null;
  irregularHeartbeat: boolean;
  note: string | null;
  classification: BloodPressureClass;
};

/** A day's morning vitals as an importer read them; at least one value is set. */
export type VitalsImport = {
  date: string;
  restingHr: number | null;
  hrv: number | null;
  vo2Max: number | null;
  spo2: number | null;
  respiratoryRate: number | null;
  note: string | null;
};

/** A night as an importer read it; a source with durations only leaves the clock null. */
export type SleepImport = {
  date: string;
  bedtime: Date | null;
  wakeTime: Date | null;
  durationMin: number;
  quality: number | null;
  deepMin: number | null;
  remMin: number | null;
  lightMin: number | null;
  awakeMin: number | null;
  note: string | null;
};

/** A training session as an importer read it; its natural key is its start instant. */
export type ActivityImport = {
  startedAt: Date;
  date: string;
  startTime: string | null;
  name: string;
  /**
   * The names whose mapping gives the session's type, best first (a FIT "Cycling / Commuting"
   * falls back to "Cycling"), as `activityNameKey` makes them.
   */
  typeKeys: string[];
  /** Resolved per batch through the learned mappings (`Target.prepare`); null until then or unmapped. */
  trainingTypeId: string | null;
  durationMin: number;
  kcalActive: number | null;
  hrAvg: number | null;
  hrMax: number | null;
  distanceKm: number | null;
};

/**
 * A day's nutrition as an importer read it: one diary row (a food, a meal, a day), summed with the
 * file's other rows of that day before it is counted or stored (`Target.combine`).
 */
export type NutritionImport = {
  date: string;
  kcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
  fiberG: number | null;
  /** How many file rows the day sums (1 as read). */
  items: number;
  /** What the day held, as the file names it (foods, meals), or the row's own note; null for none. */
  note: string | null;
  /** The file line of the day's first row: where a day whose sum cannot be stored is reported. */
  line: number;
};

/** What each kind of imported row looks like. */
export type ImportRows = {
  blood_pressure: BloodPressureImport;
  vitals: VitalsImport;
  sleep: SleepImport;
  activity: ActivityImport;
  nutrition: NutritionImport;
};

/** One thing a file row yields; a row of a daily health export may yield several of different kinds. */
export type ImportRecord = { [K in ImportKind]: { kind: K; row: ImportRows[K] } }[ImportKind];

export type RowResult =
  /** What the row holds, and what in it could not be read (the rest is still imported). */
  | { kind: "row"; records: ImportRecord[]; problem?: string }
  | { kind: "invalid"; reason: string }
  | { kind: "skip" }
  /** The table is over (a report appends further sections after it). */
  | { kind: "end" };

export type RowContext = { timeZone: string };
/**
 * Maps one file row; `line` is its line in the file (1 = the header), for records that keep it
 * (the pipeline always passes it; a caller timing the mapper alone may not).
 */
export type RowMapper = (cells: string[], ctx: RowContext, line?: number) => RowResult;

/** One file format: recognizes its header and maps each following row. */
export type Importer = {
  format: string;
  label: string;
  /** The `source` every row it imports carries (part of the natural key). */
  source: string;
  /**
   * The mapper for a file with this header, or null when the header is not this format's. May
   * throw an AppError when the header is this format's but holds nothing that can be imported.
   */
  match(header: string[]): RowMapper | null;
};

/** Records of one stretch of the file; `rows` counts the file rows (or sessions) they came from. */
export type Batch = { records: ImportRecord[]; errors: ImportErrorRow[]; rows: number };

/**
 * A format recognized by its first bytes and read whole, not row by row (a binary FIT file): it
 * yields the same batches of records as a CSV, so analysis and commit treat both alike.
 */
export type FileImporter = {
  format: string;
  label: string;
  source: string;
  /** Whether the file's first bytes are this format's. */
  recognizes(head: Uint8Array): boolean;
  /** The file's records; throws an AppError saying why a file of this format cannot be imported. */
  read(
    filePath: string,
    ctx: RowContext & { signal: AbortSignal; onBytes?: (bytes: number) => void },
  ): AsyncGenerator<Batch>;
};
