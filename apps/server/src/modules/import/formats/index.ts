import { appleWorkoutsCsv } from "./apple-workouts.js";
import { cronometerDailyCsv, cronometerServingsCsv } from "./cronometer.js";
import { fddbCsv } from "./fddb.js";
import { garminFit } from "./fit/garmin-fit.js";
import { healthAutoExportCsv } from "./health-auto-export.js";
import { myFitnessPalCsv } from "./myfitnesspal.js";
import { omronCsv } from "./omron.js";
import type { FileImporter, Importer } from "./types.js";

/**
 * Every format the import recognizes by its header, tried in this order on a file's first line. A
 * CSV none of them knows is offered for column mapping (formats/generic.ts). The nutrition diaries
 * come before Health Auto Export: their headers are narrow (FDDB's own names; a `Meal` column; a
 * first column `Date` with `Energy (kcal)`; `Day`, `Group`, `Food Name`), while Health Auto Export
 * would read `Protein (g)` under a first column `Date` as its own dietary column.
 */
export const importers: readonly Importer[] = [
  omronCsv,
  fddbCsv,
  myFitnessPalCsv,
  cronometerDailyCsv,
  cronometerServingsCsv,
  healthAutoExportCsv,
  appleWorkoutsCsv,
];

/** Formats recognized by their first bytes and read whole (binary), before any CSV is tried. */
export const fileImporters: readonly FileImporter[] = [garminFit];

/** Any known format, by the name a job stores. */
export type AnyImporter = Importer | FileImporter;
export const knownFormats: readonly AnyImporter[] = [...importers, ...fileImporters];
