import {
  bloodPressureProblem,
  classifyBloodPressure,
  durationsOnlyInconsistency,
  sleepInconsistency,
  todayIn,
  vitalsCreate,
  vitalsMetrics,
} from "@mitai/shared";
import type { z } from "zod";
import type { ImportRecord, NutritionImport, SleepImport, VitalsImport } from "./types.js";

/** A record (with what of it had to be left out), or why the values cannot be stored. */
export type Built = { record: ImportRecord; problem?: string } | { reason: string };

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return `${issue?.path.join(".") || "row"} ${issue?.message ?? "is invalid"}`;
}

/** A blood-pressure reading, checked by the same rules as one typed in by hand (without a schema parse per row). */
export function bloodPressureRecord(
  at: { at: Date; date: string },
  v: {
    systolic: number;
    diastolic: number;
    pulse: number | null;
    irregularHeartbeat: boolean;
    note: string | null;
  },
): Built {
  const problem = bloodPressureProblem(v);
  if (problem) return { reason: problem };
  return {
    record: {
      kind: "blood_pressure",
      row: {
        measuredAt: at.at,
        date: at.date,
        ...v,
        classification: classifyBloodPressure(v.systolic, v.diastolic),
      },
    },
  };
}

/**
 * A day's vitals (null when the row holds none), checked like an entry typed in by hand; a value out
 * of range is left out (and named) while the day's other values are kept.
 */
export function vitalsRecord(
  date: string,
  v: Omit<VitalsImport, "date" | "note"> & { note?: string | null },
): Built | null {
  const values = { ...v };
  const problems: string[] = [];
  for (;;) {
    if (vitalsMetrics.every((m) => values[m] === null)) {
      return problems.length > 0 ? { reason: problems.join("; ") } : null;
    }
    const checked = vitalsCreate.safeParse({ date, ...values });
    if (checked.success) break;
    const field = vitalsMetrics.find((m) => m === checked.error.issues[0]?.path[0]);
    if (!field) return { reason: firstIssue(checked.error) };
    problems.push(firstIssue(checked.error));
    values[field] = null;
  }
  const record: ImportRecord = { kind: "vitals", row: { date, note: null, ...values } };
  return problems.length > 0 ? { record, problem: problems.join("; ") } : { record };
}

/**
 * A night, checked like one typed in by hand: with a clock, its date is the wake-up day in the
 * profile's zone; without one (durations only) the source's day is the wake-up day.
 */
export function sleepRecord(
  night: Omit<SleepImport, "date" | "durationMin"> & { date: string; durationMin?: number },
  timeZone: string,
): Built {
  const { bedtime, wakeTime } = night;
  if (bedtime && wakeTime) {
    const problem = sleepInconsistency({ ...night, bedtime, wakeTime });
    if (problem) return { reason: `${problem[0]} ${problem[1]}` };
    const durationMin = Math.round((wakeTime.getTime() - bedtime.getTime()) / 60_000);
    return { record: { kind: "sleep", row: { ...night, date: todayIn(timeZone, wakeTime), durationMin } } };
  }
  const durationMin = night.durationMin ?? 0;
  const problem = durationsOnlyInconsistency({ ...night, durationMin });
  if (problem) return { reason: `${problem[0]} ${problem[1]}` };
  return { record: { kind: "sleep", row: { ...night, bedtime: null, wakeTime: null, durationMin } } };
}

/**
 * One diary row (a food, a meal, a day) of a day's nutrition: its values must not be negative. The
 * entry limits apply to the day's sum, once the file's rows of that day are added up.
 */
export function nutritionRecord(
  date: string,
  line: number,
  v: Pick<NutritionImport, "kcal" | "proteinG" | "fatG" | "carbsG" | "fiberG" | "note">,
): Built {
  // Field by field, no loop or spread: this runs for every row of a diary of years.
  const negative = !(v.kcal >= 0)
    ? "kcal"
    : !(v.proteinG >= 0)
      ? "proteinG"
      : !(v.fatG >= 0)
        ? "fatG"
        : !(v.carbsG >= 0)
          ? "carbsG"
          : v.fiberG !== null && !(v.fiberG >= 0)
            ? "fiberG"
            : null;
  if (negative) return { reason: `${negative} must not be negative` };
  const row = {
    date,
    kcal: v.kcal,
    proteinG: v.proteinG,
    fatG: v.fatG,
    carbsG: v.carbsG,
    fiberG: v.fiberG,
    items: 1,
    note: v.note,
    line,
  };
  return { record: { kind: "nutrition", row } };
}
