import { type Profile, profileUpdate, type Sex, sexes } from "@mitai/shared";
import { z } from "zod";
import { emptyAsNull, integerInput, optionalDecimalInput } from "../../lib/inputSchemas";
import { toInputNumber } from "../../lib/number";

/** What the profile inputs hold: text and a select, so empty means "not set" and "1,78" works. */
export type ProfileFormValues = {
  name: string;
  sex: "" | Sex;
  birthDate: string;
  heightCm: string;
  goalWeightKg: string;
  timeZone: string;
  sessionDays: string;
};

const fields = profileUpdate.shape;

/** The shared `profileUpdate` rules over the text inputs (the language is switched on its own). */
export const profileFormSchema = profileUpdate.omit({ language: true }).extend({
  sex: z
    .enum(["", ...sexes])
    .transform((value) => (value === "" ? null : value))
    .pipe(fields.sex.unwrap()),
  birthDate: emptyAsNull.pipe(fields.birthDate.unwrap()),
  heightCm: optionalDecimalInput.pipe(fields.heightCm.unwrap()),
  goalWeightKg: optionalDecimalInput.pipe(fields.goalWeightKg.unwrap()),
  sessionDays: integerInput.pipe(fields.sessionDays.unwrap()),
});

export function profileFormValues(profile: Profile, locale: string): ProfileFormValues {
  return {
    name: profile.name,
    sex: profile.sex ?? "",
    birthDate: profile.birthDate ?? "",
    heightCm: toInputNumber(profile.heightCm, locale, 1),
    goalWeightKg: toInputNumber(profile.goalWeightKg, locale, 1),
    timeZone: profile.timeZone,
    sessionDays: String(profile.sessionDays),
  };
}
