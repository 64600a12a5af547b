import type { SleepEntry } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { hasClock, phaseMinutes } from "./format";
import { SleepFields } from "./SleepFields";
import { sleepEditSchema, sleepFormFields, sleepFormValues, sleepUpdateBody } from "./sleepForm";
import { useUpdateNight } from "./useSleep";

type SleepEditDialogProps = { night: SleepEntry | null; onClose: () => void };

export function SleepEditDialog({ night, onClose }: SleepEditDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={night !== null} onClose={onClose} title={t("sleep.edit.title")}>
      {night && <EditForm night={night} onDone={onClose} />}
    </Dialog>
  );
}

function EditForm({ night, onDone }: { night: SleepEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateNight();
  const initial = useMemo(() => sleepFormValues(night), [night]);
  const schema = useMemo(() => sleepEditSchema(night), [night]);
  const form = useSchemaForm(schema, initial);
  const { errors } = form.formState;
  const clockless = !hasClock(night);

  const onSubmit = form.handleSubmit((values) => {
    update.mutate(
      { id: night.id, body: sleepUpdateBody(night, values) },
      {
        onSuccess: () => {
          toast.show(t("sleep.edit.saved"));
          onDone();
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, sleepFormFields),
      },
    );
  });

  return (
    <form className="sleep-form" data-testid="sleep-edit-form" noValidate onSubmit={onSubmit}>
      {clockless && <Notice>{t("sleep.edit.clocklessHint")}</Notice>}
      <SleepFields
        register={form.register}
        control={form.control}
        errors={errors}
        phasesOpen={phaseMinutes(night) !== null}
        clocklessDuration={clockless ? night.durationMin : undefined}
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
