import { AppError } from "../../../errors.js";
import { parseDecimal, parseLocalDateTime } from "../reader/values.js";
import { normalizeHeader } from "./cells.js";
import { type DietMetric, dietColumns, dietOf } from "./health-auto-export-diet.js";
import { type Built, bloodPressureRecord, sleepRecord, vitalsRecord } from "./records.js";
import type { Importer, ImportRecord, RowMapper } from "./types.js";

type Metric =
  | "restingHr"
  | "hrv"
  | "vo2Max"
  | "spo2"
  | "respiratoryRate"
  | "bloodPressure"
  | "sleep"
  | DietMetric;
type Part =
  | "systolic"
  | "diastolic"
  | "total"
  | "asleep"
  | "inBed"
  | "core"
  | "deep"
  | "rem"
  | "awake"
  | "inBedStart"
  | "inBedEnd"
  | "sleepStart"
  | "sleepEnd";

/**
 * The header vocabulary, one table per language (Health Auto Export translates metric names to the
 * phone's language; see shared/fixtures/FORMATS.md). A new translation is one more entry here.
 * Names are compared lower-case with single spaces.
 */
const VOCABULARY: { dateTime: string[]; metrics: Record<string, Metric>; parts: Record<string, Part> }[] = [
  {
    // English
    dateTime: ["date/time", "date"],
    metrics: {
      "resting heart rate": "restingHr",
      "heart rate variability": "hrv",
      "vo2 max": "vo2Max",
      "blood oxygen saturation": "spo2",
      "respiratory rate": "respiratoryRate",
      "blood pressure": "bloodPressure",
      "sleep analysis": "sleep",
      "dietary energy": "dietaryEnergy",
      protein: "protein",
      carbohydrates: "carbs",
      "total fat": "fat",
      fiber: "fiber",
    },
    parts: {
      systolic: "systolic",
      diastolic: "diastolic",
      total: "total",
      asleep: "asleep",
      "in bed": "inBed",
      core: "core",
      deep: "deep",
      rem: "rem",
      awake: "awake",
      "in bed start": "inBedStart",
      "in bed end": "inBedEnd",
      "sleep start": "sleepStart",
      "sleep end": "sleepEnd",
    },
  },
  {
    // German (no sample seen: the names Apple Health uses in German, as FORMATS.md expects them)
    dateTime: ["datum/uhrzeit", "datum/zeit", "datum"],
    metrics: {
      ruheherzfrequenz: "restingHr",
      herzfrequenzvariabilität: "hrv",
      "vo2 max": "vo2Max",
      vo2max: "vo2Max",
      blutsauerstoffsättigung: "spo2",
      blutsauerstoff: "spo2",
      atemfrequenz: "respiratoryRate",
      blutdruck: "bloodPressure",
      schlafanalyse: "sleep",
      // The nutrition names of Apple Health in German, guessed the same way (no sample seen either).
      nahrungsenergie: "dietaryEnergy",
      protein: "protein",
      kohlenhydrate: "carbs",
      "fett gesamt": "fat",
      ballaststoffe: "fiber",
    },
    parts: {
      systolisch: "systolic",
      diastolisch: "diastolic",
      gesamt: "total",
      schlafend: "asleep",
      schlaf: "asleep",
      "im bett": "inBed",
      kern: "core",
      kernschlaf: "core",
      tief: "deep",
      tiefschlaf: "deep",
      rem: "rem",
      "rem-schlaf": "rem",
      wach: "awake",
      "im bett beginn": "inBedStart",
      "im bett ende": "inBedEnd",
      schlafbeginn: "sleepStart",
      schlafende: "sleepEnd",
    },
  },
  {
    // Spanish and Portuguese date columns as seen in real files; their metric names as seen there.
    dateTime: ["fecha/hora", "data/hora"],
    metrics: {
      "frecuencia cardiaca en reposo": "restingHr",
      "frequência cardíaca em repouso": "restingHr",
      "análise do sono": "sleep",
      "análisis del sueño": "sleep",
    },
    parts: {},
  },
];

const DATE_HEADERS = new Set(VOCABULARY.flatMap((v) => v.dateTime));
const METRICS = new Map(VOCABULARY.flatMap((v) => Object.entries(v.metrics)));
const PARTS = new Map(VOCABULARY.flatMap((v) => Object.entries(v.parts)));

/** `Name [Aggregation] (unit)` → its pieces; the unit may itself hold parentheses (`ml/(kg·min)`). */
const HEADER = /^(.+?)(?: \[([^\]]+)\])?(?: \((.+)\))?$/;

type Column = { index: number; metric: Metric; part: Part | null; unit: string };

function columnOf(raw: string, index: number): Column | null {
  const m = HEADER.exec(normalizeHeader(raw));
  const metric = METRICS.get(m?.[1] ?? "");
  if (!m || !metric) return null;
  const part = m[2] ? (PARTS.get(m[2]) ?? null) : null;
  return { index, metric, part, unit: m[3] ?? "" };
}

/** Hours (the app's default), minutes or seconds → minutes. */
function minutesIn(value: number, unit: string): number {
  if (unit === "min") return value;
  if (unit === "s" || unit === "sec") return value / 60;
  return value * 60;
}

/** mmHg, or kPa where the phone is set to it. */
const toMmHg = (value: number, unit: string) => (unit === "kpa" ? value * 7.500_62 : value);

/** SpO2 as a percentage: Apple Health keeps fractions (0.97) where some exports write them. */
const toPercent = (value: number) => (value > 0 && value <= 1 ? value * 100 : value);

const round = (x: number, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

/** `2024-11-08 00:00:00` or `1/1/2024 0:00:00` → date and time cells. */
function splitDateTime(raw: string): [string, string] {
  const s = raw.trim();
  const space = s.indexOf(" ");
  return space < 0 ? [s, ""] : [s.slice(0, space), s.slice(space + 1).trim()];
}

/**
 * Health Auto Export (iOS) metrics CSV: one row per day (or hour), one column per metric and
 * aggregation, in the phone's language. Resting heart rate, HRV, VO2max, SpO2 and respiratory rate
 * become the day's vitals; systolic with diastolic a blood-pressure reading at the row's time; the
 * sleep columns a night (durations only, or with the clock where the file has start and end); the
 * dietary columns (energy in kJ or kcal, protein, carbohydrates, fat, fiber) the day's nutrition,
 * its rows summed per day.
 */
export const healthAutoExportCsv: Importer = {
  format: "health_auto_export",
  label: "Health Auto Export CSV (Apple Health)",
  source: "health_auto_export",
  match(header) {
    const first = normalizeHeader(header[0] ?? "");
    if (!DATE_HEADERS.has(first)) return null;
    const columns = header.slice(1).flatMap((h, i) => columnOf(h, i + 1) ?? []);
    const find = (metric: Metric, part: Part | null = null) =>
      columns.find((c) => c.metric === metric && (part === null || c.part === part));
    const vitals = (["restingHr", "hrv", "vo2Max", "spo2", "respiratoryRate"] as const).flatMap((m) => {
      const c = find(m);
      return c ? [{ metric: m, column: c }] : [];
    });
    const systolic = find("bloodPressure", "systolic");
    const diastolic = find("bloodPressure", "diastolic");
    const sleep = new Map(
      columns.flatMap((c) => (c.metric === "sleep" && c.part ? [[c.part, c] as const] : [])),
    );
    const diet = dietColumns(find);
    if (vitals.length === 0 && !(systolic && diastolic) && sleep.size === 0 && !diet) {
      // `Date/Time` is this app's own first column: say what the file holds instead of guessing on.
      if (first === "date" || first === "datum") return null;
      const found = header.slice(1, 6).join(", ");
      throw new AppError(
        422,
        "unknown_format",
        `This Health Auto Export file holds no vitals, blood pressure, sleep or nutrition (dietary energy) columns (it has: ${found}${header.length > 6 ? ", …" : ""})`,
      );
    }

    const mapper: RowMapper = (cells, { timeZone }, line = 0) => {
      const cell = (c: Column | undefined) => (c ? (cells[c.index] ?? "").trim() : "");
      const number = (c: Column | undefined): number | null | string => {
        const raw = cell(c);
        const n = parseDecimal(raw);
        if (n === null || raw === "") return null;
        return Number.isNaN(n) ? `"${raw}" is not a number` : n;
      };
      const [d, t] = splitDateTime(cells[0] ?? "");
      if (d === "") return { kind: "skip" };
      const at = parseLocalDateTime(d, t, timeZone);
      if (!at) return { kind: "invalid", reason: `date "${cells[0]}" is not a date and time` };

      const records: ImportRecord[] = [];
      const problems: string[] = [];
      const add = (built: Built | null) => {
        if (!built) return;
        if ("record" in built) {
          records.push(built.record);
          if (built.problem) problems.push(built.problem);
        } else problems.push(built.reason);
      };
      const numbers = new Map<string, number | null>();
      for (const { metric, column } of vitals) {
        const n = number(column);
        if (typeof n === "string") problems.push(`${metric} ${n}`);
        else if (n !== null && n !== 0) numbers.set(metric, n);
      }
      const v = (m: string) => numbers.get(m) ?? null;
      const restingHr = v("restingHr");
      const spo2 = v("spo2");
      add(
        vitalsRecord(at.date, {
          restingHr: restingHr === null ? null : Math.round(restingHr),
          hrv: v("hrv") === null ? null : round(v("hrv") ?? 0, 1),
          vo2Max: v("vo2Max") === null ? null : round(v("vo2Max") ?? 0, 1),
          spo2: spo2 === null ? null : round(toPercent(spo2), 1),
          respiratoryRate: v("respiratoryRate") === null ? null : round(v("respiratoryRate") ?? 0, 1),
        }),
      );

      if (systolic && diastolic) {
        const sys = number(systolic);
        const dia = number(diastolic);
        if (typeof sys === "string" || typeof dia === "string") problems.push(`blood pressure ${sys} ${dia}`);
        else if (sys !== null && dia !== null && sys > 0) {
          add(
            bloodPressureRecord(at, {
              systolic: Math.round(toMmHg(sys, systolic.unit)),
              diastolic: Math.round(toMmHg(dia, diastolic.unit)),
              pulse: null,
              irregularHeartbeat: false,
              note: null,
            }),
          );
        }
      }

      if (sleep.size > 0) add(nightOf(sleep, cell, number, at.date, timeZone));

      if (diet) add(dietOf(diet, number, at.date, line));

      if (records.length === 0 && problems.length === 0) return { kind: "skip" };
      if (records.length === 0) return { kind: "invalid", reason: problems.join("; ") };
      return problems.length > 0
        ? { kind: "row", records, problem: problems.join("; ") }
        : { kind: "row", records };
    };
    return mapper;
  },
};

/** The row's night: its phase minutes, and its clock where the file has one. Null for no sleep. */
function nightOf(
  sleep: Map<Part, Column>,
  cell: (c: Column | undefined) => string,
  number: (c: Column | undefined) => number | null | string,
  date: string,
  timeZone: string,
): Built | null {
  const minutes = (part: Part): number | null => {
    const c = sleep.get(part);
    const n = number(c);
    return typeof n === "number" && c ? Math.round(minutesIn(n, c.unit)) : null;
  };
  const bad = [...sleep.values()].find(
    (c) => !/start|end/i.test(c.part ?? "") && typeof number(c) === "string",
  );
  if (bad) return { reason: `sleep ${bad.part} "${cell(bad)}" is not a number` };
  const inBed = minutes("inBed");
  const core = minutes("core");
  const deep = minutes("deep");
  const rem = minutes("rem");
  const awake = minutes("awake");
  const staged = (core ?? 0) + (deep ?? 0) + (rem ?? 0);
  const asleep = minutes("total") ?? minutes("asleep") ?? (staged > 0 ? staged : null);
  if (!inBed && !asleep) return null;
  const clock = (startPart: Part, endPart: Part) => {
    const start = cell(sleep.get(startPart));
    const end = cell(sleep.get(endPart));
    if (!start || !end) return null;
    const [sd, st] = splitDateTime(start);
    const [ed, et] = splitDateTime(end);
    const s = parseLocalDateTime(sd, st, timeZone);
    const e = parseLocalDateTime(ed, et, timeZone);
    return s && e ? { bedtime: s.at, wakeTime: e.at } : null;
  };
  const times = clock("inBedStart", "inBedEnd") ?? clock("sleepStart", "sleepEnd");
  // The iPhone's "in bed" and the watch's stages are measured apart: the night is the longer of the two.
  const phaseSum = staged + (awake ?? 0);
  const durationMin = Math.max(inBed ?? 0, (asleep ?? 0) + (awake ?? 0), phaseSum);
  return sleepRecord(
    {
      date,
      bedtime: times?.bedtime ?? null,
      wakeTime: times?.wakeTime ?? null,
      durationMin,
      quality: null,
      deepMin: deep,
      remMin: rem,
      lightMin: core,
      awakeMin: awake,
      note: null,
    },
    timeZone,
  );
}
