import {
  addDays,
  logDate,
  note,
  type SleepCreate,
  type SleepEntry,
  type SleepPhase,
  type SleepUpdate,
  sleepCreate,
} from "@mitai/shared";
import { z } from "zod";
import { optionalIntegerInput } from "../../lib/inputSchemas";
import type { InputReason } from "../../lib/validation";
import { localDateTime, toMeasuredAt } from "../blood-pressure/bpForm";
import { hasClock } from "./format";

/** What the night's inputs hold: local days and times of the browser, numbers as text. */
export type SleepFormValues = {
  bedDate: string;
  bedTime: string;
  wakeDate: string;
  wakeTime: string;
  quality: "" | "1" | "2" | "3" | "4" | "5";
  deepMin: string;
  remMin: string;
  lightMin: string;
  awakeMin: string;
  note: string;
};

export const sleepFormFields = [
  "bedDate",
  "bedTime",
  "wakeDate",
  "wakeTime",
  "quality",
  "deepMin",
  "remMin",
  "lightMin",
  "awakeMin",
  "note",
] as const;

export const phaseFields = ["deepMin", "remMin", "lightMin", "awakeMin"] as const;
export type PhaseField = (typeof phaseFields)[number];
export const phaseOfField: Record<PhaseField, SleepPhase> = {
  deepMin: "deep",
  remMin: "rem",
  lightMin: "light",
  awakeMin: "awake",
};

/** The inputs that make a night's clock: the rest of the form does not need them. */
type ClockInputs = Pick<SleepFormValues, "bedDate" | "bedTime" | "wakeDate" | "wakeTime">;

const issue = <R extends InputReason>(reason: R) => ({ params: { reason } });
const clockPattern = /^\d{2}:\d{2}$/;
const clock = z.string().refine((text) => clockPattern.test(text), issue("time"));
const phaseMinutes = optionalIntegerInput.pipe(sleepCreate.shape.deepMin.unwrap());

/** Minutes from going to bed to waking up, or null while the inputs do not make two instants. */
export function inputDuration(v: ClockInputs) {
  const bed = new Date(`${v.bedDate}T${v.bedTime}`).getTime();
  const wake = new Date(`${v.wakeDate}T${v.wakeTime}`).getTime();
  if (Number.isNaN(bed) || Number.isNaN(wake)) return null;
  return Math.round((wake - bed) / 60_000);
}

/** Everything of a night but its clock: the same inputs whether the times are known or not. */
const nightDetails = {
  quality: z.enum(["", "1", "2", "3", "4", "5"]).transform((q) => (q === "" ? null : Number(q))),
  deepMin: phaseMinutes,
  remMin: phaseMinutes,
  lightMin: phaseMinutes,
  awakeMin: phaseMinutes,
  note: note.transform((text) => (text === "" ? null : text)),
};

type PhaseTotals = Record<PhaseField, number | null>;
const phaseTotal = (v: PhaseTotals) =>
  (v.deepMin ?? 0) + (v.remMin ?? 0) + (v.lightMin ?? 0) + (v.awakeMin ?? 0);

/** A clock a minute fast must not make the night "from the future" (the server allows the same). */
const CLOCK_SLACK_MS = 5 * 60_000;

type Issue = { path: keyof SleepFormValues; reason: InputReason };

/** The shared night rules over a complete clock: wake after bed, the phases no longer than the night. */
function clockIssues(v: ClockInputs & PhaseTotals) {
  const issues: Issue[] = [];
  const minutes = inputDuration(v);
  if ((minutes ?? 1) <= 0) issues.push({ path: "wakeTime", reason: "wakeAfterBed" });
  if (phaseTotal(v) > (minutes ?? 1440)) issues.push({ path: "deepMin", reason: "phasesExceedNight" });
  if (new Date(`${v.wakeDate}T${v.wakeTime}`).getTime() > Date.now() + CLOCK_SLACK_MS) {
    issues.push({ path: "wakeTime", reason: "futureTime" });
  }
  return issues;
}

function report(ctx: z.RefinementCtx, issues: readonly Issue[]) {
  for (const { path, reason } of issues) {
    ctx.addIssue({ code: "custom", path: [path], message: reason, params: { reason } });
  }
}

/** A night with its clock (every new night, and the edit of one that has times). */
export const sleepFormSchema = z
  .object({ bedDate: logDate, bedTime: clock, wakeDate: logDate, wakeTime: clock, ...nightDetails })
  .superRefine((v, ctx) => report(ctx, clockIssues(v)))
  .transform(
    ({ bedDate, bedTime, wakeDate, wakeTime, ...rest }): SleepCreate => ({
      bedtime: toMeasuredAt(bedDate, bedTime),
      wakeTime: toMeasuredAt(wakeDate, wakeTime),
      ...rest,
    }),
  );

const blankAsNull = z.string().transform((text) => (text.trim() === "" ? null : text));

/**
 * A night imported without its clock (only its durations): the times may stay empty, then the phases
 * must fit the stored time in bed; or both are given and the night gets its clock with the usual rules.
 */
export function clocklessNightSchema(durationMin: number) {
  return z
    .object({
      bedDate: blankAsNull.pipe(logDate.nullable()),
      bedTime: blankAsNull.pipe(clock.nullable()),
      wakeDate: blankAsNull.pipe(logDate.nullable()),
      wakeTime: blankAsNull.pipe(clock.nullable()),
      ...nightDetails,
    })
    .superRefine((v, ctx) => {
      const { bedDate, bedTime, wakeDate, wakeTime } = v;
      // A side counts as given by its time: the dates start filled in with the night's days.
      if (bedTime === null && wakeTime === null) {
        if (phaseTotal(v) > durationMin) report(ctx, [{ path: "deepMin", reason: "phasesExceedNight" }]);
        return;
      }
      const missing: Issue[] = [];
      if (bedTime === null) missing.push({ path: "bedTime", reason: "required" });
      if (wakeTime === null) missing.push({ path: "wakeTime", reason: "required" });
      if (bedTime !== null && bedDate === null) missing.push({ path: "bedDate", reason: "required" });
      if (wakeTime !== null && wakeDate === null) missing.push({ path: "wakeDate", reason: "required" });
      if (bedDate === null || bedTime === null || wakeDate === null || wakeTime === null) {
        report(ctx, missing);
        return;
      }
      report(ctx, clockIssues({ ...v, bedDate, bedTime, wakeDate, wakeTime }));
    })
    .transform(({ bedDate, bedTime, wakeDate, wakeTime, ...rest }): SleepUpdate => {
      if (bedDate === null || bedTime === null || wakeDate === null || wakeTime === null) return rest;
      return { bedtime: toMeasuredAt(bedDate, bedTime), wakeTime: toMeasuredAt(wakeDate, wakeTime), ...rest };
    });
}

/** The edit dialog's rules: a night with times keeps needing them, one without may stay without. */
export function sleepEditSchema(night: SleepEntry): z.ZodType<SleepUpdate, SleepFormValues> {
  return hasClock(night) ? sleepFormSchema : clocklessNightSchema(night.durationMin);
}

/**
 * What the edit dialog sends. The inputs show minutes only, so a time left as it was is not sent and
 * the stored instant (and the segments) stay as they are; a night without a clock gets both or none.
 */
export function sleepUpdateBody(night: SleepEntry, values: SleepUpdate): SleepUpdate {
  if (!hasClock(night)) return values;
  const { bedtime, wakeTime, ...rest } = values;
  const initial = sleepFormValues(night);
  const bedMoved = bedtime !== undefined && bedtime !== toMeasuredAt(initial.bedDate, initial.bedTime);
  const wakeMoved = wakeTime !== undefined && wakeTime !== toMeasuredAt(initial.wakeDate, initial.wakeTime);
  return { ...(bedMoved ? { bedtime } : {}), ...(wakeMoved ? { wakeTime } : {}), ...rest };
}

/** Last night by default: to bed yesterday at 23:00, up today at 07:00. */
export function emptySleepForm(now: Date = new Date()): SleepFormValues {
  const today = localDateTime(now).date;
  return {
    bedDate: addDays(today, -1),
    bedTime: "23:00",
    wakeDate: today,
    wakeTime: "07:00",
    quality: "",
    deepMin: "",
    remMin: "",
    lightMin: "",
    awakeMin: "",
    note: "",
  };
}

const text = (n: number | null) => (n === null ? "" : String(n));
const qualityInputs = ["1", "2", "3", "4", "5"] as const;

/**
 * The inputs for editing a night. One without a clock starts with empty times (the days are its
 * own, so typing two times is enough to give it one).
 */
export function sleepFormValues(night: SleepEntry): SleepFormValues {
  const details: Omit<SleepFormValues, keyof ClockInputs> = {
    quality: qualityInputs.find((q) => Number(q) === night.quality) ?? "",
    deepMin: text(night.deepMin),
    remMin: text(night.remMin),
    lightMin: text(night.lightMin),
    awakeMin: text(night.awakeMin),
    note: night.note ?? "",
  };
  if (!hasClock(night)) {
    return { bedDate: addDays(night.date, -1), bedTime: "", wakeDate: night.date, wakeTime: "", ...details };
  }
  const bed = localDateTime(new Date(night.bedtime));
  const wake = localDateTime(new Date(night.wakeTime));
  return { bedDate: bed.date, bedTime: bed.time, wakeDate: wake.date, wakeTime: wake.time, ...details };
}
