import { MIN_LOG_DATE } from "@mitai/shared";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../components/Field";
import { OptionalSection } from "../../components/OptionalSection";
import type { NutritionFormValues } from "./nutritionForm";

type NutritionFieldsProps = {
  register: UseFormRegister<NutritionFormValues>;
  errors: FieldErrors<NutritionFormValues>;
  today: string;
  /** The inline edit in the list: smaller inputs, and the day as a date input. */
  compact?: boolean;
  /** The fiber and note open at first (a stored value to see). */
  moreOpen?: boolean;
};

const macros = ["proteinG", "fatG", "carbsG"] as const;

/** The inputs of one day's nutrition, shared by the quick entry and the inline edit. */
export function NutritionFields({
  register,
  errors,
  today,
  compact = false,
  moreOpen,
}: NutritionFieldsProps) {
  const { t } = useTranslation();
  const size = compact ? "input-sm tabular" : "tabular";
  return (
    <div className="nutrition-fields">
      {compact && (
        <TextField
          label={t("nutrition.fields.date")}
          type="date"
          min={MIN_LOG_DATE}
          max={today}
          className="input-sm"
          error={errors.date?.message}
          {...register("date")}
        />
      )}
      <TextField
        label={t("nutrition.fields.kcal")}
        inputMode="decimal"
        autoComplete="off"
        enterKeyHint="next"
        suffix={t("nutrition.units.kcal")}
        className={compact ? size : "input-xl tabular"}
        error={errors.kcal?.message}
        {...register("kcal")}
      />
      <div className="nutrition-macros-inputs">
        {macros.map((macro) => (
          <TextField
            key={macro}
            label={t(macro === "carbsG" ? "nutrition.fields.carbsShort" : `nutrition.fields.${macro}`)}
            inputMode="decimal"
            autoComplete="off"
            enterKeyHint={macro === "carbsG" ? "done" : "next"}
            suffix={t("nutrition.units.g")}
            className={size}
            fieldClassName={`nutrition-macro-field macro-${macro}`}
            error={errors[macro]?.message}
            {...register(macro)}
          />
        ))}
      </div>
      <OptionalSection
        title={t("nutrition.fields.more")}
        open={moreOpen || errors.fiberG !== undefined || errors.note !== undefined}
      >
        <div className="nutrition-more-inputs">
          <TextField
            label={t("nutrition.fields.fiberG")}
            inputMode="decimal"
            autoComplete="off"
            suffix={t("nutrition.units.g")}
            className={size}
            error={errors.fiberG?.message}
            {...register("fiberG")}
          />
          <TextField
            label={t("nutrition.fields.note")}
            autoComplete="off"
            maxLength={500}
            className={compact ? "input-sm" : undefined}
            error={errors.note?.message}
            {...register("note")}
          />
        </div>
      </OptionalSection>
    </div>
  );
}
