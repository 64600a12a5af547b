import type { BloodPressureClass } from "@mitai/shared";

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

export type RowResult =
  | { kind: "row"; row: BloodPressureImport }
  | { kind: "invalid"; reason: string }
  | { kind: "skip" }
  /** The table is over (a report appends further sections after it). */
  | { kind: "end" };

export type RowMapper = (cells: string[], ctx: { timeZone: string }) => RowResult;

/** One file format: recognizes its header and maps each following row. */
export type Importer = {
  format: string;
  label: string;
  /** The `source` every row it imports carries (part of the natural key). */
  source: string;
  match(header: string[]): RowMapper | null;
};
