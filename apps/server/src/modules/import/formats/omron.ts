import { parseLocalDateTime } from "../reader/values.js";
import { flag, isEmptyCell, normalizeHeader, wholeNumber } from "./cells.js";
import { bloodPressureRecord } from "./records.js";
import type { Importer, RowMapper } from "./types.js";

/** Header names in the English and German OMRON connect exports (units and case vary). */
const COLUMNS = {
  date: /^(date|datum)$/,
  time: /^(time|zeit|uhrzeit)$/,
  systolic: /^(systolic|systolisch|systole)( \(mmhg\))?$/,
  diastolic: /^(diastolic|diastolisch|diastole)( \(mmhg\))?$/,
  pulse: /^(pulse|puls)( \((bpm|1\/min)\))?$/,
  irregular:
    /^(irregular heartbeat detected|unregelmäßiger herzschlag erkannt|unregelmässiger herzschlag erkannt)$/,
  notes: /^(notes|notizen|anmerkungen)$/,
} as const;

function columnsOf(header: string[]) {
  const names = header.map(normalizeHeader);
  const find = (re: RegExp) => names.findIndex((n) => re.test(n));
  return {
    date: find(COLUMNS.date),
    time: find(COLUMNS.time),
    systolic: find(COLUMNS.systolic),
    diastolic: find(COLUMNS.diastolic),
    pulse: find(COLUMNS.pulse),
    irregular: find(COLUMNS.irregular),
    notes: find(COLUMNS.notes),
  };
}

/**
 * OMRON connect CSV, every layout seen (9, 16 and 17 columns, the fully quoted 2021 export, German
 * headers): see shared/fixtures/FORMATS.md. A report may append other tables; reading stops there.
 */
export const omronCsv: Importer = {
  format: "omron_csv",
  label: "OMRON connect CSV",
  source: "omron",
  match(header) {
    const c = columnsOf(header);
    if (c.date < 0 || c.time < 0 || c.systolic < 0 || c.diastolic < 0) return null;
    const mapper: RowMapper = (cells, { timeZone }) => {
      const cell = (i: number) => (i >= 0 ? (cells[i] ?? "").trim() : "");
      // A further section's header row (e.g. `"Date","Total steps",…`) ends the blood-pressure table.
      if (COLUMNS.date.test(normalizeHeader(cell(c.date)))) return { kind: "end" };
      if (cells.every((x) => isEmptyCell(x))) return { kind: "skip" };
      const at = parseLocalDateTime(cell(c.date), cell(c.time), timeZone);
      if (!at)
        return { kind: "invalid", reason: `date "${cell(c.date)} ${cell(c.time)}" is not a date and time` };
      const systolic = wholeNumber(cell(c.systolic), "systolic");
      if (typeof systolic === "string") return { kind: "invalid", reason: systolic };
      const diastolic = wholeNumber(cell(c.diastolic), "diastolic");
      if (typeof diastolic === "string") return { kind: "invalid", reason: diastolic };
      const pulseRaw = cell(c.pulse);
      const pulse = isEmptyCell(pulseRaw) ? null : wholeNumber(pulseRaw, "pulse");
      if (typeof pulse === "string") return { kind: "invalid", reason: pulse };
      const note = isEmptyCell(cell(c.notes)) ? null : cell(c.notes);
      const irregularHeartbeat = flag(cell(c.irregular));
      const built = bloodPressureRecord(at, { systolic, diastolic, pulse, irregularHeartbeat, note });
      return "reason" in built
        ? { kind: "invalid", reason: built.reason }
        : { kind: "row", records: [built.record] };
    };
    return mapper;
  },
};
