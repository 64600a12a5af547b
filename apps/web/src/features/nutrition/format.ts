import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";

/** The sources the app names itself; an importer's other source shows as it is stored. */
const knownSources = ["manual", "fddb", "myfitnesspal", "cronometer", "health_auto_export", "csv"] as const;
type KnownSource = (typeof knownSources)[number];
const isKnown = (source: string): source is KnownSource => knownSources.some((known) => known === source);

/** How figures of a day read: "1.850 kcal", "142,5 g", "1,8 g/kg", "23 %", a source's name. */
export function useNutritionFormat() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return {
    locale,
    kcal: (value: number) => `${formatNumber(value, locale, { maxDigits: 0 })} ${t("nutrition.units.kcal")}`,
    grams: (value: number) =>
      `${formatNumber(value, locale, { maxDigits: value < 100 ? 1 : 0 })} ${t("nutrition.units.g")}`,
    perKg: (value: number) =>
      `${formatNumber(value, locale, { minDigits: 1, maxDigits: 2 })} ${t("nutrition.units.gPerKg")}`,
    percent: (share: number) => `${formatNumber(share * 100, locale, { maxDigits: 0 })} %`,
    number: (value: number, maxDigits = 0) => formatNumber(value, locale, { maxDigits }),
    source: (source: string) => (isKnown(source) ? t(`nutrition.sources.${source}`) : source),
  };
}

export type NutritionFormat = ReturnType<typeof useNutritionFormat>;
