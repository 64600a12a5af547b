import { MIN_LOG_DATE } from "@mitai/shared";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { TextField } from "../../components/Field";
import { Segmented } from "../../components/Segmented";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import {
  type DateRange,
  type EvaluationPeriod,
  evaluationPeriods,
  isValidRange,
  type PeriodChoice,
  presetRange,
} from "./evaluationPeriod";

type EvaluationPeriodPickerProps = {
  choice: PeriodChoice;
  today: string;
  onChange: (choice: PeriodChoice) => void;
};

/** The four presets as one row of choices; "custom" opens a from–to pair that applies on submit. */
export function EvaluationPeriodPicker({ choice, today, onChange }: EvaluationPeriodPickerProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [customOpen, setCustomOpen] = useState(choice.period === "custom");
  const shown: EvaluationPeriod = customOpen ? "custom" : choice.period;

  const pick = (period: EvaluationPeriod) => {
    if (period === "custom") {
      setCustomOpen(true);
      return;
    }
    setCustomOpen(false);
    onChange({ period, range: presetRange(period, today) });
  };

  return (
    <div className="eval-period" data-testid="evaluation-period">
      <Segmented
        legend={t("evaluation.period.label")}
        hideLegend
        name="evaluation-period"
        value={shown}
        onChange={pick}
        options={evaluationPeriods.map((value) => ({ value, label: t(`evaluation.period.${value}`) }))}
      />
      {customOpen && (
        <CustomRange
          initial={choice.range}
          today={today}
          onApply={(range) => onChange({ period: "custom", range })}
        />
      )}
      <p className="eval-period-range muted tabular" aria-live="polite">
        {t("evaluation.period.range", {
          from: formatDay(choice.range.from, locale, "medium"),
          to: formatDay(choice.range.to, locale, "medium"),
        })}
      </p>
    </div>
  );
}

type CustomRangeProps = { initial: DateRange; today: string; onApply: (range: DateRange) => void };

function CustomRange({ initial, today, onApply }: CustomRangeProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const [from, setFrom] = useState(initial.from);
  const [to, setTo] = useState(initial.to);
  const [tried, setTried] = useState(false);
  const valid = isValidRange(from, to);
  const invalid = tried && !valid;
  // One message for the pair, below both fields: it is about their order, not one of them.
  const errorProps = invalid ? { "aria-invalid": true, "aria-describedby": errorId } : {};

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (valid) onApply({ from, to });
  };

  return (
    <form className="eval-custom" noValidate onSubmit={submit} data-testid="evaluation-custom">
      <TextField
        label={t("evaluation.period.from")}
        type="date"
        min={MIN_LOG_DATE}
        max={today}
        value={from}
        onChange={(event) => setFrom(event.target.value)}
        {...errorProps}
      />
      <TextField
        label={t("evaluation.period.to")}
        type="date"
        min={MIN_LOG_DATE}
        value={to}
        onChange={(event) => setTo(event.target.value)}
        {...errorProps}
      />
      {invalid && (
        <p className="field-error eval-custom-error" id={errorId} role="alert">
          {t("evaluation.period.invalid")}
        </p>
      )}
      <Button type="submit" variant="secondary">
        {t("evaluation.period.apply")}
      </Button>
    </form>
  );
}
