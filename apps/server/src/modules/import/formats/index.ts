import { omronCsv } from "./omron.js";
import type { Importer } from "./types.js";

/** Every format the import recognizes, tried in this order on a file's first line. */
export const importers: readonly Importer[] = [omronCsv];
