import {
  logDate,
  MANUAL_SOURCE,
  type NutritionCreate,
  type NutritionEntry,
  note,
  nutritionCreate,
} from "@mitai/shared";
import { z } from "zod";
import { decimalInput, futureDateIssue, notAfter, optionalDecimalInput } from "../../lib/inputSchemas";
import { joinDigitGroups, toInputNumber } from "../../lib/number";

/** What the inputs hold: text, so "12,5" can be typed in German; "" means not given. */
export type NutritionFormValues = {
  date: string;
  kcal: string;
  proteinG: string;
  fatG: string;
  carbsG: string;
  fiberG: string;
  note: string;
};

export const nutritionFormFields = ["date", "kcal", "proteinG", "fatG", "carbsG", "fiberG", "note"] as const;

const { kcal, proteinG, fatG, carbsG, fiberG } = nutritionCreate.shape;

/**
 * Energy as people write it: "1850", "1.850" (German) or "1,850" (English) are 1,850 kcal — a day's
 * energy is never a fraction of two kcal — while "250,5" is still a decimal.
 */
export const kcalInput = z.string().transform(joinDigitGroups).pipe(decimalInput);

/**
 * The shared `nutritionCreate` rules over text inputs: decimals in either language, kcal with a
 * thousands separator, an empty fiber means "not given", no day after today. What an edit sends.
 */
export function nutritionEditSchema(today: string) {
  return z.object({
    date: logDate.refine(notAfter(today), futureDateIssue),
    kcal: kcalInput.pipe(kcal),
    proteinG: decimalInput.pipe(proteinG),
    fatG: decimalInput.pipe(fatG),
    carbsG: decimalInput.pipe(carbsG),
    fiberG: optionalDecimalInput.pipe(fiberG.unwrap()),
    note: note.transform((text) => (text === "" ? null : text)),
  });
}

/** The same for a new entry, which is a hand-typed one. */
export function nutritionFormSchema(today: string) {
  return nutritionEditSchema(today).transform((day): NutritionCreate & { source: string } => ({
    ...day,
    source: MANUAL_SOURCE,
  }));
}

export function emptyNutritionForm(date: string): NutritionFormValues {
  return { date, kcal: "", proteinG: "", fatG: "", carbsG: "", fiberG: "", note: "" };
}

/** A stored entry as the inputs show it: kcal whole, grams to a tenth. */
export function nutritionFormValues(entry: NutritionEntry, locale: string): NutritionFormValues {
  return {
    date: entry.date,
    kcal: toInputNumber(entry.kcal, locale, 0),
    proteinG: toInputNumber(entry.proteinG, locale, 1),
    fatG: toInputNumber(entry.fatG, locale, 1),
    carbsG: toInputNumber(entry.carbsG, locale, 1),
    fiberG: toInputNumber(entry.fiberG, locale, 1),
    note: entry.note ?? "",
  };
}
