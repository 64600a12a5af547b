import { type CircumferencePoint, todayIn } from "@mitai/shared";
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
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const errorText = useErrorText();
  const today = todayIn(profile.timeZone);
  const create = useCreateCircumference();
  const schema = useMemo(() => circumferenceFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyCircumferenceForm(today));
  const { errors } = form.formState;
  const [active, setActive] = useState<CircumferencePoint>("waist");
  const [finding, setFinding] = useState(false);

  const onSubmit = form.handleSubmit((body) => {
    create.mutate(body, {
      onSuccess: (entry) => {
        const day = relativeDay(entry.date, today);
        toast.show(
          t("body.circumference.form.saved", {
            date: day ? t(`common.relative.${day}`) : formatDay(entry.date, locale, "short"),
          }),
        );
        form.reset(emptyCircumferenceForm(todayIn(profile.timeZone)));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, circumferenceFormFields),
    });
  });

  const duplicate = create.error instanceof ApiError && create.error.code === "duplicate_date";

  const editExisting = async () => {
    setFinding(true);
    try {
      const entry = await fetchCircumferenceOn(form.getValues("date"));
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
      {create.isError && (
        <ErrorMessage
          error={
            duplicate
              ? new ApiError(409, "circumference_duplicate", t("body.circumference.form.duplicate"))
              : create.error
          }
          action={
            duplicate ? (
              <Button
                variant="secondary"
                size="sm"
                loading={finding}
                icon={<Pencil size={16} aria-hidden="true" />}
                onClick={editExisting}
              >
                {t("body.circumference.form.editExisting")}
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
        {t("body.circumference.form.submit")}
      </Button>
    </form>
  );
}
