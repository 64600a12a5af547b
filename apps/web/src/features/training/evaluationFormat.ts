import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import type { CategoryKey } from "./evaluationData";

/** The evaluation's figures in the user's language: durations, loads, distances, shares. */
export function useEvaluationFormat() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const number = (value: number, maxDigits = 0) => formatNumber(value, locale, { maxDigits });
  return {
    locale,
    number,
    /** "45 min", "2 h", "12 h 30 min". */
    minutes: (total: number) => {
      const rounded = Math.max(0, Math.round(total));
      const hours = Math.floor(rounded / 60);
      const minutes = rounded % 60;
      if (hours === 0) return t("evaluation.duration.minutes", { minutes: number(minutes) });
      if (minutes === 0) return t("evaluation.duration.hours", { hours: number(hours) });
      return t("evaluation.duration.both", { hours: number(hours), minutes });
    },
    km: (value: number) => t("evaluation.units.km", { value: number(value, 1) }),
    bpm: (value: number | null) =>
      value === null ? t("evaluation.none") : t("evaluation.units.bpm", { value: number(value) }),
    kcal: (value: number) => t("evaluation.units.kcal", { value: number(value) }),
    ratio: (value: number | null) =>
      value === null ? t("evaluation.none") : formatNumber(value, locale, { minDigits: 2, maxDigits: 2 }),
    percent: (share: number) =>
      new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share),
    category: (key: CategoryKey) => t(`training.categories.${key}`),
  };
}

export type EvaluationFormat = ReturnType<typeof useEvaluationFormat>;
