import { ENERGY_BALANCE_MIN_DAYS, KCAL_PER_KG, type NutritionStats } from "@mitai/shared";
import { Scale } from "lucide-react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/EmptyState";
import { useLocale } from "../../i18n";
import { formatKgChange } from "../../lib/number";
import type { NutritionFormat } from "./format";

/**
 * The maintenance energy the window's intake and weight trend imply, with what it rests on — or
 * why there is no estimate yet.
 */
export function MaintenanceEstimate({ stats, format }: { stats: NutritionStats; format: NutritionFormat }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const balance = stats.energyBalance;
  const basis = t("nutrition.maintenance.basis", {
    nutrition: t("nutrition.maintenance.nutritionDays", { count: balance.nutritionDays }),
    weight: t("nutrition.maintenance.weightDays", { count: balance.weightDays }),
  });
  if (balance.maintenanceKcal === null) {
    return (
      <div data-testid="nutrition-maintenance" data-estimate="none">
        <EmptyState
          icon={<Scale size={28} />}
          title={t("nutrition.maintenance.none")}
          text={t("nutrition.maintenance.noneText", {
            min: ENERGY_BALANCE_MIN_DAYS,
            days: stats.days,
            basis,
          })}
        />
      </div>
    );
  }
  const stored = balance.balanceKcalPerDay ?? 0;
  return (
    <div className="nutrition-maintenance" data-testid="nutrition-maintenance" data-estimate="yes">
      <p className="big-figure tabular">
        {format.number(balance.maintenanceKcal)}
        <span className="big-figure-unit">{t("nutrition.maintenance.perDay")}</span>
      </p>
      <dl className="nutrition-maintenance-parts">
        <div>
          <dt>{t("nutrition.maintenance.intake")}</dt>
          <dd className="tabular">
            {balance.avgIntakeKcal === null ? "–" : format.kcal(balance.avgIntakeKcal)}
          </dd>
        </div>
        <div>
          <dt>{t("nutrition.maintenance.trend")}</dt>
          <dd className="tabular">
            {balance.weightTrendKgPerWeek === null
              ? "–"
              : t("nutrition.maintenance.perWeek", {
                  value: formatKgChange(balance.weightTrendKgPerWeek, locale),
                })}
          </dd>
        </div>
        <div>
          <dt>{t(stored >= 0 ? "nutrition.maintenance.surplus" : "nutrition.maintenance.deficit")}</dt>
          <dd className="tabular">{format.kcal(Math.abs(stored))}</dd>
        </div>
      </dl>
      <p className="small muted">{basis}</p>
      <p className="small muted">{t("nutrition.maintenance.how", { perKg: format.number(KCAL_PER_KG) })}</p>
    </div>
  );
}
