import { bloodPressureContexts } from "@mitai/shared";
import { HeartCrack } from "lucide-react";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../components/Field";
import type { BpFormValues } from "./bpForm";

type ReadingFieldsProps = {
  register: UseFormRegister<BpFormValues>;
  errors: FieldErrors<BpFormValues>;
  /** Focus the first value when the form opens in a dialog. */
  autoFocus?: boolean;
};

/** The inputs of one reading, shared by the quick entry and the edit dialog. */
export function ReadingFields({ register, errors, autoFocus }: ReadingFieldsProps) {
  const { t } = useTranslation();
  const numeric = {
    inputMode: "numeric",
    autoComplete: "off",
    className: "input-xl tabular bp-number",
    maxLength: 3,
  } as const;
  return (
    <>
      <div className="bp-values">
        <TextField
          label={t("bp.fields.systolic")}
          hint={t("bp.form.hint")}
          enterKeyHint="next"
          data-autofocus={autoFocus || undefined}
          error={errors.systolic?.message}
          {...numeric}
          {...register("systolic")}
        />
        <TextField
          label={t("bp.fields.diastolic")}
          hint={t("bp.form.hintDiastolic")}
          enterKeyHint="next"
          error={errors.diastolic?.message}
          {...numeric}
          {...register("diastolic")}
        />
        <TextField
          label={t("bp.fields.pulse")}
          hint={t("bp.form.hintPulse")}
          optional={t("common.optional")}
          enterKeyHint="done"
          error={errors.pulse?.message}
          {...numeric}
          {...register("pulse")}
        />
      </div>
      <div className="bp-when">
        <TextField
          label={t("bp.fields.date")}
          type="date"
          error={errors.date?.message}
          {...register("date")}
        />
        <TextField
          label={t("bp.fields.time")}
          type="time"
          error={errors.time?.message}
          {...register("time")}
        />
      </div>
      <SelectField
        label={t("bp.fields.context")}
        optional={t("common.optional")}
        error={errors.context?.message}
        {...register("context")}
      >
        <option value="">{t("bp.fields.contextNone")}</option>
        {bloodPressureContexts.map((context) => (
          <option key={context} value={context}>
            {t(`bp.contexts.${context}`)}
          </option>
        ))}
      </SelectField>
      <label className="checkbox">
        <input type="checkbox" {...register("irregularHeartbeat")} />
        <HeartCrack size={18} aria-hidden="true" />
        <span>{t("bp.fields.irregularHeartbeat")}</span>
      </label>
      <TextField
        label={t("bp.fields.note")}
        optional={t("common.optional")}
        autoComplete="off"
        maxLength={500}
        error={errors.note?.message}
        {...register("note")}
      />
    </>
  );
}
