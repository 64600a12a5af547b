import type { NutritionTargets } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { formatDay } from "../../lib/dates";
import { DailyChart } from "./DailyChart";
import type { NutritionFormat } from "./format";
import type { NutritionPoint } from "./series";

type ChartProps = {
  points: readonly NutritionPoint[];
  targets: NutritionTargets | null;
  format: NutritionFormat;
};

const logged = (points: readonly NutritionPoint[]) => points.filter((p) => p.kcal !== null);

/** kcal per day as bars, the 7-day average over them, the target as a dashed line. */
export function KcalChart({ points, targets, format }: ChartProps) {
  const { t } = useTranslation();
  const days = logged(points);
  const mean = days.reduce((sum, p) => sum + (p.kcal ?? 0), 0) / Math.max(1, days.length);
  return (
    <DailyChart
      testId="nutrition-kcal-chart"
      points={points}
      bars={[
        {
          key: "kcal",
          label: t("nutrition.charts.kcal.daily"),
          swatch: "nutrition-swatch-kcal",
          color: "var(--nutrition-kcal)",
        },
      ]}
      average={{ label: t("nutrition.charts.kcal.average") }}
      target={targets?.kcal ? { value: targets.kcal, label: t("nutrition.charts.target") } : null}
      locale={format.locale}
      format={format.kcal}
      formatTick={(value) => format.number(value)}
      summary={t("nutrition.charts.kcal.summary", {
        count: days.length,
        from: formatDay(points[0]?.date ?? "", format.locale, "medium"),
        to: formatDay(points.at(-1)?.date ?? "", format.locale, "medium"),
        average: format.kcal(mean),
      })}
    />
  );
}

/** Protein, fat and carbohydrates of each day, in grams, stacked. */
export function MacroChart({ points, format }: ChartProps) {
  const { t } = useTranslation();
  return (
    <DailyChart
      testId="nutrition-macro-chart"
      points={points}
      stacked
      bars={[
        {
          key: "proteinG",
          label: t("nutrition.fields.proteinG"),
          swatch: "nutrition-swatch-protein",
          color: "var(--macro-protein)",
        },
        {
          key: "fatG",
          label: t("nutrition.fields.fatG"),
          swatch: "nutrition-swatch-fat",
          color: "var(--macro-fat)",
        },
        {
          key: "carbsG",
          label: t("nutrition.fields.carbsG"),
          swatch: "nutrition-swatch-carbs",
          color: "var(--macro-carbs)",
        },
      ]}
      target={null}
      locale={format.locale}
      format={format.grams}
      formatTick={(value) => format.number(value)}
      summary={t("nutrition.charts.macros.summary", { count: logged(points).length })}
    />
  );
}

/** Protein per kilogram of body weight each day; the target line when the target is per kg. */
export function ProteinPerKgChart({ points, targets, format }: ChartProps) {
  const { t } = useTranslation();
  const protein = targets?.protein;
  return (
    <DailyChart
      testId="nutrition-protein-chart"
      points={points}
      bars={[
        {
          key: "proteinPerKg",
          label: t("nutrition.charts.protein.daily"),
          swatch: "nutrition-swatch-protein",
          color: "var(--macro-protein)",
        },
      ]}
      target={
        protein?.unit === "g_per_kg" ? { value: protein.value, label: t("nutrition.charts.target") } : null
      }
      locale={format.locale}
      format={format.perKg}
      formatTick={(value) => format.number(value, 1)}
      summary={t("nutrition.charts.protein.summary", {
        count: points.filter((p) => p.proteinPerKg !== null).length,
      })}
    />
  );
}
