import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { EntrySubmit } from "../../components/EntryForm";
import { useToast } from "../../components/Toast";
import { useFormatDuration } from "./format";
import { SleepFields } from "./SleepFields";
import { emptySleepForm, sleepFormFields, sleepFormSchema } from "./sleepForm";
import { useCreateNight } from "./useSleep";

/** The quick entry: last night preselected, a rating, one tap to save. */
export function SleepForm() {
  const { t } = useTranslation();
  const toast = useToast();
  const format = useFormatDuration();
  const create = useCreateNight();
  const form = useSchemaForm(sleepFormSchema, emptySleepForm());
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (night) => {
        toast.show(t("sleep.saved", { duration: format(night.durationMin) }));
        form.reset(emptySleepForm());
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, sleepFormFields),
    });
  });

  return (
    <form className="sleep-form" data-testid="sleep-form" noValidate onSubmit={onSubmit}>
      <SleepFields register={form.register} control={form.control} errors={errors} />
      <EntrySubmit
        label={t("sleep.form.submit")}
        saving={create.isPending}
        error={create.isError ? create.error : null}
      />
    </form>
  );
}
