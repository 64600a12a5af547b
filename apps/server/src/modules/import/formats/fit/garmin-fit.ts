import { readFile, stat } from "node:fs/promises";
import { AppError } from "../../../../errors.js";
import { activityRecord, localDayAndClock } from "../activity-record.js";
import type { Batch, FileImporter } from "../types.js";
import { decodeFit, type FitSession, type FitSummary } from "./fit-decode.js";

/** FIT files are small (a long ride is a few MB); one this large is not an activity to read whole. */
export const MAX_FIT_BYTES = 50 * 1024 * 1024;

/** A FIT file's header: 12 or 14 bytes, ".FIT" at bytes 8–11. */
export function isFit(head: Uint8Array): boolean {
  return (
    head.length >= 12 &&
    (head[0] === 12 || head[0] === 14) &&
    head[8] === 0x2e &&
    head[9] === 0x46 &&
    head[10] === 0x49 &&
    head[11] === 0x54
  );
}

/** What a FIT file that is not an activity holds, as a person would call it (`file_id.type`). */
const FILE_TYPES: Record<string, string> = {
  device: "a device description file",
  settings: "a device settings file",
  sport: "a sport settings file",
  workout: "a planned workout",
  course: "a course",
  schedules: "a training schedule",
  weight: "a weight scale file",
  totals: "a totals file",
  goals: "a goals file",
  bloodPressure: "a blood pressure file",
  monitoringA: "a monitoring (all-day tracking) file",
  monitoringB: "a monitoring (all-day tracking) file",
  monitoringDaily: "a monitoring (all-day tracking) file",
  activitySummary: "an activity summary",
  segment: "a segment",
  segmentList: "a segment list",
  exdConfiguration: "a data screen configuration",
};

function describe(type: string | number | null): string {
  if (type === null) return "a file of unknown type";
  return FILE_TYPES[type] ?? `a "${type}" file`;
}

/** The SDK's reason for stopping, in words: "end of stream at byte 768" and the like. */
function damage(reason: string): string {
  const at = /at byte (\d+)/.exec(reason)?.[1];
  const where = at ? ` at byte ${at}` : "";
  if (/end of stream/i.test(reason)) return `it ends unexpectedly${where} (the file is incomplete)`;
  if (/not a FIT file/i.test(reason)) return `its data stops being FIT${where} (a broken file header)`;
  if (/CRC/i.test(reason)) return "its checksum does not match its contents";
  return reason.replace(/^FIT Runtime Error:?\s*/i, "");
}

/** `strengthTraining`, `indoor_cycling` → "Strength Training", "Indoor Cycling". */
function humanize(value: string | number): string {
  if (typeof value === "number") return `Sport ${value}`;
  return value
    .replace(/_/g, " ")
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join(" ");
}

/**
 * A session's name as the seeded Garmin mappings spell it: the sport ("Running"), with the
 * sub-sport where it says more than "generic" ("Training / Strength Training").
 */
export function sessionName(sport: string | number | null, subSport: string | number | null) {
  const base = sport === null ? "Generic" : humanize(sport);
  const full = subSport === null || subSport === "generic" ? base : `${base} / ${humanize(subSport)}`;
  return { name: full, fallback: base };
}

function sessionRecord(s: FitSession, timeZone: string) {
  if (!s.startTime) return { reason: "the session has no start time" };
  const seconds = s.totalTimerTime ?? s.totalElapsedTime;
  const { name, fallback } = sessionName(s.sport, s.subSport);
  return activityRecord({
    startedAt: s.startTime,
    ...localDayAndClock(s.startTime, timeZone),
    name,
    fallbackNames: [fallback],
    durationMin: seconds === null ? 0 : seconds / 60,
    kcalActive: s.totalCalories,
    hrAvg: s.avgHeartRate,
    hrMax: s.maxHeartRate,
    distanceKm: s.totalDistance === null ? null : s.totalDistance / 1000,
  });
}

async function summaryOf(filePath: string, signal: AbortSignal): Promise<FitSummary> {
  const { size } = await stat(filePath);
  if (size > MAX_FIT_BYTES) {
    throw new AppError(
      413,
      "payload_too_large",
      `The FIT file is ${Math.round(size / 1024 / 1024)} MB; FIT files of up to ${MAX_FIT_BYTES / 1024 / 1024} MB can be imported`,
    );
  }
  const bytes = await readFile(filePath, { signal });
  try {
    return await decodeFit(bytes, signal);
  } catch (err) {
    if (signal.aborted) throw err;
    const outOfMemory = err instanceof Error && "code" in err && err.code === "ERR_WORKER_OUT_OF_MEMORY";
    throw new AppError(
      422,
      "unsupported_file",
      outOfMemory
        ? "The FIT file holds too much to be read"
        : `The FIT file could not be read: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
}

/**
 * Garmin (and any device's) FIT activity file: one session per `session` message — a multi-sport
 * activity gives several — with its start in the profile's time zone, the timer time (the elapsed
 * time where there is none), distance, calories and heart rate. A file that is not an activity
 * (weight scale, monitoring, settings…) is refused saying what it is; a damaged one saying where.
 */
export const garminFit: FileImporter = {
  format: "garmin_fit",
  label: "FIT activity file (Garmin)",
  source: "garmin_fit",
  recognizes: isFit,
  async *read(filePath, { timeZone, signal, onBytes }) {
    const summary = await summaryOf(filePath, signal);
    if (summary.error)
      throw new AppError(422, "unsupported_file", `The FIT file is damaged: ${damage(summary.error)}`);
    const [first] = summary.fileTypes;
    if (first === undefined) {
      throw new AppError(422, "unsupported_file", "The FIT file is damaged: it does not say what it holds");
    }
    if (!summary.fileTypes.includes("activity")) {
      throw new AppError(
        422,
        "not_an_activity",
        `This FIT file is ${describe(first)}, not an activity: only activities can be imported`,
      );
    }
    if (summary.sessions.length === 0) {
      throw new AppError(
        422,
        "not_an_activity",
        "This FIT activity file holds no session: nothing to import",
      );
    }
    onBytes?.((await stat(filePath)).size);
    const batch: Batch = { records: [], errors: [], rows: 0 };
    summary.sessions.forEach((session, i) => {
      batch.rows++;
      const built = sessionRecord(session, timeZone);
      if (!("record" in built)) batch.errors.push({ row: i + 1, reason: built.reason });
      else {
        batch.records.push(built.record);
        if (built.problem) batch.errors.push({ row: i + 1, reason: built.problem });
      }
    });
    yield batch;
  },
};
