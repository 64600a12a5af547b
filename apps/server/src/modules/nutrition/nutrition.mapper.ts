import type { NutritionEntry } from "@mitai/shared";
import type { NutritionRow } from "./nutrition.table.js";

export function toNutritionEntry(row: NutritionRow): NutritionEntry {
  return {
    id: row.id,
    date: row.date,
    kcal: row.kcal,
    proteinG: row.proteinG,
    fatG: row.fatG,
    carbsG: row.carbsG,
    fiberG: row.fiberG,
    note: row.note,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
