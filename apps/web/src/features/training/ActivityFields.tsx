import { MIN_LOG_DATE } from "@mitai/shared";
import { type Control, type FieldErrors, type UseFormRegister, useController } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../components/Field";
import { OptionalSection } from "../../components/OptionalSection";
import type { ActivityFormValues } from "./activityForm";
import { RpeScale } from "./RpeScale";
import { TypePicker } from "./TypePicker";

type ActivityFieldsProps<Output> = {
  register: UseFormRegister<ActivityFormValues>;
  control: Control<ActivityFormValues, unknown, Output>;
  errors: FieldErrors<ActivityFormValues>;
  today: string;
  /** Called after a type was picked (the quick entry names an unnamed session after it). */
  onTypeChosen?: (id: string | null) => void;
  /** The inputs of an inline edit in the list. */
  compact?: boolean;
};

const moreFields = ["kcalActive", "hrAvg", "hrMax"] as const;

/** The inputs of one session, shared by the quick entry and the inline edit. */
export function ActivityFields<Output>({
  register,
  control,
  errors,
  today,
  onTypeChosen,
  compact = false,
}: ActivityFieldsProps<Output>) {
  const { t } = useTranslation();
  const optional = t("common.optional");
  const size = compact ? "input-sm" : undefined;
  const type = useController({ control, name: "trainingTypeId" });
  const moreOpen = moreFields.some((field) => errors[field]) || undefined;
  return (
    <div className="activity-fields">
      <div className="activity-pair">
        <TextField
          label={t("training.fields.date")}
          type="date"
          min={MIN_LOG_DATE}
          max={today}
          className={size}
          error={errors.date?.message}
          {...register("date")}
        />
        <TextField
          label={t("training.fields.startTime")}
          type="time"
          optional={optional}
          className={size}
          error={errors.startTime?.message}
          {...register("startTime")}
        />
      </div>
      <TextField
        label={t("training.fields.name")}
        autoComplete="off"
        maxLength={120}
        placeholder={t("training.fields.namePlaceholder")}
        className={size}
        error={errors.name?.message}
        {...register("name")}
      />
      <TypePicker
        label={t("training.fields.type")}
        optional={optional}
        allowNone
        value={type.field.value === "" ? null : type.field.value}
        error={type.fieldState.error?.message}
        onChange={(id) => {
          type.field.onChange(id ?? "");
          onTypeChosen?.(id);
        }}
      />
      <div className="activity-pair">
        <TextField
          label={t("training.fields.duration")}
          inputMode="decimal"
          autoComplete="off"
          suffix={t("training.units.min")}
          className={size ? `${size} tabular` : "tabular"}
          error={errors.durationMin?.message}
          {...register("durationMin")}
        />
        <TextField
          label={t("training.fields.distance")}
          inputMode="decimal"
          autoComplete="off"
          optional={optional}
          suffix={t("training.units.km")}
          className={size ? `${size} tabular` : "tabular"}
          error={errors.distanceKm?.message}
          {...register("distanceKm")}
        />
      </div>
      <RpeScale register={register} error={errors.rpe?.message} />
      <OptionalSection title={t("training.fields.more")} open={moreOpen}>
        <div className="activity-more-inputs">
          <TextField
            label={t("training.fields.kcal")}
            inputMode="numeric"
            autoComplete="off"
            suffix={t("training.units.kcal")}
            className={size ? `${size} tabular` : "tabular"}
            error={errors.kcalActive?.message}
            {...register("kcalActive")}
          />
          <TextField
            label={t("training.fields.hrAvg")}
            inputMode="numeric"
            autoComplete="off"
            suffix={t("training.units.bpm")}
            className={size ? `${size} tabular` : "tabular"}
            error={errors.hrAvg?.message}
            {...register("hrAvg")}
          />
          <TextField
            label={t("training.fields.hrMax")}
            inputMode="numeric"
            autoComplete="off"
            suffix={t("training.units.bpm")}
            className={size ? `${size} tabular` : "tabular"}
            error={errors.hrMax?.message}
            {...register("hrMax")}
          />
        </div>
      </OptionalSection>
      <TextField
        label={t("training.fields.notes")}
        optional={optional}
        autoComplete="off"
        maxLength={500}
        className={size}
        error={errors.notes?.message}
        {...register("notes")}
      />
    </div>
  );
}
