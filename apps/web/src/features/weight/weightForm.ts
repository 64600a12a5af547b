import { logDate, note, type WeightEntry, weightCreate, weightKg } from "@mitai/shared";
import { decimalInput, futureDateIssue, notAfter } from "../../lib/inputSchemas";
import { toInputNumber } from "../../lib/number";

/** What the weight inputs hold: text, so "82,4" can be typed in German. */
export type WeightFormValues = { date: string; weight: string; note: string };

/** The shared `weightCreate` rules over text inputs, plus "not after the profile's today". */
export function weightFormSchema(today: string) {
  return weightCreate.extend({
    date: logDate.refine(notAfter(today), futureDateIssue),
    weight: decimalInput.pipe(weightKg),
    note: note.transform((text) => (text === "" ? null : text)),
  });
}

export function emptyWeightForm(today: string): WeightFormValues {
  return { date: today, weight: "", note: "" };
}

export function weightFormValues(entry: WeightEntry, locale: string): WeightFormValues {
  return { date: entry.date, weight: toInputNumber(entry.weight, locale), note: entry.note ?? "" };
}
