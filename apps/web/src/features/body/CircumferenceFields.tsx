import { type CircumferencePoint, circumferencePoints, MIN_LOG_DATE } from "@mitai/shared";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
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
      <div className="vitals-when">
        <TextField
          label={t("body.fields.date")}
          type="date"
          min={MIN_LOG_DATE}
          max={today}
          className={compact ? "input-sm" : undefined}
          error={errors.date?.message}
          {...register("date")}
        />
        <TextField
          label={t("body.fields.note")}
          optional={t("common.optional")}
          autoComplete="off"
          maxLength={500}
          className={compact ? "input-sm" : undefined}
          error={errors.note?.message}
          {...register("note")}
        />
      </div>
    </>
  );
}
