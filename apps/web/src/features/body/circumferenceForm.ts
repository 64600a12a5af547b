import {
  type CircumferenceEntry,
  type CircumferencePoint,
  circumferenceCreate,
  circumferencePoints,
  hasAnyPoint,
  logDate,
  note,
} from "@mitai/shared";
import { z } from "zod";
import { futureDateIssue, notAfter, optionalDecimalInput } from "../../lib/inputSchemas";
import { toInputNumber } from "../../lib/number";

/** What the girth inputs hold: text, so "82,5" can be typed in German; empty means not measured. */
export type CircumferenceFormValues = { date: string; note: string } & Record<CircumferencePoint, string>;

export const circumferenceFormFields = ["date", ...circumferencePoints, "note"] as const;

const girth = optionalDecimalInput.pipe(circumferenceCreate.shape.waist.unwrap());

/**
 * The shared `circumferenceCreate` rules over text inputs: every point a decimal in either
 * language or empty, at least one point, no day after today. The output sends every point (null
 * for an empty one), so the same body clears a point when an entry is edited.
 */
export function circumferenceFormSchema(today: string) {
  return z
    .object({
      date: logDate.refine(notAfter(today), futureDateIssue),
      neck: girth,
      chest: girth,
      waist: girth,
      belly: girth,
      hip: girth,
      thigh: girth,
      calf: girth,
      arm: girth,
      note: note.transform((text) => (text === "" ? null : text)),
    })
    .refine(hasAnyPoint, { path: ["waist"], params: { reason: "atLeastOne" } });
}

export function emptyCircumferenceForm(today: string): CircumferenceFormValues {
  return {
    date: today,
    neck: "",
    chest: "",
    waist: "",
    belly: "",
    hip: "",
    thigh: "",
    calf: "",
    arm: "",
    note: "",
  };
}

export function circumferenceFormValues(entry: CircumferenceEntry, locale: string): CircumferenceFormValues {
  const values = emptyCircumferenceForm(entry.date);
  for (const point of circumferencePoints) values[point] = toInputNumber(entry[point], locale, 1);
  values.note = entry.note ?? "";
  return values;
}
