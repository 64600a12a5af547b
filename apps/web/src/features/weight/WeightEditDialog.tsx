import { MIN_LOG_DATE, todayIn, type WeightEntry } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { useUpdateWeight } from "./useWeight";
import { type WeightFormValues, weightFormSchema, weightFormValues } from "./weightForm";

export type WeightEditTarget = { entry: WeightEntry; initial?: Partial<WeightFormValues> };

type WeightEditDialogProps = { target: WeightEditTarget | null; onClose: () => void };

export function WeightEditDialog({ target, onClose }: WeightEditDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={target !== null} onClose={onClose} title={t("weight.edit.title")}>
      {target && <WeightEditForm target={target} onDone={onClose} />}
    </Dialog>
  );
}

function WeightEditForm({ target, onDone }: { target: WeightEditTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const update = useUpdateWeight();
  const schema = useMemo(() => weightFormSchema(today), [today]);
  const form = useSchemaForm(schema, { ...weightFormValues(target.entry, locale), ...target.initial });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) => {
    update.mutate(
      { id: target.entry.id, body },
      {
        onSuccess: () => {
          toast.show(t("weight.edit.saved"));
          onDone();
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, ["date", "weight", "note"]),
      },
    );
  });

  return (
    <form className="stack" data-testid="weight-edit-form" noValidate onSubmit={onSubmit}>
      <TextField
        label={t("weight.fields.weight")}
        inputMode="decimal"
        autoComplete="off"
        className="input-xl tabular"
        suffix="kg"
        data-autofocus
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
      <TextField
        label={t("weight.fields.note")}
        optional={t("common.optional")}
        autoComplete="off"
        maxLength={500}
        error={errors.note?.message}
        {...form.register("note")}
      />
      {update.isError && <ErrorMessage error={update.error} />}
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onDone}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={update.isPending}>
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
