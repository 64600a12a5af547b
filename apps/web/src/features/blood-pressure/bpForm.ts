import {
  type BloodPressureContext,
  type BloodPressureCreate,
  type BloodPressureReading,
  bloodPressureContext,
  bloodPressureCreate,
  logDate,
  note,
} from "@mitai/shared";
import { z } from "zod";
import { ApiError } from "../../lib/apiError";
import { integerInput, optionalIntegerInput } from "../../lib/inputSchemas";
import type { InputReason } from "../../lib/validation";

/** What the reading inputs hold: text for the numbers, the local day and time of the browser. */
export type BpFormValues = {
  systolic: string;
  diastolic: string;
  pulse: string;
  date: string;
  time: string;
  context: BloodPressureContext | "";
  irregularHeartbeat: boolean;
  note: string;
};

export const bpFormFields = [
  "systolic",
  "diastolic",
  "pulse",
  "date",
  "time",
  "context",
  "irregularHeartbeat",
  "note",
] as const;

const issue = <R extends InputReason>(reason: R) => ({ params: { reason } });

/** A clock a minute fast must not make the reading "from the future" (the server allows the same). */
const CLOCK_SLACK_MS = 5 * 60_000;

const two = (n: number) => String(n).padStart(2, "0");

/** The browser's local day and time of an instant, as the date and time inputs hold them. */
export function localDateTime(instant: Date): { date: string; time: string } {
  return {
    date: `${instant.getFullYear()}-${two(instant.getMonth() + 1)}-${two(instant.getDate())}`,
    time: `${two(instant.getHours())}:${two(instant.getMinutes())}`,
  };
}

/** The local day and time inputs → an instant with offset (UTC), as the API wants it. */
export function toMeasuredAt(date: string, time: string): string {
  return new Date(`${date}T${time}`).toISOString();
}

const { systolic, diastolic, pulse } = bloodPressureCreate.shape;

/**
 * The shared reading rules over text inputs: whole numbers typed as text, an empty pulse or context
 * means none, and the local day and time become one instant that is not in the future.
 */
export function bpFormSchema(now: () => number = Date.now) {
  return z
    .object({
      systolic: integerInput.pipe(systolic),
      diastolic: integerInput.pipe(diastolic),
      pulse: optionalIntegerInput.pipe(pulse.unwrap()),
      date: logDate,
      time: z.string().refine((text) => /^\d{2}:\d{2}$/.test(text), issue("time")),
      context: z.union([z.literal(""), bloodPressureContext]).transform((value) => value || null),
      irregularHeartbeat: z.boolean(),
      note: note.transform((text) => (text === "" ? null : text)),
    })
    .refine((r) => r.diastolic < r.systolic, { path: ["diastolic"], ...issue("diastolicBelow") })
    .refine((r) => new Date(`${r.date}T${r.time}`).getTime() <= now() + CLOCK_SLACK_MS, {
      path: ["time"],
      ...issue("futureTime"),
    })
    .transform(
      ({ date, time, ...rest }): BloodPressureCreate => ({
        measuredAt: toMeasuredAt(date, time),
        ...rest,
      }),
    );
}

export function emptyBpForm(now: Date = new Date()): BpFormValues {
  return {
    systolic: "",
    diastolic: "",
    pulse: "",
    ...localDateTime(now),
    context: "",
    irregularHeartbeat: false,
    note: "",
  };
}

export function bpFormValues(reading: BloodPressureReading): BpFormValues {
  return {
    systolic: String(reading.systolic),
    diastolic: String(reading.diastolic),
    pulse: reading.pulse === null ? "" : String(reading.pulse),
    ...localDateTime(new Date(reading.measuredAt)),
    context: reading.context ?? "",
    irregularHeartbeat: reading.irregularHeartbeat,
    note: reading.note ?? "",
  };
}

/**
 * A refusal's per-field messages as the form's fields: the server speaks of `measuredAt`, the form
 * has a date and a time (the time is what is wrong when the instant lies in the future).
 */
export function readingFieldErrors(error: unknown, futureText: string): unknown {
  if (!(error instanceof ApiError)) return error;
  const fieldErrors = error.fieldErrors.map((issue) =>
    issue.path === "measuredAt"
      ? { path: "time", message: /future/i.test(issue.message) ? futureText : issue.message }
      : issue,
  );
  return new ApiError(error.status, error.code, error.detail, fieldErrors);
}
