import {
  addDays,
  logDate,
  note,
  type SleepCreate,
  type SleepEntry,
  type SleepPhase,
  sleepCreate,
} from "@mitai/shared";
import { z } from "zod";
import { optionalIntegerInput } from "../../lib/inputSchemas";
import type { InputReason } from "../../lib/validation";
import { localDateTime, toMeasuredAt } from "../blood-pressure/bpForm";

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

const issue = <R extends InputReason>(reason: R) => ({ params: { reason } });
const clock = z.string().refine((text) => /^\d{2}:\d{2}$/.test(text), issue("time"));
const phaseMinutes = optionalIntegerInput.pipe(sleepCreate.shape.deepMin.unwrap());

/** Minutes from going to bed to waking up, or null while the inputs do not make two instants. */
export function inputDuration(v: Pick<SleepFormValues, "bedDate" | "bedTime" | "wakeDate" | "wakeTime">) {
  const bed = new Date(`${v.bedDate}T${v.bedTime}`).getTime();
  const wake = new Date(`${v.wakeDate}T${v.wakeTime}`).getTime();
  if (Number.isNaN(bed) || Number.isNaN(wake)) return null;
  return Math.round((wake - bed) / 60_000);
}

/** The shared night rules over the inputs: wake after bed, the phases no longer than the night. */
export const sleepFormSchema = z
  .object({
    bedDate: logDate,
    bedTime: clock,
    wakeDate: logDate,
    wakeTime: clock,
    quality: z.enum(["", "1", "2", "3", "4", "5"]).transform((q) => (q === "" ? null : Number(q))),
    deepMin: phaseMinutes,
    remMin: phaseMinutes,
    lightMin: phaseMinutes,
    awakeMin: phaseMinutes,
    note: note.transform((text) => (text === "" ? null : text)),
  })
  .refine((v) => (inputDuration(v) ?? 1) > 0, { path: ["wakeTime"], ...issue("wakeAfterBed") })
  .refine(
    (v) =>
      (v.deepMin ?? 0) + (v.remMin ?? 0) + (v.lightMin ?? 0) + (v.awakeMin ?? 0) <=
      (inputDuration(v) ?? 1440),
    { path: ["deepMin"], ...issue("phasesExceedNight") },
  )
  // A clock a minute fast must not make the night "from the future" (the server allows the same).
  .refine((v) => new Date(`${v.wakeDate}T${v.wakeTime}`).getTime() <= Date.now() + 5 * 60_000, {
    path: ["wakeTime"],
    ...issue("futureTime"),
  })
  .transform(
    ({ bedDate, bedTime, wakeDate, wakeTime, ...rest }): SleepCreate => ({
      bedtime: toMeasuredAt(bedDate, bedTime),
      wakeTime: toMeasuredAt(wakeDate, wakeTime),
      ...rest,
    }),
  );

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

export function sleepFormValues(night: SleepEntry): SleepFormValues {
  const bed = localDateTime(new Date(night.bedtime));
  const wake = localDateTime(new Date(night.wakeTime));
  const quality = night.quality === null ? "" : String(night.quality);
  return {
    bedDate: bed.date,
    bedTime: bed.time,
    wakeDate: wake.date,
    wakeTime: wake.time,
    quality: quality as SleepFormValues["quality"],
    deepMin: text(night.deepMin),
    remMin: text(night.remMin),
    lightMin: text(night.lightMin),
    awakeMin: text(night.awakeMin),
    note: night.note ?? "",
  };
}
