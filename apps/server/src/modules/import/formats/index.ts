import { appleWorkoutsCsv } from "./apple-workouts.js";
import { garminFit } from "./fit/garmin-fit.js";
import { healthAutoExportCsv } from "./health-auto-export.js";
import { omronCsv } from "./omron.js";
import type { FileImporter, Importer } from "./types.js";

/**
 * Every format the import recognizes by its header, tried in this order on a file's first line. A
 * CSV none of them knows is offered for column mapping (formats/generic.ts).
 */
export const importers: readonly Importer[] = [omronCsv, healthAutoExportCsv, appleWorkoutsCsv];

/** Formats recognized by their first bytes and read whole (binary), before any CSV is tried. */
export const fileImporters: readonly FileImporter[] = [garminFit];

/** Any known format, by the name a job stores. */
export type AnyImporter = Importer | FileImporter;
export const knownFormats: readonly AnyImporter[] = [...importers, ...fileImporters];
