import { type CircumferencePoint, todayIn } from "@mitai/shared";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { EntrySubmit, useEditExistingDay, useSavedDayLabel } from "../../components/EntryForm";
import { useToast } from "../../components/Toast";
import { BodySketch } from "./BodySketch";
import { CircumferenceFields } from "./CircumferenceFields";
import {
  circumferenceFormFields,
  circumferenceFormSchema,
  emptyCircumferenceForm,
} from "./circumferenceForm";
import { pointOfField } from "./sketch";
import { fetchCircumferenceOn, useCreateCircumference } from "./useCircumferences";

/** The girths of a day next to a sketch that shows where the focused one is taken. */
export function CircumferenceForm({ onEditExisting }: { onEditExisting: (id: string) => void }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const create = useCreateCircumference();
  const schema = useMemo(() => circumferenceFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyCircumferenceForm(today));
  const { errors } = form.formState;
  const [active, setActive] = useState<CircumferencePoint>("waist");

  const savedDay = useSavedDayLabel(today);
  const existing = useEditExistingDay(fetchCircumferenceOn, (id) => {
    onEditExisting(id);
    create.reset();
  });

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (entry) => {
        toast.show(t("body.circumference.form.saved", { date: savedDay(entry.date) }));
        form.reset(emptyCircumferenceForm(todayIn(profile.timeZone)));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, circumferenceFormFields),
    });
  });

  return (
    <form
      className="girth-form"
      data-testid="circumference-form"
      noValidate
      onSubmit={onSubmit}
      onFocus={(event) => {
        const point = pointOfField(event.target.getAttribute("name"));
        if (point) setActive(point);
      }}
    >
      <div className="girth-form-body">
        <div className="girth-sketch">
          <BodySketch active={active} onSelect={(point) => form.setFocus(point)} />
        </div>
        <div className="girth-form-fields">
          <p className="muted small">{t("body.circumference.form.tip")}</p>
          <CircumferenceFields register={form.register} errors={errors} today={today} />
        </div>
      </div>
      <EntrySubmit
        label={t("body.circumference.form.submit")}
        saving={create.isPending}
        error={create.isError ? create.error : null}
        duplicate={{ code: "circumference_duplicate", message: t("body.circumference.form.duplicate") }}
        editExisting={{
          label: t("body.circumference.form.editExisting"),
          finding: existing.finding,
          onClick: () => void existing.editExisting(form.getValues("date")),
        }}
      />
    </form>
  );
}
