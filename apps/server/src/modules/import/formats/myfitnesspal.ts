import { isEmptyCell, normalizeHeader } from "./cells.js";
import {
  amount,
  columnIndex,
  diaryDay,
  diaryRow,
  hasNutritionColumn,
  type MacroColumns,
  macrosOf,
  notNutrition,
} from "./diary.js";
import type { Importer, RowMapper } from "./types.js";

/**
 * MyFitnessPal nutrition summary (shared/fixtures/FORMATS.md): one row per meal, `Date,Meal,Time,
 * Calories,Fat (g),…,Carbohydrates (g),Fiber,Sugar,Protein (g),…,Note` (older files lack `Time`),
 * summed per day. The day's note names its meals, each with its own note where it has one.
 */
export const myFitnessPalCsv: Importer = {
  format: "myfitnesspal_csv",
  label: "MyFitnessPal nutrition summary (CSV)",
  source: "myfitnesspal",
  match(header) {
    const names = header.map(normalizeHeader);
    const c = {
      date: names.indexOf("date"),
      meal: names.indexOf("meal"),
      kcal: columnIndex(names, "calories", "calories (kcal)"),
      note: columnIndex(names, "note", "notes"),
    };
    const macros: MacroColumns = {
      protein: { index: columnIndex(names, "protein (g)", "protein"), name: "Protein" },
      fat: { index: columnIndex(names, "fat (g)", "fat"), name: "Fat" },
      carbs: { index: columnIndex(names, "carbohydrates (g)", "carbohydrates"), name: "Carbohydrates" },
      fiber: { index: columnIndex(names, "fiber", "fiber (g)"), name: "Fiber" },
    };
    if (c.date < 0 || c.meal < 0) return null;
    if (c.kcal < 0) {
      // Energy under another name: the user's own diary, for the column mapping.
      if (hasNutritionColumn(names)) return null;
      throw notNutrition(
        "This meal diary holds no nutrition columns (Calories, Fat, Carbohydrates, Protein)",
        header,
      );
    }
    const mapper: RowMapper = (cells, _ctx, line = 0) => {
      if (cells.every((x) => isEmptyCell(x))) return { kind: "skip" };
      const raw = cells[c.date] ?? "";
      const date = diaryDay(raw);
      if (!date) return { kind: "invalid", reason: `date "${raw.trim()}" is not a date` };
      const kcal = amount(cells, c.kcal, "Calories", null);
      if (kcal === null) return { kind: "invalid", reason: "Calories is missing" };
      if (typeof kcal === "string") return { kind: "invalid", reason: kcal };
      const m = macrosOf(cells, macros);
      if (typeof m === "string") return { kind: "invalid", reason: m };
      const meal = (cells[c.meal] ?? "").trim();
      const own = c.note < 0 ? "" : (cells[c.note] ?? "").trim();
      const note = [meal, own].filter((x) => x !== "").join(": ");
      return diaryRow(date, line, kcal, m, note === "" ? null : note);
    };
    return mapper;
  },
};
