import { type CircumferencePoint, circumferencePoints } from "@mitai/shared";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { DayNoteFields } from "../../components/DayNoteFields";
import { TextField } from "../../components/Field";
import type { CircumferenceFormValues } from "./circumferenceForm";

type CircumferenceFieldsProps = {
  register: UseFormRegister<CircumferenceFormValues>;
  errors: FieldErrors<CircumferenceFormValues>;
  today: string;
  /** The compact variant of an inline edit in the list: no how-to hints. */
  compact?: boolean;
};

/** The eight girths, the day and a note: shared by the entry form and the inline edit of a row. */
export function CircumferenceFields({ register, errors, today, compact = false }: CircumferenceFieldsProps) {
  const { t } = useTranslation();
  const girth = (point: CircumferencePoint) => (
    <TextField
      key={point}
      label={t(`body.points.${point}`)}
      hint={compact ? undefined : t(`body.howTo.${point}`)}
      inputMode="decimal"
      autoComplete="off"
      enterKeyHint="next"
      maxLength={6}
      className={["tabular", compact ? "input-sm" : ""].filter(Boolean).join(" ")}
      suffix={t("body.units.cm")}
      error={errors[point]?.message}
      {...register(point)}
    />
  );
  return (
    <>
      <div className={compact ? "girth-fields girth-fields-compact" : "girth-fields"}>
        {circumferencePoints.map(girth)}
      </div>
      <DayNoteFields
        labels={{ date: t("body.fields.date"), note: t("body.fields.note") }}
        today={today}
        date={register("date")}
        note={register("note")}
        errors={{ date: errors.date?.message, note: errors.note?.message }}
        compact={compact}
      />
    </>
  );
}
