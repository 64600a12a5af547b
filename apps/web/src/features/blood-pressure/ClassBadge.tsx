import { type BloodPressureClass, bloodPressureClasses } from "@mitai/shared";
import { useTranslation } from "react-i18next";

type ClassBadgeProps = { cls: BloodPressureClass; size?: "sm" | "md" };

/** The class of a reading: its name on its colour, so colour is never the only cue. */
export function ClassBadge({ cls, size = "sm" }: ClassBadgeProps) {
  const { t } = useTranslation();
  return (
    <span className={`bp-badge bp-badge-${size} bp-${cls}`} data-class={cls}>
      {t(`bp.classes.${cls}`)}
    </span>
  );
}

/** The seven ESC/ESH 2018 classes with their limits. */
export function ClassLegend() {
  const { t } = useTranslation();
  return (
    <details className="bp-legend">
      <summary>{t("bp.list.legend")}</summary>
      <ul>
        {bloodPressureClasses.map((cls) => (
          <li key={cls}>
            <ClassBadge cls={cls} />
            <span className="bp-legend-range tabular">{t(`bp.ranges.${cls}`)}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
