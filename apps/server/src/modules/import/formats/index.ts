import { healthAutoExportCsv } from "./health-auto-export.js";
import { omronCsv } from "./omron.js";
import type { Importer } from "./types.js";

/**
 * Every format the import recognizes by its header, tried in this order on a file's first line. A
 * CSV none of them knows is offered for column mapping (formats/generic.ts).
 */
export const importers: readonly Importer[] = [omronCsv, healthAutoExportCsv];
