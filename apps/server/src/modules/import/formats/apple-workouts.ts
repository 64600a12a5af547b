import { AppError } from "../../../errors.js";
import { parseLocalDateTime } from "../reader/values.js";
import { activityRecord, localDayAndClock } from "./activity-record.js";
import { isEmptyCell, normalizeHeader, optionalNumber } from "./cells.js";
import type { Importer, RowMapper } from "./types.js";

type Metric = "activeEnergy" | "hrMax" | "hrAvg" | "distance";

/**
 * The header vocabulary of Health Auto Export's workouts file, one table per language (see
 * shared/fixtures/FORMATS.md): `Workout Type,Start,End,Duration` stay English in translated files,
 * the other names follow the phone's language. A new translation is one more entry here. Names are
 * compared lower-case with single spaces, without their unit.
 */
const VOCABULARY: Record<string, Metric>[] = [
  {
    // English
    "active energy": "activeEnergy",
    "max. heart rate": "hrMax",
    "max heart rate": "hrMax",
    "avg. heart rate": "hrAvg",
    "avg heart rate": "hrAvg",
    distance: "distance",
  },
  {
    // German (no sample seen: Apple Health's German names, by the pattern of the translated files)
    "aktive energie": "activeEnergy",
    aktivitätsenergie: "activeEnergy",
    "max. herzfrequenz": "hrMax",
    "maximale herzfrequenz": "hrMax",
    "durchschn. herzfrequenz": "hrAvg",
    "durchschnittliche herzfrequenz": "hrAvg",
    distanz: "distance",
    strecke: "distance",
  },
];
const METRICS = new Map(VOCABULARY.flatMap((v) => Object.entries(v)));

/** Each unit's factor to kcal or km. Apple's "Cal" is a kilocalorie. */
const UNITS: Record<"activeEnergy" | "distance", Record<string, number>> = {
  activeEnergy: { kcal: 1, cal: 1, kj: 1 / 4.184 },
  distance: { km: 1, mi: 1.609_344, m: 0.001, yd: 0.000_914_4 },
};

/** `Name (unit)`; the unit may itself hold parentheses. */
const HEADER = /^(.+?)(?: \((.+)\))?$/;

type Column = { index: number; factor: number };

/** `2025-03-01 07:12:00`, optionally with its offset (`+0100`); without one, in the profile's zone. */
function instantOf(raw: string, timeZone: string): Date | null {
  const s = raw.trim();
  const withOffset = /^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})(?::(\d{2}))? ?([+-]\d{2}):?(\d{2})$/.exec(s);
  if (withOffset) {
    const [, d, h, min, sec, oh, om] = withOffset;
    const at = new Date(`${d}T${(h ?? "").padStart(2, "0")}:${min}:${sec ?? "00"}${oh}:${om}`);
    return Number.isNaN(at.getTime()) ? null : at;
  }
  const space = s.indexOf(" ");
  const local = space < 0 ? null : parseLocalDateTime(s.slice(0, space), s.slice(space + 1).trim(), timeZone);
  return local?.at ?? parseLocalDateTime(s, "", timeZone)?.at ?? null;
}

/** `00:58:41` (or minutes as a number) → minutes; null when it is neither. */
function minutesOf(raw: string): number | null {
  const hms = /^(\d+):([0-5]\d):([0-5]\d(?:\.\d+)?)$/.exec(raw.trim());
  if (hms) return Number(hms[1]) * 60 + Number(hms[2]) + Number(hms[3]) / 60;
  const n = optionalNumber(raw, "duration");
  return typeof n === "number" && n > 0 ? n : null;
}

/**
 * Health Auto Export (iOS) workouts CSV: one row per workout — its type as the name (mapped to a
 * training type through the learned mappings), start, duration, active energy, heart rate and
 * distance, converted from the user's units to kcal and km.
 */
export const appleWorkoutsCsv: Importer = {
  format: "health_auto_export_workouts",
  label: "Health Auto Export workouts CSV (Apple Health)",
  source: "health_auto_export",
  match(header) {
    const names = header.map(normalizeHeader);
    if (names[0] !== "workout type") return null;
    const start = names.indexOf("start");
    const end = names.indexOf("end");
    const duration = names.indexOf("duration");
    if (start < 0 || (duration < 0 && end < 0)) {
      throw new AppError(
        422,
        "unknown_format",
        "This workouts file has no Start and Duration columns: its sessions cannot be read",
      );
    }
    const columns = new Map<Metric, Column>();
    names.forEach((name, index) => {
      const m = HEADER.exec(name);
      const metric = METRICS.get(m?.[1] ?? "");
      if (!metric || columns.has(metric)) return;
      const unit = m?.[2] ?? "";
      if (metric === "activeEnergy" || metric === "distance") {
        const factor = UNITS[metric][unit];
        if (factor === undefined) {
          throw new AppError(
            422,
            "unknown_format",
            `The unit of the column "${header[index]}" is not known (${Object.keys(UNITS[metric]).join(", ")} are)`,
          );
        }
        columns.set(metric, { index, factor });
      } else columns.set(metric, { index, factor: 1 });
    });

    const mapper: RowMapper = (cells, { timeZone }) => {
      if (cells.every((c) => isEmptyCell(c))) return { kind: "skip" };
      const cell = (i: number) => (i < 0 ? "" : (cells[i] ?? "").trim());
      const name = cell(0);
      if (!name) return { kind: "invalid", reason: "workout type is missing" };
      const startedAt = instantOf(cell(start), timeZone);
      if (!startedAt) return { kind: "invalid", reason: `start "${cell(start)}" is not a date and time` };
      const endedAt = end < 0 || isEmptyCell(cell(end)) ? null : instantOf(cell(end), timeZone);
      const durationMin =
        minutesOf(cell(duration)) ?? (endedAt ? (endedAt.getTime() - startedAt.getTime()) / 60_000 : null);
      if (durationMin === null)
        return { kind: "invalid", reason: `duration "${cell(duration)}" is not a duration` };
      const problems: string[] = [];
      const value = (metric: Metric): number | null => {
        const column = columns.get(metric);
        if (!column) return null;
        const n = optionalNumber(cell(column.index), header[column.index] ?? metric);
        if (typeof n === "string") {
          problems.push(n);
          return null;
        }
        return n === null ? null : n * column.factor;
      };
      const built = activityRecord({
        startedAt,
        ...localDayAndClock(startedAt, timeZone),
        name,
        durationMin,
        kcalActive: value("activeEnergy"),
        hrAvg: value("hrAvg"),
        hrMax: value("hrMax"),
        distanceKm: value("distance"),
      });
      if (!("record" in built)) return { kind: "invalid", reason: built.reason };
      if (built.problem) problems.push(built.problem);
      return problems.length > 0
        ? { kind: "row", records: [built.record], problem: problems.join("; ") }
        : { kind: "row", records: [built.record] };
    };
    return mapper;
  },
};
