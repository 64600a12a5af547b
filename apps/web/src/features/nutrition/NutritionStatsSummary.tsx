import type { NutritionStats } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import type { NutritionFormat } from "./format";

const metrics = ["kcal", "proteinG", "fatG", "carbsG"] as const;

/** Averages of the window's logged days, protein per kg, and how many days met each target. */
export function NutritionStatsSummary({ stats, format }: { stats: NutritionStats; format: NutritionFormat }) {
  const { t } = useTranslation();
  const { average } = stats;
  return (
    <div className="stack" data-testid="nutrition-stats">
      <p className="small muted">
        {t("nutrition.stats.logged", { count: stats.loggedDays, days: stats.days })}
      </p>
      <dl className="nutrition-stat-grid">
        {metrics.map((metric) => (
          <div key={metric} className={`nutrition-stat macro-${metric}`}>
            <dt>{t(`nutrition.fields.${metric}`)}</dt>
            <dd className="tabular">
              {average === null
                ? "–"
                : metric === "kcal"
                  ? format.kcal(average.kcal)
                  : format.grams(average[metric])}
            </dd>
          </div>
        ))}
        <div className="nutrition-stat">
          <dt>{t("nutrition.stats.proteinPerKg")}</dt>
          <dd className="tabular">{stats.proteinPerKg === null ? "–" : format.perKg(stats.proteinPerKg)}</dd>
        </div>
      </dl>
      <div>
        <h3 className="nutrition-subtitle">{t("nutrition.stats.adherence")}</h3>
        <ul className="nutrition-adherence">
          {metrics.map((metric) => {
            const adherence = stats.adherence[metric];
            return (
              <li key={metric} data-testid={`nutrition-adherence-${metric}`}>
                <span>{t(`nutrition.fields.${metric}`)}</span>
                {adherence === null ? (
                  <span className="muted small">
                    {stats.targets[metric] === null ? t("nutrition.stats.noTarget") : "–"}
                  </span>
                ) : (
                  <span className="tabular">
                    <strong>{format.percent(adherence.share)}</strong>{" "}
                    <span className="muted small">
                      {t("nutrition.stats.adherenceDays", { days: adherence.days, of: adherence.of })}
                    </span>
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
