import type { TrainingType, TrainingTypeRef } from "@mitai/shared";
import { type ComponentProps, useId } from "react";
import { useTranslation } from "react-i18next";
import { describedBy, FieldShell } from "../../components/Field";
import { useLocale } from "../../i18n";
import { groupAllTypes } from "./trainingTypeForm";

type TypeSelectProps = Omit<ComponentProps<"select">, "id" | "children"> & {
  label: string;
  types: readonly TrainingType[];
  /** Listed even when inactive or not loaded yet: the type a mapping points at now. */
  current?: TrainingTypeRef;
  /** The label only for screen readers, where the row around it says what it is for. */
  hideLabel?: boolean;
  error?: string;
  placeholder?: string;
};

/**
 * A native select of the active types grouped by category (the phone's own picker on a phone,
 * type-ahead on a desktop); an inactive type stays listed only where it is the current choice.
 */
export function TypeSelect({
  label,
  types,
  current,
  hideLabel = false,
  error,
  placeholder,
  className,
  ...rest
}: TypeSelectProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const id = useId();
  const groups = groupAllTypes(types.filter((type) => type.active || type.id === current?.id));
  const missing = current && !types.some((type) => type.id === current.id) ? current : null;
  const select = (
    <select
      id={id}
      className={["input", "select", className ?? ""].filter(Boolean).join(" ")}
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(id, error)}
      aria-label={hideLabel ? label : undefined}
      {...rest}
    >
      {placeholder !== undefined && (
        <option value="" disabled>
          {placeholder}
        </option>
      )}
      {missing && <option value={missing.id}>{language === "de" ? missing.nameDe : missing.nameEn}</option>}
      {groups.map(({ category, types: list }) => (
        <optgroup key={category} label={t(`training.categories.${category}`)}>
          {list.map((type) => (
            <option key={type.id} value={type.id}>
              {language === "de" ? type.nameDe : type.nameEn}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  );
  if (hideLabel) return select;
  return (
    <FieldShell id={id} label={label} error={error}>
      {select}
    </FieldShell>
  );
}
