import { type ActivityCreate, type ActivityEntry, activityCreate, logDate, note } from "@mitai/shared";
import { z } from "zod";
import {
  decimalInput,
  emptyAsNull,
  futureDateIssue,
  notAfter,
  optionalDecimalInput,
  optionalIntegerInput,
} from "../../lib/inputSchemas";
import { toInputNumber } from "../../lib/number";

/** What the session inputs hold: text, so "12,5" can be typed in German; "" means not given. */
export type ActivityFormValues = {
  date: string;
  startTime: string;
  name: string;
  trainingTypeId: string;
  durationMin: string;
  kcalActive: string;
  hrAvg: string;
  hrMax: string;
  distanceKm: string;
  rpe: string;
  notes: string;
};

export const activityFormFields = [
  "date",
  "startTime",
  "name",
  "trainingTypeId",
  "durationMin",
  "kcalActive",
  "hrAvg",
  "hrMax",
  "distanceKm",
  "rpe",
  "notes",
] as const;

const { name, startTime, trainingTypeId, durationMin, kcalActive, hrAvg, hrMax, distanceKm, rpe } =
  activityCreate.shape;

/**
 * The shared `activityCreate` rules over text inputs: decimals in either language, an empty field
 * means "not given", no day after today, and a maximum heart rate not below the average (said as
 * "at least <average>", which the form can translate).
 */
export function activityFormSchema(today: string) {
  return z
    .object({
      date: logDate.refine(notAfter(today), futureDateIssue),
      startTime: emptyAsNull.pipe(startTime.unwrap()),
      name,
      trainingTypeId: emptyAsNull.pipe(trainingTypeId.unwrap()),
      durationMin: decimalInput.pipe(durationMin),
      kcalActive: optionalDecimalInput.pipe(kcalActive.unwrap()),
      hrAvg: optionalIntegerInput.pipe(hrAvg.unwrap()),
      hrMax: optionalIntegerInput.pipe(hrMax.unwrap()),
      distanceKm: optionalDecimalInput.pipe(distanceKm.unwrap()),
      rpe: optionalIntegerInput.pipe(rpe.unwrap()),
      notes: note.transform((text) => (text === "" ? null : text)),
    })
    .superRefine((session, ctx) => {
      if (session.hrAvg !== null && session.hrMax !== null && session.hrMax < session.hrAvg) {
        ctx.addIssue({
          code: "too_small",
          origin: "number",
          minimum: session.hrAvg,
          inclusive: true,
          input: session.hrMax,
          path: ["hrMax"],
        });
      }
    })
    .transform((session): ActivityCreate => session);
}

export function emptyActivityForm(today: string): ActivityFormValues {
  return {
    date: today,
    startTime: "",
    name: "",
    trainingTypeId: "",
    durationMin: "",
    kcalActive: "",
    hrAvg: "",
    hrMax: "",
    distanceKm: "",
    rpe: "",
    notes: "",
  };
}

/** A stored session as the inputs show it (the start time without seconds). */
export function activityFormValues(entry: ActivityEntry, locale: string): ActivityFormValues {
  return {
    date: entry.date,
    startTime: entry.startTime?.slice(0, 5) ?? "",
    name: entry.name,
    trainingTypeId: entry.trainingTypeId ?? "",
    durationMin: toInputNumber(entry.durationMin, locale),
    kcalActive: toInputNumber(entry.kcalActive, locale, 0),
    hrAvg: toInputNumber(entry.hrAvg, locale, 0),
    hrMax: toInputNumber(entry.hrMax, locale, 0),
    distanceKm: toInputNumber(entry.distanceKm, locale),
    rpe: entry.rpe === null ? "" : String(entry.rpe),
    notes: entry.notes ?? "",
  };
}

/** A new session keeps the day, time-less, for the next one logged after it. */
export function nextActivityForm(saved: ActivityFormValues, today: string): ActivityFormValues {
  return { ...emptyActivityForm(today), date: saved.date };
}
