import { kjToKcal } from "@mitai/shared";
import { isEmptyCell, normalizeHeader, repairDoubleEncoding } from "./cells.js";
import { amount, diaryDay, diaryRow, type MacroColumns, macrosOf, notNutrition } from "./diary.js";
import type { Importer, RowMapper } from "./types.js";

/** The diary table's first column: the day and time of the entry (`12.06.2026 23:44`). */
const DATE_COLUMN = "datum_tag_monat_jahr_stunde_minute";

/**
 * A diary table's mapper for its header row. Energy is in kJ only: each row's kJ are made kcal
 * (÷ 4.184) as it is read and the day sums them, which gives the day's whole kcal as converting the
 * day's kJ once would. `kj_aktivitaeten` is energy spent in activities, not eaten: not read.
 */
function diaryMapper(header: readonly string[]): RowMapper {
  const names = header.map(normalizeHeader);
  const c = {
    date: names.indexOf(DATE_COLUMN),
    name: names.indexOf("bezeichnung"),
    kj: names.indexOf("kj"),
  };
  const macros: MacroColumns = {
    protein: { index: names.indexOf("protein_g"), name: "protein_g" },
    fat: { index: names.indexOf("fett_g"), name: "fett_g" },
    carbs: { index: names.indexOf("kh_g"), name: "kh_g" },
    fiber: { index: -1, name: "" },
  };
  if (c.kj < 0)
    throw notNutrition("This FDDB diary has no energy column (kj), so no nutrition to import", header);
  return (cells, _ctx, line = 0) => {
    const raw = cells[c.date] ?? "";
    if (isEmptyCell(raw) && cells.every((x) => isEmptyCell(x))) return { kind: "skip" };
    const date = diaryDay(raw);
    if (!date) return { kind: "invalid", reason: `date "${raw.trim()}" is not a date` };
    const kj = amount(cells, c.kj, "kj", null);
    if (kj === null) return { kind: "invalid", reason: "kj is missing" };
    if (typeof kj === "string") return { kind: "invalid", reason: kj };
    const m = macrosOf(cells, macros);
    if (typeof m === "string") return { kind: "invalid", reason: m };
    const name = (cells[c.name] ?? "").trim();
    return diaryRow(date, line, kjToKcal(kj), m, name === "" ? null : repairDoubleEncoding(name));
  };
}

/** A line of the account export that opens a section: one word and nothing else (`diary;`). */
const isSectionMarker = (cells: readonly string[]) =>
  /^[a-z_]+$/.test(normalizeHeader(cells[0] ?? "")) && cells.slice(1).every((x) => x.trim() === "");

/**
 * The full account export: sections opened by marker lines (`profile;`, `diary;`, …). Everything
 * before the diary table's header is passed over; the next section marker after it ends the table.
 */
function accountExportMapper(): RowMapper {
  let diary: RowMapper | null = null;
  return (cells, ctx, line) => {
    if (!diary) {
      if (normalizeHeader(cells[0] ?? "") === DATE_COLUMN) diary = diaryMapper(cells);
      return { kind: "skip" };
    }
    if (isSectionMarker(cells)) return { kind: "end" };
    return diary(cells, ctx, line);
  };
}

/**
 * FDDB diary CSV (shared/fixtures/FORMATS.md "FDDB"): `;`, every field quoted, decimal comma, a
 * trailing `;`, one row per diary entry, summed per day. Names whose UTF-8 was encoded twice
 * (`Ã¼`) are repaired; the day's names are its note.
 */
export const fddbCsv: Importer = {
  format: "fddb_csv",
  label: "FDDB diary (CSV)",
  source: "fddb",
  match(header) {
    const first = normalizeHeader(header[0] ?? "");
    if (first === "profile" && isSectionMarker(header)) return accountExportMapper();
    if (first !== DATE_COLUMN) return null;
    return diaryMapper(header);
  },
};
