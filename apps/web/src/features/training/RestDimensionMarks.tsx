import { type RestDimension, restDimensions } from "@mitai/shared";
import { Dumbbell, HeartPulse, type LucideIcon, Sofa } from "lucide-react";
import { useTranslation } from "react-i18next";

export const dimensionIcons: Record<RestDimension, LucideIcon> = {
  strength: Dumbbell,
  cardio: HeartPulse,
  relaxation: Sofa,
};

/** What each mark in the week stands for. */
export function RestDimensionLegend() {
  const { t } = useTranslation();
  return (
    <ul className="rest-legend" aria-hidden="true">
      {restDimensions.map((d) => {
        const Icon = dimensionIcons[d];
        return (
          <li key={d} className="with-icon">
            <Icon size={14} className={`rest-${d}`} />
            {t(`restDays.dimensions.${d}`)}
          </li>
        );
      })}
    </ul>
  );
}

/** The three dimensions of a day, the rested ones filled; said as "rests: strength, cardio". */
export function RestDimensionMarks({ dimensions }: { dimensions: readonly RestDimension[] }) {
  const { t } = useTranslation();
  const rested = restDimensions.filter((d) => dimensions.includes(d));
  return (
    <span className="rest-marks">
      {restDimensions.map((d) => {
        const Icon = dimensionIcons[d];
        return (
          <span
            key={d}
            className={dimensions.includes(d) ? `rest-mark rest-mark-on rest-${d}` : "rest-mark"}
            aria-hidden="true"
          >
            <Icon size={14} />
          </span>
        );
      })}
      <span className="visually-hidden">
        {rested.length === 0
          ? t("restDays.noRest")
          : t("restDays.rests", { dimensions: rested.map((d) => t(`restDays.dimensions.${d}`)).join(", ") })}
      </span>
    </span>
  );
}
