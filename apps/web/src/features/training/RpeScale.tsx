import { useId } from "react";
import type { UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { ActivityFormValues } from "./activityForm";

const levels = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"] as const;

/** How hard the session felt (RPE 1–10) as radio buttons, "–" for no rating. */
export function RpeScale({
  register,
  error,
}: {
  register: UseFormRegister<ActivityFormValues>;
  error?: string;
}) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <fieldset className="segmented-field rpe-field" aria-describedby={hintId}>
      <legend className="field-label">
        {t("training.fields.rpe")} <span className="field-optional">{t("common.optional")}</span>
      </legend>
      <div className="rpe-scale">
        <label className="rpe-option rpe-none">
          <input type="radio" value="" {...register("rpe")} />
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t("training.fields.rpeNone")}</span>
        </label>
        {levels.map((level) => (
          <label key={level} className={`rpe-option rpe-${level}`}>
            <input type="radio" value={level} {...register("rpe")} />
            <span className="tabular">{level}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={hintId}>
          {error}
        </p>
      ) : (
        <p className="field-hint" id={hintId}>
          {t("training.fields.rpeHint")}
        </p>
      )}
    </fieldset>
  );
}
