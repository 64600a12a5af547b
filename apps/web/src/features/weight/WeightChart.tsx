import { todayIn } from "@mitai/shared";
import { ChartLine } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { TimeSeriesChart } from "../../components/Chart";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { weightSeries } from "../../lib/chart";
import { formatDay, windowStart } from "../../lib/dates";
import { formatKg } from "../../lib/number";
import { useWeightRange } from "./useWeight";

type WeightChartProps = {
  /** Days up to today to show; null for the whole history. */
  days: number | null;
  height?: number;
};

/** The weight chart: daily weights, the 7-day average and the goal. */
export function WeightChart({ days, height = 240 }: WeightChartProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const from = days === null ? null : windowStart(todayIn(profile.timeZone), days);
  const range = useWeightRange(from);
  const points = useMemo(() => weightSeries(range.data ?? []), [range.data]);

  if (range.isPending) {
    return (
      <div data-testid="weight-chart" role="status" aria-label={t("common.loading")}>
        <Skeleton height={height} />
      </div>
    );
  }
  if (range.isError) return <ErrorMessage error={range.error} />;
  if (points.length === 0) {
    return (
      <div data-testid="weight-chart">
        <EmptyState
          icon={<ChartLine size={28} />}
          title={t("weight.chart.empty")}
          text={days === null ? t("weight.chart.emptyAll") : t("weight.chart.emptyRange")}
        />
      </div>
    );
  }

  const format = (value: number) => formatKg(value, locale, 1);
  const first = points[0];
  const last = points.at(-1);
  const summary =
    first && last
      ? t("weight.chart.summary", {
          count: points.length,
          from: formatDay(first.date, locale, "medium"),
          to: formatDay(last.date, locale, "medium"),
          first: format(first.value),
          last: format(last.value),
        })
      : "";

  return (
    <TimeSeriesChart
      testId="weight-chart"
      points={points}
      goal={profile.goalWeightKg}
      locale={locale}
      height={height}
      formatValue={format}
      summary={summary}
      labels={{
        value: t("weight.chart.daily"),
        average: t("weight.chart.average"),
        goal: t("weight.chart.goal"),
      }}
    />
  );
}
