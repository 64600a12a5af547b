import { AppError } from "../../../errors.js";
import { parseDay, parseDecimal } from "../reader/values.js";
import { normalizeHeader } from "./cells.js";
import { nutritionRecord } from "./records.js";
import type { NutritionImport, RowResult } from "./types.js";

/*
 * What the nutrition diaries (FDDB, MyFitnessPal, Cronometer) share: columns found by their
 * normalized names, amounts read without a schema parse per row, and a row made a day's record.
 */

/** The index of the first column with one of these normalized names, or -1. */
export function columnIndex(names: readonly string[], ...candidates: string[]): number {
  for (const c of candidates) {
    const i = names.indexOf(c);
    if (i >= 0) return i;
  }
  return -1;
}

/** A cell's amount: a number; `empty` for an empty cell; or why it is not one. */
export function amount(
  cells: readonly string[],
  index: number,
  name: string,
  empty: number | null,
): number | null | string {
  if (index < 0) return empty;
  const raw = cells[index] ?? "";
  const n = parseDecimal(raw);
  if (n === null) return empty;
  return Number.isNaN(n) ? `${name} "${raw.trim()}" is not a number` : n;
}

/** A diary's macro columns: each by its index (-1 when the file has none) and its name for errors. */
export type MacroColumns = Record<"protein" | "fat" | "carbs" | "fiber", { index: number; name: string }>;

export type Macros = Pick<NutritionImport, "proteinG" | "fatG" | "carbsG" | "fiberG">;

/** A row's macros, an empty cell being 0 g (fiber: unknown), or why one of them is no number. */
export function macrosOf(cells: readonly string[], c: MacroColumns): Macros | string {
  const protein = amount(cells, c.protein.index, c.protein.name, 0);
  if (typeof protein === "string") return protein;
  const fat = amount(cells, c.fat.index, c.fat.name, 0);
  if (typeof fat === "string") return fat;
  const carbs = amount(cells, c.carbs.index, c.carbs.name, 0);
  if (typeof carbs === "string") return carbs;
  const fiber = amount(cells, c.fiber.index, c.fiber.name, null);
  if (typeof fiber === "string") return fiber;
  return { proteinG: protein ?? 0, fatG: fat ?? 0, carbsG: carbs ?? 0, fiberG: fiber };
}

/** The row's day: the date cell as written, a time after it ignored (`12.06.2026 23:44`). */
export function diaryDay(raw: string | undefined): string | null {
  const s = (raw ?? "").trim();
  const space = s.indexOf(" ");
  return parseDay(space < 0 ? s : s.slice(0, space)) ?? parseDay(s);
}

/** A diary row as a record of its day, or the row refused for a negative value. */
export function diaryRow(
  date: string,
  line: number,
  kcal: number,
  m: Macros,
  note: string | null,
): RowResult {
  const built = nutritionRecord(date, line, {
    kcal,
    proteinG: m.proteinG,
    fatG: m.fatG,
    carbsG: m.carbsG,
    fiberG: m.fiberG,
    note,
  });
  return "reason" in built
    ? { kind: "invalid", reason: built.reason }
    : { kind: "row", records: [built.record] };
}

/** Whether a column's name speaks of energy or a macronutrient, in English or German. */
const NUTRITION_NAME = /calor|kcal|\bkj|energ|protein|eiwei|fat\b|fett|carb|kohlenhydrat|\bkh(_|\b)/;

/** Whether any column of the header could hold nutrition (then a mapping may still make sense). */
export const hasNutritionColumn = (names: readonly string[]) => names.some((n) => NUTRITION_NAME.test(n));

/** A file that looks like a diary but holds no nutrition: said (with what it has), not guessed on. */
export function notNutrition(message: string, header: readonly string[]): AppError {
  const named = header.filter((h) => normalizeHeader(h) !== "");
  const found = named.slice(0, 6).join(", ");
  return new AppError(422, "unknown_format", `${message} (it has: ${found}${named.length > 6 ? ", …" : ""})`);
}
