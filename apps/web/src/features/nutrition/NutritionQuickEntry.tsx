import { addDays, MANUAL_SOURCE, todayIn } from "@mitai/shared";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { EntrySubmit, useSavedDayLabel } from "../../components/EntryForm";
import { Notice } from "../../components/ErrorMessage";
import { Segmented } from "../../components/Segmented";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { useNutritionFormat } from "./format";
import { NutritionFields } from "./NutritionFields";
import {
  emptyNutritionForm,
  nutritionFormFields,
  nutritionFormSchema,
  nutritionFormValues,
} from "./nutritionForm";
import { useCreateNutrition, useNutritionEntries, useUpdateNutrition } from "./useNutrition";

type Day = "today" | "yesterday";

/**
 * The quick entry of a day's totals, today preselected (yesterday one tap away). A day has one
 * hand-typed entry: when the chosen day has it already, the form shows it and saving changes it.
 */
export function NutritionQuickEntry() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const format = useNutritionFormat();
  const today = todayIn(profile.timeZone);
  const yesterday = addDays(today, -1);
  const [day, setDay] = useState<Day>("today");
  const date = day === "today" ? today : yesterday;
  const entries = useNutritionEntries(yesterday, today);
  const ofDay = (entries.data ?? []).filter((entry) => entry.date === date);
  const existing = ofDay.find((entry) => entry.source === MANUAL_SOURCE);
  const imported = ofDay.filter((entry) => entry.source !== MANUAL_SOURCE);
  const create = useCreateNutrition();
  const update = useUpdateNutrition();
  const schema = useMemo(() => nutritionFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyNutritionForm(date));
  const savedDay = useSavedDayLabel(today);
  const { isDirty } = form.formState;

  // What the form shows follows the chosen day: its entry when it has one; what was typed stays
  // when the day has none (typed first, then switched to yesterday) or when the entry turned up
  // only now (someone else saved it meanwhile).
  const shown = useRef<string | null>(null);
  const dirty = useRef(isDirty);
  dirty.current = isDirty;
  useEffect(() => {
    if (entries.isPending) return;
    const key = `${date}:${existing?.id ?? ""}`;
    if (shown.current === key) return;
    const sameDay = shown.current?.startsWith(`${date}:`) ?? false;
    shown.current = key;
    if (existing && !(sameDay && dirty.current)) form.reset(nutritionFormValues(existing, locale));
    else if (!existing && !dirty.current) form.reset(emptyNutritionForm(date));
    else form.setValue("date", date);
  }, [date, existing, entries.isPending, form, locale]);

  const onSubmit = form.handleSubmit((body) => {
    const done = (message: string) => {
      toast.show(message);
      create.reset();
      update.reset();
    };
    if (existing) {
      const { kcal, proteinG, fatG, carbsG, fiberG, note } = body;
      update.mutate(
        {
          id: existing.id,
          body: { kcal, proteinG, fatG, carbsG, fiberG: fiberG ?? null, note: note ?? null },
        },
        {
          onSuccess: (entry) => {
            form.reset(nutritionFormValues(entry, locale));
            done(t("nutrition.form.updated", { date: savedDay(entry.date) }));
          },
          onError: (error) => applyServerFieldErrors(error, form.setError, nutritionFormFields),
        },
      );
      return;
    }
    create.mutate(body, {
      onSuccess: (entry) => {
        form.reset(nutritionFormValues(entry, locale));
        done(t("nutrition.form.saved", { date: savedDay(entry.date) }));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, nutritionFormFields),
    });
  });

  const failed = existing ? update : create;
  return (
    <form className="nutrition-form" data-testid="nutrition-form" noValidate onSubmit={onSubmit}>
      <Segmented
        legend={t("nutrition.fields.day")}
        hideLegend
        name="nutrition-day"
        value={day}
        onChange={(next) => {
          create.reset();
          update.reset();
          setDay(next);
        }}
        options={[
          { value: "today", label: t("common.today") },
          { value: "yesterday", label: t("common.yesterday") },
        ]}
      />
      {existing && (
        <p className="nutrition-editing small" data-testid="nutrition-editing">
          {t("nutrition.form.editing", { date: savedDay(date) })}
        </p>
      )}
      <NutritionFields
        register={form.register}
        errors={form.formState.errors}
        today={today}
        moreOpen={existing !== undefined && (existing.fiberG !== null || existing.note !== null)}
      />
      {imported.length > 0 && (
        <Notice>
          {t("nutrition.form.alsoImported", {
            sources: imported
              .map((entry) => `${format.source(entry.source)} (${format.kcal(entry.kcal)})`)
              .join(", "),
          })}
        </Notice>
      )}
      <EntrySubmit
        label={t(existing ? "nutrition.form.update" : "nutrition.form.submit")}
        saving={create.isPending || update.isPending}
        error={failed.isError ? failed.error : null}
        duplicate={{ code: "duplicate_date", message: t("nutrition.form.duplicate") }}
      />
    </form>
  );
}
