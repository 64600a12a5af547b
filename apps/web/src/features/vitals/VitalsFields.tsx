import type { VitalsMetric } from "@mitai/shared";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { DayNoteFields } from "../../components/DayNoteFields";
import { TextField } from "../../components/Field";
import type { VitalsFormValues } from "./vitalsForm";

type VitalsFieldsProps = {
  register: UseFormRegister<VitalsFormValues>;
  errors: FieldErrors<VitalsFormValues>;
  today: string;
  /** The compact variant of an inline edit in the list. */
  compact?: boolean;
};

const main = ["restingHr", "hrv"] as const satisfies readonly VitalsMetric[];
const more = ["vo2Max", "spo2", "respiratoryRate"] as const satisfies readonly VitalsMetric[];

/** The inputs of one morning, shared by the quick entry and the inline edit of a row. */
export function VitalsFields({ register, errors, today, compact = false }: VitalsFieldsProps) {
  const { t } = useTranslation();
  const metricField = (metric: VitalsMetric, big: boolean) => (
    <TextField
      key={metric}
      label={t(`vitals.fields.${metric}`)}
      hint={compact ? undefined : t(`vitals.hints.${metric}`)}
      inputMode={metric === "restingHr" ? "numeric" : "decimal"}
      autoComplete="off"
      enterKeyHint="next"
      maxLength={6}
      className={["tabular", big && !compact ? "input-xl" : "", compact ? "input-sm" : ""]
        .filter(Boolean)
        .join(" ")}
      suffix={t(`vitals.units.${metric}`)}
      error={errors[metric]?.message}
      {...register(metric)}
    />
  );
  return (
    <>
      <div className={compact ? "vitals-values vitals-values-compact" : "vitals-values"}>
        {main.map((metric) => metricField(metric, true))}
      </div>
      <div className={compact ? "vitals-more vitals-values-compact" : "vitals-more"}>
        {more.map((metric) => metricField(metric, false))}
      </div>
      <DayNoteFields
        labels={{ date: t("vitals.fields.date"), note: t("vitals.fields.note") }}
        today={today}
        date={register("date")}
        note={register("note")}
        errors={{ date: errors.date?.message, note: errors.note?.message }}
        compact={compact}
      />
    </>
  );
}
