import { type CaliperEntry, caliperMethods, type Sex, sitesFor, todayIn } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { DayNoteFields } from "../../components/DayNoteFields";
import { EntrySubmit, useSavedDayLabel } from "../../components/EntryForm";
import { useToast } from "../../components/Toast";
import { CaliperSiteFields } from "./CaliperSiteFields";
import { caliperFormFields, caliperFormSchema, emptyCaliperForm } from "./caliperForm";
import { useCreateCaliper } from "./useCaliper";

type CaliperFormProps = { sex: Sex; onSaved: (entry: CaliperEntry) => void };

/** A method picker and the sites that method needs for this sex, each with where and how to pinch. */
export function CaliperForm({ sex, onSaved }: CaliperFormProps) {
  const { t } = useTranslation();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const create = useCreateCaliper();
  const schema = useMemo(() => caliperFormSchema(today, sex), [today, sex]);
  const form = useSchemaForm(schema, emptyCaliperForm(today));
  const { errors } = form.formState;
  const method = form.watch("method");
  const sites = sitesFor(method, sex);
  const savedDay = useSavedDayLabel(today);

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (entry) => {
        toast.show(t("body.caliper.form.saved", { date: savedDay(entry.date) }));
        form.reset(emptyCaliperForm(todayIn(profile.timeZone), entry.method));
        onSaved(entry);
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, caliperFormFields),
    });
  });

  return (
    <form className="caliper-form" data-testid="caliper-form" noValidate onSubmit={onSubmit}>
      <fieldset className="method-picker">
        <legend className="field-label">{t("body.caliper.methods.label")}</legend>
        <div className="method-options">
          {caliperMethods.map((m) => (
            <label key={m} className="method-option" data-method={m}>
              <input type="radio" value={m} {...form.register("method")} />
              <span className="method-option-text">
                <span className="method-option-name">
                  {t(`body.caliper.methods.${m}`)}
                  <span className="method-option-count">{sitesFor(m, sex).length}×</span>
                </span>
                <span className="method-option-desc">{t(`body.caliper.methodText.${m}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <CaliperSiteFields sites={sites} register={form.register} errors={errors} />
      <DayNoteFields
        labels={{ date: t("body.fields.date"), note: t("body.fields.note") }}
        today={today}
        date={form.register("date")}
        note={form.register("note")}
        errors={{ date: errors.date?.message, note: errors.note?.message }}
      />
      <EntrySubmit
        label={t("body.caliper.form.submit")}
        saving={create.isPending}
        error={create.isError ? create.error : null}
        duplicate={{ code: "caliper_duplicate", message: t("body.caliper.form.duplicate") }}
      />
    </form>
  );
}
