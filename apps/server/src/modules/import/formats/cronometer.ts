import { kjToKcal } from "@mitai/shared";
import { AppError } from "../../../errors.js";
import { isEmptyCell, normalizeHeader } from "./cells.js";
import { amount, diaryDay, diaryRow, type MacroColumns, macrosOf } from "./diary.js";
import type { Importer, RowMapper } from "./types.js";

/** The energy and macro columns both Cronometer exports share (energy in kcal, or kJ where set so). */
function nutrientColumns(names: readonly string[]) {
  const kcal = names.indexOf("energy (kcal)");
  const macros: MacroColumns = {
    protein: { index: names.indexOf("protein (g)"), name: "Protein" },
    fat: { index: names.indexOf("fat (g)"), name: "Fat" },
    carbs: { index: names.indexOf("carbs (g)"), name: "Carbs" },
    fiber: { index: names.indexOf("fiber (g)"), name: "Fiber" },
  };
  return { energy: kcal >= 0 ? kcal : names.indexOf("energy (kj)"), inKj: kcal < 0, macros };
}

/**
 * One row of either export: its day's energy and macros. A row with no energy and no macros (a day
 * nothing was logged on, which the daily summary lists with zeros) holds nothing to import.
 */
function nutrientMapper(names: readonly string[], dateColumn: number, noteColumn: number): RowMapper {
  const c = nutrientColumns(names);
  return (cells, _ctx, line = 0) => {
    if (cells.every((x) => isEmptyCell(x))) return { kind: "skip" };
    const raw = cells[dateColumn] ?? "";
    const date = diaryDay(raw);
    if (!date) return { kind: "invalid", reason: `date "${raw.trim()}" is not a date` };
    const energy = amount(cells, c.energy, "Energy", null);
    if (typeof energy === "string") return { kind: "invalid", reason: energy };
    const m = macrosOf(cells, c.macros);
    if (typeof m === "string") return { kind: "invalid", reason: m };
    if (!energy && !m.proteinG && !m.carbsG && !m.fatG) return { kind: "skip" };
    if (energy === null) return { kind: "invalid", reason: "Energy is missing" };
    const name = noteColumn < 0 ? "" : (cells[noteColumn] ?? "").trim();
    return diaryRow(date, line, c.inKj ? kjToKcal(energy) : energy, m, name === "" ? null : name);
  };
}

const hasEnergy = (names: readonly string[]) => nutrientColumns(names).energy >= 0;

/**
 * Cronometer daily summary (`dailysummary.csv`, shared/fixtures/FORMATS.md): one row per day,
 * `Date,Energy (kcal),…,Protein (g),…,Completed`, of which energy, protein, carbs, fat and fiber are
 * read. Days listed with nothing logged are passed over.
 */
export const cronometerDailyCsv: Importer = {
  format: "cronometer_daily_csv",
  label: "Cronometer daily summary (CSV)",
  source: "cronometer",
  match(header) {
    const names = header.map(normalizeHeader);
    if (names[0] !== "date" || !hasEnergy(names)) return null;
    return nutrientMapper(names, 0, -1);
  },
};

/** What a Cronometer export without nutrition holds, by the columns that give it away. */
function cronometerRefusal(names: readonly string[], header: readonly string[]): AppError {
  const has = (...cols: string[]) => cols.every((col) => names.includes(col));
  const what = has("metric", "unit", "amount")
    ? "biometrics (Metric, Unit, Amount)"
    : has("exercise")
      ? "exercises"
      : has("note")
        ? "notes"
        : `only ${header.filter((h) => h.trim() !== "").join(", ")}`;
  return new AppError(422, "unknown_format", `This Cronometer export holds ${what}, not nutrition`);
}

/**
 * Cronometer servings export (`servings.csv`): one row per food, `Day,Time,Group,Food Name,Amount,
 * Energy (kcal),…`, summed per day; the day's food names are its note. It carries the same source
 * as the daily summary on purpose: both exports of one account describe the same days, so
 * importing the second replaces (or matches) the first's days instead of counting them twice.
 * Cronometer's other exports (`Day,Time,Group,…` biometrics, exercises, notes) are refused here
 * with what they hold.
 */
export const cronometerServingsCsv: Importer = {
  format: "cronometer_servings_csv",
  label: "Cronometer servings (CSV)",
  source: "cronometer",
  match(header) {
    const names = header.map(normalizeHeader);
    if (names[0] !== "day" || !names.includes("group")) return null;
    const food = names.indexOf("food name");
    if (food < 0 || !hasEnergy(names)) throw cronometerRefusal(names, header);
    return nutrientMapper(names, 0, food);
  },
};
