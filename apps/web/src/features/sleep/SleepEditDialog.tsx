import type { SleepEntry } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { toMeasuredAt } from "../blood-pressure/bpForm";
import { phaseMinutes } from "./format";
import { SleepFields } from "./SleepFields";
import { sleepFormFields, sleepFormSchema, sleepFormValues } from "./sleepForm";
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
  const form = useSchemaForm(sleepFormSchema, initial);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ bedtime, wakeTime, ...rest }) => {
    // The inputs show minutes only: untouched times keep the stored instants (and segments) as they are.
    const bedMoved = bedtime !== toMeasuredAt(initial.bedDate, initial.bedTime);
    const wakeMoved = wakeTime !== toMeasuredAt(initial.wakeDate, initial.wakeTime);
    update.mutate(
      {
        id: night.id,
        body: { ...(bedMoved ? { bedtime } : {}), ...(wakeMoved ? { wakeTime } : {}), ...rest },
      },
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
      <SleepFields
        register={form.register}
        control={form.control}
        errors={errors}
        phasesOpen={phaseMinutes(night) !== null}
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
