import { addDays, type NutritionStats, nutritionStatsWindows, todayIn } from "@mitai/shared";
import { ChartColumn } from "lucide-react";
import { type ReactNode, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { Segmented } from "../../components/Segmented";
import { windowStart } from "../../lib/dates";
import { WeightChart } from "../weight/WeightChart";
import { useNutritionFormat } from "./format";
import { MaintenanceEstimate } from "./MaintenanceEstimate";
import { KcalChart, MacroChart, ProteinPerKgChart } from "./NutritionCharts";
import { NutritionStatsSummary } from "./NutritionStatsSummary";
import { AVERAGE_DAYS, nutritionSeries } from "./series";
import { useNutritionDays, useNutritionStats } from "./useNutrition";

const ranges = ["30", "90", "365"] as const;
type Range = (typeof ranges)[number];
type StatsWindow = `${(typeof nutritionStatsWindows)[number]}`;
const windows = nutritionStatsWindows.map((days): StatsWindow => `${days}`);

/** The charts tab: averages and targets met, the days as charts, the estimated maintenance. */
export function NutritionChartsPage() {
  const { t } = useTranslation();
  const format = useNutritionFormat();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const [range, setRange] = useState<Range>("30");
  const [statsWindow, setStatsWindow] = useState<StatsWindow>("28");
  const from = windowStart(today, Number(range));
  // The days before the range too, so its first 7-day averages are whole.
  const days = useNutritionDays(addDays(from, -(AVERAGE_DAYS - 1)), today);
  const stats = useNutritionStats(Number(statsWindow));
  const points = useMemo(() => nutritionSeries(days.data?.days ?? [], from, today), [days.data, from, today]);
  const targets = stats.data?.targets ?? null;
  const anyLogged = points.some((p) => p.kcal !== null);
  const anyPerKg = points.some((p) => p.proteinPerKg !== null);

  const rangePicker = (
    <Segmented
      legend={t("nutrition.charts.range")}
      name="nutrition-range"
      value={range}
      onChange={setRange}
      options={ranges.map((value) => ({ value, label: t(`nutrition.charts.ranges.${value}`) }))}
    />
  );

  return (
    <div className="nutrition-charts">
      <Card
        className="nutrition-stats-card"
        title={t("nutrition.stats.title")}
        titleId="nutrition-stats-title"
        actions={
          <Segmented
            legend={t("nutrition.stats.window")}
            hideLegend
            name="nutrition-window"
            value={statsWindow}
            onChange={setStatsWindow}
            options={windows.map((value) => ({ value, label: t(`nutrition.stats.windows.${value}`) }))}
          />
        }
      >
        <StatsBody stats={stats}>
          {(data) => <NutritionStatsSummary stats={data} format={format} />}
        </StatsBody>
      </Card>
      <div className="nutrition-charts-toolbar">{rangePicker}</div>
      {days.isPending && (
        <Card className="nutrition-kcal-card">
          <LoadingRows rows={1} height={240} />
        </Card>
      )}
      {days.isError && (
        <Card className="nutrition-kcal-card">
          <RetryError error={days.error} retry={days.refetch} />
        </Card>
      )}
      {days.isSuccess && !anyLogged && (
        <Card className="nutrition-kcal-card" data-testid="nutrition-charts-empty">
          <EmptyState
            icon={<ChartColumn size={28} />}
            title={t("nutrition.charts.empty")}
            text={t("nutrition.charts.emptyText")}
          />
        </Card>
      )}
      {anyLogged && (
        <>
          <Card
            className="nutrition-kcal-card"
            title={t("nutrition.charts.kcal.title")}
            titleId="nutrition-kcal-title"
          >
            <KcalChart points={points} targets={targets} format={format} />
          </Card>
          <Card
            className="nutrition-macro-card"
            title={t("nutrition.charts.macros.title")}
            titleId="nutrition-macro-title"
          >
            <MacroChart points={points} targets={targets} format={format} />
          </Card>
          <Card
            className="nutrition-protein-card"
            title={t("nutrition.charts.protein.title")}
            titleId="nutrition-protein-title"
          >
            {anyPerKg ? (
              <ProteinPerKgChart points={points} targets={targets} format={format} />
            ) : (
              <EmptyState
                icon={<ChartColumn size={28} />}
                title={t("nutrition.charts.protein.noWeight")}
                text={t("nutrition.charts.protein.noWeightText")}
              />
            )}
          </Card>
        </>
      )}
      <Card
        className="nutrition-maintenance-card"
        title={t("nutrition.maintenance.title")}
        titleId="nutrition-maintenance-title"
        description={t("nutrition.maintenance.window", { count: Number(statsWindow) })}
      >
        <StatsBody stats={stats}>{(data) => <MaintenanceEstimate stats={data} format={format} />}</StatsBody>
      </Card>
      <Card
        className="nutrition-weight-card"
        title={t("nutrition.charts.weight.title")}
        titleId="nutrition-weight-title"
      >
        <WeightChart days={Number(range)} height={220} />
      </Card>
    </div>
  );
}

function StatsBody({
  stats,
  children,
}: {
  stats: ReturnType<typeof useNutritionStats>;
  children: (stats: NutritionStats) => ReactNode;
}) {
  if (stats.isPending) return <LoadingRows rows={3} height={48} />;
  if (stats.isError) return <RetryError error={stats.error} retry={stats.refetch} />;
  return children(stats.data);
}
