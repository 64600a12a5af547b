import { todayIn } from "@mitai/shared";
import { Check, Pencil } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage, useErrorText } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { formatDay, relativeDay } from "../../lib/dates";
import { fetchVitalsOn, useCreateVitals } from "./useVitals";
import { VitalsFields } from "./VitalsFields";
import { emptyVitalsForm, vitalsFormFields, vitalsFormSchema } from "./vitalsForm";

/** The quick entry of a morning: today preselected, the values with their units, one tap to save. */
export function VitalsForm({ onEditExisting }: { onEditExisting: (id: string) => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const errorText = useErrorText();
  const today = todayIn(profile.timeZone);
  const create = useCreateVitals();
  const schema = useMemo(() => vitalsFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyVitalsForm(today));
  const { errors } = form.formState;
  const [finding, setFinding] = useState(false);

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (entry) => {
        const day = relativeDay(entry.date, today);
        toast.show(
          t("vitals.form.saved", {
            date: day ? t(`common.relative.${day}`) : formatDay(entry.date, locale, "short"),
          }),
        );
        form.reset(emptyVitalsForm(todayIn(profile.timeZone)));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, vitalsFormFields),
    });
  });

  const duplicate = create.error instanceof ApiError && create.error.code === "duplicate_date";

  const editExisting = async () => {
    setFinding(true);
    try {
      const entry = await fetchVitalsOn(form.getValues("date"));
      if (entry) {
        onEditExisting(entry.id);
        create.reset();
      }
    } catch (error) {
      toast.show(errorText(error), "error");
    } finally {
      setFinding(false);
    }
  };

  return (
    <form className="vitals-form" data-testid="vitals-form" noValidate onSubmit={onSubmit}>
      <VitalsFields register={form.register} errors={errors} today={today} />
      {create.isError && (
        <ErrorMessage
          // The shared text of this code speaks of weights: say it for this page.
          error={duplicate ? new ApiError(409, "vitals_duplicate", t("vitals.form.duplicate")) : create.error}
          action={
            duplicate ? (
              <Button
                variant="secondary"
                size="sm"
                loading={finding}
                icon={<Pencil size={16} aria-hidden="true" />}
                onClick={editExisting}
              >
                {t("vitals.form.editExisting")}
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
        {t("vitals.form.submit")}
      </Button>
    </form>
  );
}
