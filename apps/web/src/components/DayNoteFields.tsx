import { MIN_LOG_DATE } from "@mitai/shared";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "./Field";

type DayNoteFieldsProps = {
  labels: { date: string; note: string };
  /** The latest day that may be picked. */
  today: string;
  date: UseFormRegisterReturn<"date">;
  note: UseFormRegisterReturn<"note">;
  errors: { date?: string; note?: string };
  /** The small inputs of an inline edit in a list. */
  compact?: boolean;
};

/** The day an entry is for and its optional note, below the values of a logging form. */
export function DayNoteFields({ labels, today, date, note, errors, compact = false }: DayNoteFieldsProps) {
  const { t } = useTranslation();
  const className = compact ? "input-sm" : undefined;
  return (
    <div className="vitals-when">
      <TextField
        label={labels.date}
        type="date"
        min={MIN_LOG_DATE}
        max={today}
        className={className}
        error={errors.date}
        {...date}
      />
      <TextField
        label={labels.note}
        optional={t("common.optional")}
        autoComplete="off"
        maxLength={500}
        className={className}
        error={errors.note}
        {...note}
      />
    </div>
  );
}
