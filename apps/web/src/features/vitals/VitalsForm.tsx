import { todayIn } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { EntrySubmit, useEditExistingDay, useSavedDayLabel } from "../../components/EntryForm";
import { useToast } from "../../components/Toast";
import { fetchVitalsOn, useCreateVitals } from "./useVitals";
import { VitalsFields } from "./VitalsFields";
import { emptyVitalsForm, vitalsFormFields, vitalsFormSchema } from "./vitalsForm";

/** The quick entry of a morning: today preselected, the values with their units, one tap to save. */
export function VitalsForm({ onEditExisting }: { onEditExisting: (id: string) => void }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const create = useCreateVitals();
  const schema = useMemo(() => vitalsFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyVitalsForm(today));
  const { errors } = form.formState;

  const savedDay = useSavedDayLabel(today);
  const existing = useEditExistingDay(fetchVitalsOn, (id) => {
    onEditExisting(id);
    create.reset();
  });

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (entry) => {
        toast.show(t("vitals.form.saved", { date: savedDay(entry.date) }));
        form.reset(emptyVitalsForm(todayIn(profile.timeZone)));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, vitalsFormFields),
    });
  });

  return (
    <form className="vitals-form" data-testid="vitals-form" noValidate onSubmit={onSubmit}>
      <VitalsFields register={form.register} errors={errors} today={today} />
      <EntrySubmit
        label={t("vitals.form.submit")}
        saving={create.isPending}
        error={create.isError ? create.error : null}
        duplicate={{ code: "vitals_duplicate", message: t("vitals.form.duplicate") }}
        editExisting={{
          label: t("vitals.form.editExisting"),
          finding: existing.finding,
          onClick: () => void existing.editExisting(form.getValues("date")),
        }}
      />
    </form>
  );
}
