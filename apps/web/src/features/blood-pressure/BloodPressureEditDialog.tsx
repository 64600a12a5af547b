import type { BloodPressureReading } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { bpFormFields, bpFormSchema, bpFormValues, readingFieldErrors, toMeasuredAt } from "./bpForm";
import { ReadingFields } from "./ReadingFields";
import { useUpdateReading } from "./useBloodPressure";

type BloodPressureEditDialogProps = { reading: BloodPressureReading | null; onClose: () => void };

export function BloodPressureEditDialog({ reading, onClose }: BloodPressureEditDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={reading !== null} onClose={onClose} title={t("bp.edit.title")}>
      {reading && <EditForm reading={reading} onDone={onClose} />}
    </Dialog>
  );
}

function EditForm({ reading, onDone }: { reading: BloodPressureReading; onDone: () => void }) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdateReading();
  const schema = useMemo(() => bpFormSchema(), []);
  const initial = useMemo(() => bpFormValues(reading), [reading]);
  const form = useSchemaForm(schema, initial);
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ measuredAt, ...rest }) => {
    // The inputs show minutes only: an untouched day and time keep the stored instant as it is.
    const moved = measuredAt !== toMeasuredAt(initial.date, initial.time);
    update.mutate(
      { id: reading.id, body: moved ? { measuredAt, ...rest } : rest },
      {
        onSuccess: () => {
          toast.show(t("bp.edit.saved"));
          onDone();
        },
        onError: (error) =>
          applyServerFieldErrors(
            readingFieldErrors(error, t("validation.futureTime")),
            form.setError,
            bpFormFields,
          ),
      },
    );
  });

  return (
    <form className="bp-form" data-testid="bp-edit-form" noValidate onSubmit={onSubmit}>
      <ReadingFields register={form.register} errors={errors} autoFocus />
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
