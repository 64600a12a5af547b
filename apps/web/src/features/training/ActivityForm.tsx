import { type ActivityEntry, todayIn } from "@mitai/shared";
import { CalendarOff } from "lucide-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { EntrySubmit, useSavedDayLabel } from "../../components/EntryForm";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ActivityFields } from "./ActivityFields";
import { activityFormFields, activityFormSchema, emptyActivityForm, nextActivityForm } from "./activityForm";
import { typeName } from "./format";
import { useCreateActivity, useTrainingTypes } from "./useTraining";

/** The quick entry of a session: today preselected, name and type, duration, one tap to save. */
export function ActivityForm() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const create = useCreateActivity();
  const types = useTrainingTypes();
  const schema = useMemo(() => activityFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyActivityForm(today));
  const savedDay = useSavedDayLabel(today);
  // The last saved session broke a rest day: said until the next save.
  const [conflict, setConflict] = useState<ActivityEntry | null>(null);

  // A session without a name is named after the type picked for it.
  const nameAfterType = (id: string | null) => {
    const type = types.data?.find((candidate) => candidate.id === id);
    if (type && form.getValues("name").trim() === "") {
      form.setValue("name", typeName(type, language), { shouldValidate: form.formState.isSubmitted });
    }
  };

  const onSubmit = form.handleSubmit((body) => {
    setConflict(null);
    create.mutate(body, {
      onSuccess: (entry) => {
        toast.show(t("training.form.saved", { name: entry.name, date: savedDay(entry.date) }));
        if (entry.conflictsWithRestDay) setConflict(entry);
        form.reset(nextActivityForm(form.getValues(), todayIn(profile.timeZone)));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, activityFormFields),
    });
  });

  return (
    <form className="activity-form" data-testid="activity-form" noValidate onSubmit={onSubmit}>
      <ActivityFields
        register={form.register}
        control={form.control}
        errors={form.formState.errors}
        today={today}
        onTypeChosen={nameAfterType}
      />
      {conflict && (
        <div className="notice notice-warning" role="alert" data-testid="activity-conflict">
          <CalendarOff size={20} aria-hidden="true" className="notice-icon" />
          <div className="notice-body">
            <p>{t("training.form.conflict", { name: conflict.name, date: savedDay(conflict.date) })}</p>
            <div className="notice-action">
              <Link to="/training/rest-days" className="text-link">
                {t("training.form.conflictLink")}
              </Link>
            </div>
          </div>
        </div>
      )}
      <EntrySubmit
        label={t("training.form.submit")}
        saving={create.isPending}
        error={create.isError ? create.error : null}
      />
    </form>
  );
}
