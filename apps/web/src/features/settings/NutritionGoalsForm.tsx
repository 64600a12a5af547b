import type { ProteinTargetUnit } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { Segmented } from "../../components/Segmented";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { formatKg, formatNumber, parseDecimal } from "../../lib/number";
import { useWeightStats } from "../weight/useWeight";
import {
  convertProteinTarget,
  type NutritionGoalsFormValues,
  nutritionGoalsFormSchema,
  nutritionGoalsFormValues,
  switchProteinInput,
} from "./nutritionGoalsForm";
import { useUpdateProfile } from "./useProfileSettings";

const fieldNames = [
  "kcalTarget",
  "proteinTarget",
  "proteinTargetUnit",
  "fatTargetG",
  "carbsTargetG",
] as const satisfies readonly (keyof NutritionGoalsFormValues)[];

/** The targets that are plain grams a day. */
const gramTargets = [
  { name: "fatTargetG", label: "goals.fat", testId: "goal-fat" },
  { name: "carbsTargetG", label: "goals.carbs", testId: "goal-carbs" },
] as const;

/**
 * The daily nutrition targets kept in the profile: kcal, protein (grams or grams per kg of body
 * weight), fat and carbohydrates. An empty field is no target.
 */
export function NutritionGoalsForm({ onSaved }: { onSaved?: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const update = useUpdateProfile();
  const weight = useWeightStats();
  const weightKg = weight.data?.latest?.weight ?? null;
  const form = useSchemaForm(nutritionGoalsFormSchema, nutritionGoalsFormValues(profile, locale));
  const { errors, isDirty } = form.formState;
  // A refusal whose messages all found their fields needs no banner besides them.
  const [banner, setBanner] = useState(false);
  const unit = form.watch("proteinTargetUnit");
  const proteinHint = useProteinHint(form.watch("proteinTarget"), unit, weightKg);

  const switchUnit = (to: ProteinTargetUnit) => {
    if (to === unit) return;
    form.setValue(
      "proteinTarget",
      switchProteinInput(form.getValues("proteinTarget"), to, weightKg, locale),
      {
        shouldDirty: true,
      },
    );
    form.setValue("proteinTargetUnit", to, { shouldDirty: true });
    form.clearErrors("proteinTarget");
  };

  const onSubmit = form.handleSubmit((body) => {
    update.mutate(body, {
      onSuccess: (saved) => {
        setBanner(false);
        form.reset(nutritionGoalsFormValues(saved, locale));
        toast.show(t("goals.saved"));
        onSaved?.();
      },
      onError: (error) => setBanner(!applyServerFieldErrors(error, form.setError, fieldNames)),
    });
  });

  return (
    <form className="stack" noValidate onSubmit={onSubmit} data-testid="nutrition-goals-form">
      <p className="muted small">{t("goals.intro")}</p>
      <div className="form-grid">
        <TextField
          label={t("goals.kcal")}
          inputMode="numeric"
          autoComplete="off"
          suffix="kcal"
          optional={t("common.optional")}
          error={errors.kcalTarget?.message}
          data-testid="goal-kcal"
          {...form.register("kcalTarget")}
        />
        <div className="goals-protein">
          <TextField
            label={t("goals.protein")}
            inputMode="decimal"
            autoComplete="off"
            suffix={t(`goals.unit.${unit}`)}
            optional={t("common.optional")}
            hint={proteinHint}
            error={errors.proteinTarget?.message}
            data-testid="goal-protein"
            {...form.register("proteinTarget")}
          />
          <Segmented
            legend={t("goals.proteinUnit")}
            hideLegend
            name="proteinTargetUnit"
            value={unit}
            onChange={switchUnit}
            options={(["g", "g_per_kg"] as const).map((value) => ({
              value,
              label: t(`goals.unitLong.${value}`),
            }))}
          />
        </div>
        {gramTargets.map(({ name, label, testId }) => (
          <TextField
            key={name}
            label={t(label)}
            inputMode="decimal"
            autoComplete="off"
            suffix="g"
            optional={t("common.optional")}
            error={errors[name]?.message}
            data-testid={testId}
            {...form.register(name)}
          />
        ))}
      </div>
      {update.isError && banner && <ErrorMessage error={update.error} />}
      <div className="form-actions">
        <Button
          type="submit"
          loading={update.isPending}
          disabled={!isDirty && !update.isPending}
          data-testid="goals-save"
        >
          {t("goals.save")}
        </Button>
      </div>
    </form>
  );
}

/** What the protein target means in the other unit, with the latest weight; undefined for nothing to say. */
function useProteinHint(text: string, unit: ProteinTargetUnit, weightKg: number | null): string | undefined {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if (weightKg === null) return unit === "g_per_kg" ? t("goals.noWeight") : undefined;
  const value = parseDecimal(text);
  const other = convertProteinTarget(value, unit === "g" ? "g_per_kg" : "g", weightKg);
  if (other === null || value === null || value <= 0) return undefined;
  const weight = formatKg(weightKg, locale);
  return unit === "g_per_kg"
    ? t("goals.perKgInGrams", { grams: formatNumber(other, locale, { maxDigits: 0 }), weight })
    : t("goals.gramsPerKg", { perKg: formatNumber(other, locale, { minDigits: 1, maxDigits: 1 }), weight });
}
