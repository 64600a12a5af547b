import { Check } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { bpFormFields, bpFormSchema, emptyBpForm, readingFieldErrors } from "./bpForm";
import { ReadingFields } from "./ReadingFields";
import { useCreateReading } from "./useBloodPressure";

/** The quick entry: the two values first, now preselected, one tap to save. */
export function BloodPressureForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateReading();
  const schema = useMemo(() => bpFormSchema(), []);
  const form = useSchemaForm(schema, emptyBpForm());
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (reading) => {
        toast.show(
          t("bp.saved", {
            value: t("bp.value", { systolic: reading.systolic, diastolic: reading.diastolic }),
            class: t(`bp.classes.${reading.classification}`),
          }),
        );
        form.reset(emptyBpForm());
      },
      onError: (error) =>
        applyServerFieldErrors(
          readingFieldErrors(error, t("validation.futureTime")),
          form.setError,
          bpFormFields,
        ),
    });
  });

  return (
    <form className="bp-form" data-testid="bp-form" noValidate onSubmit={onSubmit}>
      <ReadingFields register={form.register} errors={errors} />
      {create.isError && <ErrorMessage error={create.error} />}
      <Button
        type="submit"
        size="lg"
        block
        loading={create.isPending}
        icon={<Check size={20} aria-hidden="true" />}
      >
        {t("bp.form.submit")}
      </Button>
    </form>
  );
}
