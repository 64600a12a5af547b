import {
  hasAnyMetric,
  logDate,
  note,
  type VitalsEntry,
  type VitalsMetric,
  vitalsCreate,
} from "@mitai/shared";
import { z } from "zod";
import {
  futureDateIssue,
  notAfter,
  optionalDecimalInput,
  optionalIntegerInput,
} from "../../lib/inputSchemas";
import { toInputNumber } from "../../lib/number";

/** What the vitals inputs hold: text, so "4,5" can be typed in German. */
export type VitalsFormValues = { date: string; note: string } & Record<VitalsMetric, string>;

export const vitalsFormFields = [
  "date",
  "restingHr",
  "hrv",
  "vo2Max",
  "spo2",
  "respiratoryRate",
  "note",
] as const;

const { restingHr, hrv, vo2Max, spo2, respiratoryRate } = vitalsCreate.shape;

/**
 * The shared `vitalsCreate` rules over text inputs: resting HR a whole number, the rest decimals in
 * either language, an empty field means "not measured", at least one value, no day after today.
 */
export function vitalsFormSchema(today: string) {
  return z
    .object({
      date: logDate.refine(notAfter(today), futureDateIssue),
      restingHr: optionalIntegerInput.pipe(restingHr.unwrap()),
      hrv: optionalDecimalInput.pipe(hrv.unwrap()),
      vo2Max: optionalDecimalInput.pipe(vo2Max.unwrap()),
      spo2: optionalDecimalInput.pipe(spo2.unwrap()),
      respiratoryRate: optionalDecimalInput.pipe(respiratoryRate.unwrap()),
      note: note.transform((text) => (text === "" ? null : text)),
    })
    .refine(hasAnyMetric, { path: ["restingHr"], params: { reason: "atLeastOne" } });
}

export function emptyVitalsForm(today: string): VitalsFormValues {
  return { date: today, restingHr: "", hrv: "", vo2Max: "", spo2: "", respiratoryRate: "", note: "" };
}

export function vitalsFormValues(entry: VitalsEntry, locale: string): VitalsFormValues {
  return {
    date: entry.date,
    restingHr: toInputNumber(entry.restingHr, locale, 0),
    hrv: toInputNumber(entry.hrv, locale),
    vo2Max: toInputNumber(entry.vo2Max, locale),
    spo2: toInputNumber(entry.spo2, locale),
    respiratoryRate: toInputNumber(entry.respiratoryRate, locale),
    note: entry.note ?? "",
  };
}
