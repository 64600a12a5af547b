import { BedDouble, Clock, Star, Sunrise } from "lucide-react";
import { type Control, type FieldErrors, type UseFormRegister, useWatch } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../components/Field";
import { OptionalSection } from "../../components/OptionalSection";
import { useFormatDuration } from "./format";
import { inputDuration, phaseFields, phaseOfField, type SleepFormValues } from "./sleepForm";

type SleepFieldsProps<Output> = {
  register: UseFormRegister<SleepFormValues>;
  control: Control<SleepFormValues, unknown, Output>;
  errors: FieldErrors<SleepFormValues>;
  /** Open the phases at once (the edit dialog of a night that has them). */
  phasesOpen?: boolean;
  /**
   * The stored time in bed of a night imported without its clock: its times are optional then, and
   * this is the duration shown until both are typed.
   */
  clocklessDuration?: number;
  autoFocus?: boolean;
};

const qualities = ["1", "2", "3", "4", "5"] as const;

/** The inputs of one night, shared by the quick entry and the edit dialog. */
export function SleepFields<Output>({
  register,
  control,
  errors,
  phasesOpen,
  clocklessDuration,
  autoFocus,
}: SleepFieldsProps<Output>) {
  const { t } = useTranslation();
  const timeOptional = clocklessDuration === undefined ? undefined : t("common.optional");
  return (
    <>
      <fieldset className="sleep-when">
        <legend className="sleep-when-legend with-icon">
          <BedDouble size={18} aria-hidden="true" />
          {t("sleep.fields.bed")}
        </legend>
        <TextField
          label={t("sleep.fields.date")}
          type="date"
          data-autofocus={autoFocus || undefined}
          error={errors.bedDate?.message}
          {...register("bedDate")}
        />
        <TextField
          label={t("sleep.fields.time")}
          type="time"
          optional={timeOptional}
          error={errors.bedTime?.message}
          {...register("bedTime")}
        />
      </fieldset>
      <fieldset className="sleep-when">
        <legend className="sleep-when-legend with-icon">
          <Sunrise size={18} aria-hidden="true" />
          {t("sleep.fields.wake")}
        </legend>
        <TextField
          label={t("sleep.fields.date")}
          type="date"
          error={errors.wakeDate?.message}
          {...register("wakeDate")}
        />
        <TextField
          label={t("sleep.fields.time")}
          type="time"
          optional={timeOptional}
          error={errors.wakeTime?.message}
          {...register("wakeTime")}
        />
      </fieldset>
      <LiveDuration control={control} clocklessDuration={clocklessDuration} />
      <fieldset className="segmented-field sleep-quality">
        <legend className="field-label">{t("sleep.fields.quality")}</legend>
        <div className="segmented">
          {qualities.map((value) => (
            <label key={value} className="segmented-option">
              <input type="radio" value={value} {...register("quality")} />
              <span className="segmented-label tabular">
                <Star size={14} aria-hidden="true" className="sleep-star" />
                {value}
              </span>
            </label>
          ))}
        </div>
        <p className="field-hint">{t("sleep.fields.qualityHint")}</p>
      </fieldset>
      <OptionalSection title={t("sleep.fields.phases")} open={phasesOpen || Boolean(errors.deepMin)}>
        <p className="field-hint">{t("sleep.fields.phasesHint")}</p>
        <div className="sleep-phase-inputs">
          {phaseFields.map((field) => (
            <TextField
              key={field}
              label={t(`sleep.phases.${phaseOfField[field]}`)}
              inputMode="numeric"
              autoComplete="off"
              maxLength={4}
              className="tabular"
              suffix="min"
              fieldClassName={`sleep-phase-field sleep-fill-${phaseOfField[field]}`}
              error={errors[field]?.message}
              {...register(field)}
            />
          ))}
        </div>
      </OptionalSection>
      <TextField
        label={t("sleep.fields.note")}
        optional={t("common.optional")}
        autoComplete="off"
        maxLength={500}
        error={errors.note?.message}
        {...register("note")}
      />
    </>
  );
}

type LiveDurationProps<Output> = {
  control: Control<SleepFormValues, unknown, Output>;
  clocklessDuration?: number;
};

/** The time in bed as the inputs stand, updated while typing (a clockless night's own until both times are in). */
function LiveDuration<Output>({ control, clocklessDuration }: LiveDurationProps<Output>) {
  const { t } = useTranslation();
  const format = useFormatDuration();
  const [bedDate, bedTime, wakeDate, wakeTime] = useWatch({
    control,
    name: ["bedDate", "bedTime", "wakeDate", "wakeTime"],
  });
  const minutes = inputDuration({ bedDate, bedTime, wakeDate, wakeTime }) ?? clocklessDuration ?? null;
  const valid = minutes !== null && minutes > 0 && minutes <= 24 * 60;
  return (
    <p className={valid ? "sleep-live" : "sleep-live sleep-live-invalid"} aria-live="polite">
      <Clock size={18} aria-hidden="true" />
      <span>{t("sleep.form.duration")}</span>
      <strong className="tabular" data-testid="sleep-form-duration">
        {valid ? format(minutes) : t("sleep.form.durationInvalid")}
      </strong>
    </p>
  );
}
