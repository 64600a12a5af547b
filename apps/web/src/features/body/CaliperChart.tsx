import type { CaliperEntry } from "@mitai/shared";
import { ChartLine } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/EmptyState";
import { useLocale } from "../../i18n";
import { formatKg } from "../../lib/number";
import { BodyLineChart } from "./BodyLineChart";
import { formatPct } from "./format";
import { seriesOf } from "./series";

/** Body fat % and lean mass over time, one small chart each (their units differ). */
export function CaliperCharts({ entries }: { entries: readonly CaliperEntry[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const fat = useMemo(() => seriesOf(entries, (e) => e.bodyFatPct), [entries]);
  const lean = useMemo(() => seriesOf(entries, (e) => e.leanMassKg), [entries]);
  if (fat.length === 0) {
    return (
      <EmptyState
        icon={<ChartLine size={28} />}
        title={t("body.caliper.chart.empty")}
        text={t("body.caliper.chart.emptyText")}
      />
    );
  }
  const fatTitle = t("body.caliper.chart.bodyFat");
  const leanTitle = t("body.caliper.chart.leanMass");
  const lastFat = fat.at(-1);
  const lastLean = lean.at(-1);
  return (
    <div className="vitals-charts caliper-charts">
      <div>
        <p className="vitals-chart-title">
          {fatTitle} <span className="muted">(%)</span>
        </p>
        <BodyLineChart
          points={fat}
          locale={locale}
          title={fatTitle}
          color="var(--chart-line)"
          formatValue={(v) => formatPct(v, locale)}
          summary={t("body.caliper.chart.summary", {
            metric: fatTitle,
            count: fat.length,
            value: lastFat ? formatPct(lastFat.value, locale) : "",
          })}
          height={180}
          testId="caliper-chart-fat"
        />
      </div>
      {lean.length > 0 && (
        <div>
          <p className="vitals-chart-title">
            {leanTitle} <span className="muted">(kg)</span>
          </p>
          <BodyLineChart
            points={lean}
            locale={locale}
            title={leanTitle}
            color="var(--chart-diastolic)"
            formatValue={(v) => formatKg(v, locale)}
            summary={t("body.caliper.chart.summary", {
              metric: leanTitle,
              count: lean.length,
              value: lastLean ? formatKg(lastLean.value, locale) : "",
            })}
            height={180}
            testId="caliper-chart-lean"
          />
        </div>
      )}
    </div>
  );
}
