import { MIN_LOG_DATE, todayIn, type WeightEntry } from "@mitai/shared";
import { Check, Pencil } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage, useErrorText } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { formatDay, relativeDay } from "../../lib/dates";
import { formatKg } from "../../lib/number";
import { fetchWeightOn, useCreateWeight } from "./useWeight";
import { emptyWeightForm, weightFormSchema } from "./weightForm";

type WeightFormProps = {
  /** The latest logged weight, shown as a hint. */
  latest: { date: string; weight: number } | null;
  /** Opens the editor for an existing entry, with the weight the user just typed. */
  onEdit: (entry: WeightEntry, typedWeight: string) => void;
};

/** The quick entry: weight first, today preselected, one tap to save. */
export function WeightForm({ latest, onEdit }: WeightFormProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const errorText = useErrorText();
  const today = todayIn(profile.timeZone);
  const create = useCreateWeight();
  const schema = useMemo(() => weightFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyWeightForm(today));
  const { errors } = form.formState;
  const [finding, setFinding] = useState(false);

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (entry) => {
        const weight = formatKg(entry.weight, locale, 2);
        toast.show(
          entry.date === today
            ? t("weight.savedToday", { weight })
            : t("weight.savedOn", { weight, date: formatDay(entry.date, locale, "short") }),
        );
        form.reset(emptyWeightForm(todayIn(profile.timeZone)));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, ["date", "weight", "note"]),
    });
  });

  const duplicate = create.error instanceof ApiError && create.error.code === "duplicate_date";

  const editExisting = async () => {
    setFinding(true);
    try {
      const entry = await fetchWeightOn(form.getValues("date"));
      if (entry) {
        onEdit(entry, form.getValues("weight"));
        create.reset();
      }
    } catch (error) {
      toast.show(errorText(error), "error");
    } finally {
      setFinding(false);
    }
  };

  const latestDay = latest ? relativeDay(latest.date, today) : null;
  const hint = latest
    ? t("weight.form.latest", {
        weight: formatKg(latest.weight, locale, 2),
        date: latestDay ? t(`common.relative.${latestDay}`) : formatDay(latest.date, locale, "short"),
      })
    : undefined;

  return (
    <form className="weight-form" data-testid="weight-form" noValidate onSubmit={onSubmit}>
      <div className="weight-form-grid">
        <TextField
          label={t("weight.fields.weight")}
          inputMode="decimal"
          autoComplete="off"
          enterKeyHint="done"
          className="input-xl tabular"
          suffix="kg"
          hint={hint}
          error={errors.weight?.message}
          {...form.register("weight")}
        />
        <TextField
          label={t("weight.fields.date")}
          type="date"
          min={MIN_LOG_DATE}
          max={today}
          error={errors.date?.message}
          {...form.register("date")}
        />
      </div>
      <TextField
        label={t("weight.fields.note")}
        optional={t("common.optional")}
        autoComplete="off"
        maxLength={500}
        error={errors.note?.message}
        {...form.register("note")}
      />
      {create.isError && (
        <ErrorMessage
          error={create.error}
          action={
            duplicate ? (
              <Button
                variant="secondary"
                size="sm"
                loading={finding}
                icon={<Pencil size={16} aria-hidden="true" />}
                onClick={editExisting}
              >
                {t("weight.form.editExisting")}
              </Button>
            ) : undefined
          }
        />
      )}
      <Button
        type="submit"
        size="lg"
        block
        loading={create.isPending}
        icon={<Check size={20} aria-hidden="true" />}
      >
        {t("weight.form.submit")}
      </Button>
    </form>
  );
}
