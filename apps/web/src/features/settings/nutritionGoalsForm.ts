import { nutritionGoalFields, PROTEIN_PER_KG_MAX, type Profile, type ProteinTargetUnit } from "@mitai/shared";
import { z } from "zod";
import { optionalDecimalInput } from "../../lib/inputSchemas";
import { joinDigitGroups, parseDecimal, toInputNumber } from "../../lib/number";
import type { InputReason } from "../../lib/validation";

/** What the target inputs hold: text (empty = no target) and the protein unit. */
export type NutritionGoalsFormValues = {
  kcalTarget: string;
  proteinTarget: string;
  proteinTargetUnit: ProteinTargetUnit;
  fatTargetG: string;
  carbsTargetG: string;
};

/**
 * Reads a whole number of kcal the way people write it: "2200", "2.200" or "2,200" (digit groups
 * of three, in either language's notation) and "2 200". A decimal such as "2,5" is not one; null.
 */
export function parseKcal(input: string): number | null {
  const text = joinDigitGroups(input).trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

function reject(ctx: z.RefinementCtx, reason: InputReason) {
  ctx.addIssue({ code: "custom", message: reason, params: { reason } });
  return z.NEVER;
}

/** The kcal target: empty means none; "2.200" is 2200, not 2.2. */
const kcalInput = z.string().transform((text, ctx) => {
  if (text.trim() === "") return null;
  return parseKcal(text) ?? reject(ctx, "integer");
});

/**
 * The shared target rules over the text inputs; a target per kg of body weight is at most
 * `PROTEIN_PER_KG_MAX` (the server says the same).
 */
export const nutritionGoalsFormSchema = z
  .object({
    kcalTarget: kcalInput.pipe(nutritionGoalFields.kcalTarget),
    proteinTarget: optionalDecimalInput.pipe(nutritionGoalFields.proteinTarget),
    proteinTargetUnit: nutritionGoalFields.proteinTargetUnit,
    fatTargetG: optionalDecimalInput.pipe(nutritionGoalFields.fatTargetG),
    carbsTargetG: optionalDecimalInput.pipe(nutritionGoalFields.carbsTargetG),
  })
  .superRefine((goals, ctx) => {
    if (
      goals.proteinTargetUnit === "g_per_kg" &&
      goals.proteinTarget !== null &&
      goals.proteinTarget > PROTEIN_PER_KG_MAX
    ) {
      ctx.addIssue({
        code: "too_big",
        origin: "number",
        maximum: PROTEIN_PER_KG_MAX,
        inclusive: true,
        input: goals.proteinTarget,
        path: ["proteinTarget"],
        message: `must be at most ${PROTEIN_PER_KG_MAX} g per kg`,
      });
    }
  });
export type NutritionGoals = z.output<typeof nutritionGoalsFormSchema>;

/** Digits a protein target keeps in its input: whole grams, or tenths of a gram per kg. */
const proteinDigits = (unit: ProteinTargetUnit) => (unit === "g" ? 1 : 2);

export function nutritionGoalsFormValues(profile: Profile, locale: string): NutritionGoalsFormValues {
  return {
    kcalTarget: profile.kcalTarget === null ? "" : String(profile.kcalTarget),
    proteinTarget: toInputNumber(profile.proteinTarget, locale, proteinDigits(profile.proteinTargetUnit)),
    proteinTargetUnit: profile.proteinTargetUnit,
    fatTargetG: toInputNumber(profile.fatTargetG, locale, 1),
    carbsTargetG: toInputNumber(profile.carbsTargetG, locale, 1),
  };
}

/**
 * A protein target in the other unit with the given weight: 144 g at 80 kg is 1.8 g/kg and back.
 * Grams are whole, grams per kg keep one decimal. Null without a weight or a readable value.
 */
export function convertProteinTarget(
  value: number | null,
  to: ProteinTargetUnit,
  weightKg: number | null,
): number | null {
  if (value === null || weightKg === null || weightKg <= 0) return null;
  return to === "g" ? Math.round(value * weightKg) : Math.round((value / weightKg) * 10) / 10;
}

/** The protein input's text switched to the other unit; unchanged when it cannot be converted. */
export function switchProteinInput(
  text: string,
  to: ProteinTargetUnit,
  weightKg: number | null,
  locale: string,
): string {
  const converted = convertProteinTarget(parseDecimal(text), to, weightKg);
  return converted === null ? text : toInputNumber(converted, locale, proteinDigits(to));
}
