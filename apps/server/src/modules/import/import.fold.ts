import type { ImportKind } from "@mitai/shared";
import type { ImportRows } from "./formats/types.js";
import { targets } from "./targets/index.js";

/**
 * The rows of the kinds a file holds summed per key (a diary's foods per day), folded over the whole
 * file: one row per key in memory, never one per file row. They are counted and stored after the
 * file's last batch, since a day's rows may stand anywhere in the file.
 */
export type Folded = { [K in ImportKind]: Map<number, ImportRows[K]> };

/** As many folded rows as go through one round of counting or storing (a batch's worth). */
const FOLDED_CHUNK = 5000;

export const newFolded = (): Folded => ({
  blood_pressure: new Map(),
  vitals: new Map(),
  sleep: new Map(),
  activity: new Map(),
  nutrition: new Map(),
});

/**
 * Adds a batch's rows of one kind into `folded` when the kind's target sums them (`combine`); false
 * for a kind whose rows are counted and stored batch by batch.
 */
export function foldRows<K extends ImportKind>(folded: Folded, kind: K, rows: ImportRows[K][]): boolean {
  const target = targets[kind];
  const combine = target.combine;
  if (!combine) return false;
  const byKey: Map<number, ImportRows[K]> = folded[kind];
  for (const row of rows) {
    const key = target.key(row);
    const into = byKey.get(key);
    if (into === undefined) byKey.set(key, row);
    else {
      const sum = combine(into, row);
      if (sum !== into) byKey.set(key, sum);
    }
  }
  return true;
}

/** The kind's folded rows in chunks, in the order their keys first came in the file; then forgotten. */
export function* foldedChunks<K extends ImportKind>(folded: Folded, kind: K): Generator<ImportRows[K][]> {
  const byKey: Map<number, ImportRows[K]> = folded[kind];
  const rows = [...byKey.values()];
  byKey.clear();
  for (let i = 0; i < rows.length; i += FOLDED_CHUNK) yield rows.slice(i, i + FOLDED_CHUNK);
}
