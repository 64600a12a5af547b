import type { WeightEntry } from "@mitai/shared";
import type { WeightRow } from "./weight.table.js";

export function toWeightEntry(row: WeightRow): WeightEntry {
  return {
    id: row.id,
    date: row.date,
    weight: row.weight,
    note: row.note,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
