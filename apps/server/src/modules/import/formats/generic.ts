import {
  type ColumnMapping,
  type MappableKind,
  mappingFields,
  type VitalsMetric,
  vitalsMetrics,
} from "@mitai/shared";
import { parseLocalDateTime } from "../reader/values.js";
import { flag, isEmptyCell, normalizeHeader, optionalNumber, wholeNumber } from "./cells.js";
import { type Built, bloodPressureRecord, nutritionRecord, sleepRecord, vitalsRecord } from "./records.js";
import type { Importer, RowContext, RowMapper, RowResult } from "./types.js";

export const GENERIC_FORMAT = "generic_csv";
export const GENERIC_LABEL = "CSV with your column mapping";

/** The problems of a mapping for a file with these headers, as `[path, message]`; empty when it fits. */
export function mappingProblems(mapping: ColumnMapping, headers: readonly string[]): [string, string][] {
  const spec = mappingFields[mapping.kind];
  const known: readonly string[] = [...spec.required, ...spec.optional];
  const names = new Set(headers.map(normalizeHeader));
  const problems: [string, string][] = [];
  for (const field of spec.required) {
    if (!mapping.fields[field]) problems.push([`fields.${field}`, "is required for this kind"]);
  }
  for (const [field, header] of Object.entries(mapping.fields)) {
    if (!known.includes(field)) problems.push([`fields.${field}`, `is not a field of ${mapping.kind}`]);
    else if (header && !names.has(normalizeHeader(header)))
      problems.push([`fields.${field}`, `"${header}" is not a column of this file`]);
  }
  if (
    mapping.kind === "vitals" &&
    !spec.optional.some((f) => f !== "note" && mapping.fields[f] !== undefined && mapping.fields[f] !== "")
  ) {
    problems.push(["fields.restingHr", "map at least one of the values"]);
  }
  return problems;
}

/** `03/04/2025` read day first when the user said so (export tools disagree on slash dates). */
function ordered(date: string, order: ColumnMapping["dateOrder"]): string {
  if (order !== "dmy") return date;
  return date.trim().replace(/^(\d{1,2})\/(\d{1,2})\//, "$2/$1/");
}

type Cell = (field: string) => string;

function invalid(reason: string): RowResult {
  return { kind: "invalid", reason };
}

function done(built: Built | null): RowResult {
  if (!built) return { kind: "skip" };
  if (!("record" in built)) return invalid(built.reason);
  return built.problem
    ? { kind: "row", records: [built.record], problem: built.problem }
    : { kind: "row", records: [built.record] };
}

/** A date cell (with an optional time cell, or the time in the same cell) in the profile's zone. */
function instant(cell: Cell, mapping: ColumnMapping, ctx: RowContext, dateField: string, timeField?: string) {
  const raw = cell(dateField);
  const time = timeField ? cell(timeField) : "";
  const date = ordered(raw, mapping.dateOrder);
  const direct = parseLocalDateTime(date, time, ctx.timeZone);
  if (direct || time) return direct;
  // "21.05.2025 07:30" and "1/12/2025 7:30 AM" hold the time in the date's cell.
  const split = /^(\S+) (.+)$/.exec(date);
  return split ? parseLocalDateTime(split[1] ?? "", split[2] ?? "", ctx.timeZone) : null;
}

const mappers: Record<
  MappableKind,
  (cell: Cell, mapping: ColumnMapping, ctx: RowContext, line: number) => RowResult
> = {
  blood_pressure(cell, mapping, ctx) {
    const at = instant(cell, mapping, ctx, "date", "time");
    if (!at) return invalid(`date "${[cell("date"), cell("time")].join(" ").trim()}" is not a date and time`);
    const systolic = wholeNumber(cell("systolic"), "systolic");
    if (typeof systolic === "string") return invalid(systolic);
    const diastolic = wholeNumber(cell("diastolic"), "diastolic");
    if (typeof diastolic === "string") return invalid(diastolic);
    const pulse = isEmptyCell(cell("pulse")) ? null : wholeNumber(cell("pulse"), "pulse");
    if (typeof pulse === "string") return invalid(pulse);
    const note = isEmptyCell(cell("note")) ? null : cell("note");
    return done(
      bloodPressureRecord(at, {
        systolic,
        diastolic,
        pulse,
        irregularHeartbeat: flag(cell("irregularHeartbeat")),
        note,
      }),
    );
  },

  vitals(cell, mapping, ctx) {
    const at = instant(cell, mapping, ctx, "date");
    if (!at) return invalid(`date "${cell("date")}" is not a date`);
    const read: Partial<Record<VitalsMetric, number | null>> = {};
    for (const field of vitalsMetrics) {
      const n = optionalNumber(cell(field), field);
      if (typeof n === "string") return invalid(n);
      read[field] = n;
    }
    return done(
      vitalsRecord(at.date, {
        restingHr: read.restingHr ?? null,
        hrv: read.hrv ?? null,
        vo2Max: read.vo2Max ?? null,
        spo2: read.spo2 ?? null,
        respiratoryRate: read.respiratoryRate ?? null,
        note: isEmptyCell(cell("note")) ? null : cell("note"),
      }),
    );
  },

  sleep(cell, mapping, ctx) {
    const day = cell("date") ? instant(cell, mapping, ctx, "date") : null;
    // A clock time alone ("23:10") is read on the wake-up day; a bedtime after the wake time was the evening before.
    const at = (field: string) =>
      instant(cell, mapping, ctx, field) ??
      (day ? parseLocalDateTime(day.date, cell(field), ctx.timeZone) : null);
    const bed = at("bedtime");
    const wake = at("wakeTime");
    if (!bed) return invalid(`bedtime "${cell("bedtime")}" is not a date and time`);
    if (!wake) return invalid(`wake time "${cell("wakeTime")}" is not a date and time`);
    let bedtime = bed.at;
    if (day && bedtime >= wake.at && !/\d{4}|\d\.\d|\//.test(cell("bedtime"))) {
      bedtime = new Date(bedtime.getTime() - 86_400_000);
    }
    const minutes: Record<string, number | null> = {};
    for (const field of ["quality", "deepMin", "remMin", "lightMin", "awakeMin"]) {
      const n = optionalNumber(cell(field), field);
      if (typeof n === "string") return invalid(n);
      if (n !== null && !Number.isInteger(n))
        return invalid(`${field} "${cell(field)}" is not a whole number`);
      minutes[field] = n;
    }
    const quality = minutes.quality ?? null;
    if (quality !== null && (quality < 1 || quality > 5)) return invalid(`quality ${quality} must be 1 to 5`);
    return done(
      sleepRecord(
        {
          date: wake.date,
          bedtime,
          wakeTime: wake.at,
          quality,
          deepMin: minutes.deepMin ?? null,
          remMin: minutes.remMin ?? null,
          lightMin: minutes.lightMin ?? null,
          awakeMin: minutes.awakeMin ?? null,
          note: isEmptyCell(cell("note")) ? null : cell("note"),
        },
        ctx.timeZone,
      ),
    );
  },

  /** A diary row (or a day): summed with the file's other rows of its day; unmapped macros are 0. */
  nutrition(cell, mapping, ctx, line) {
    const at = instant(cell, mapping, ctx, "date");
    if (!at) return invalid(`date "${cell("date")}" is not a date`);
    const kcal = optionalNumber(cell("kcal"), "kcal");
    if (typeof kcal === "string") return invalid(kcal);
    if (kcal === null) return invalid("kcal is missing");
    const grams: Record<string, number | null> = {};
    for (const field of ["proteinG", "fatG", "carbsG", "fiberG"]) {
      const n = optionalNumber(cell(field), field);
      if (typeof n === "string") return invalid(n);
      grams[field] = n;
    }
    return done(
      nutritionRecord(at.date, line, {
        kcal,
        proteinG: grams.proteinG ?? 0,
        fatG: grams.fatG ?? 0,
        carbsG: grams.carbsG ?? 0,
        fiberG: grams.fiberG ?? null,
        note: isEmptyCell(cell("note")) ? null : cell("note"),
      }),
    );
  },
};

/** A CSV read through the user's mapping of its columns to one kind's fields. */
export function genericImporter(mapping: ColumnMapping): Importer {
  return {
    format: GENERIC_FORMAT,
    label: GENERIC_LABEL,
    source: "csv",
    match(header) {
      const names = header.map(normalizeHeader);
      const index = new Map<string, number>();
      for (const [field, name] of Object.entries(mapping.fields)) {
        if (!name) continue;
        const i = names.indexOf(normalizeHeader(name));
        if (i < 0) return null;
        index.set(field, i);
      }
      const map = mappers[mapping.kind];
      const mapper: RowMapper = (cells, ctx, line = 0) => {
        if (cells.every((c) => isEmptyCell(c))) return { kind: "skip" };
        const cell: Cell = (field) => {
          const i = index.get(field);
          return i === undefined ? "" : (cells[i] ?? "").trim();
        };
        return map(cell, mapping, ctx, line);
      };
      return mapper;
    },
  };
}

/** A header that can be mapped: at least two named columns. */
export function isMappableHeader(header: readonly string[]): boolean {
  return header.filter((h) => normalizeHeader(h) !== "").length >= 2;
}
