import { addDays, todayIn } from "@mitai/shared";
import { ChartColumn } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { useProfile } from "../../app/auth";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { axisTick } from "../../lib/chart";
import { formatDay, windowStart } from "../../lib/dates";
import { formatNumber } from "../../lib/number";
import { useFormatDuration } from "./format";
import { useNightRange } from "./useSleep";

const DAYS = 28;
const TARGET_HOURS = 7;

type Point = { date: string; hours: number | null; minutes: number | null; quality: number | null };

/** Hours slept per night over the last 28 days, with a line at 7 hours. */
export function SleepChart({ height = 240 }: { height?: number }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const format = useFormatDuration();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const from = windowStart(today, DAYS);
  const range = useNightRange(from);
  const points = useMemo(() => {
    const byDate = new Map((range.data ?? []).map((night) => [night.date, night]));
    // Every day of the window, so a night without an entry shows as a gap.
    return Array.from({ length: DAYS }, (_, i): Point => {
      const date = addDays(from, i);
      const night = byDate.get(date);
      return {
        date,
        hours: night ? night.durationMin / 60 : null,
        minutes: night?.durationMin ?? null,
        quality: night?.quality ?? null,
      };
    });
  }, [range.data, from]);

  if (range.isPending) {
    return (
      <div role="status" aria-label={t("common.loading")}>
        <Skeleton height={height} />
      </div>
    );
  }
  if (range.isError) return <ErrorMessage error={range.error} />;
  const logged = points.filter((p) => p.minutes !== null);
  if (logged.length === 0) {
    return (
      <EmptyState
        icon={<ChartColumn size={28} />}
        title={t("sleep.chart.empty")}
        text={t("sleep.chart.emptyText")}
      />
    );
  }
  const average = logged.reduce((sum, p) => sum + (p.minutes ?? 0), 0) / logged.length;
  const top = Math.max(10, Math.ceil(Math.max(...logged.map((p) => p.hours ?? 0)) / 2) * 2);
  const yTicks = Array.from({ length: top / 2 + 1 }, (_, i) => i * 2);
  const xTicks = [0, 7, 14, 21, DAYS - 1].map((i) => points[i]?.date ?? from);

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const point: unknown = payload?.[0]?.payload;
    if (!active || !point || typeof point !== "object" || !("date" in point)) return null;
    const p = point as Point;
    if (p.minutes === null) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{formatDay(p.date, locale, "medium")}</p>
        <p className="tabular">
          <strong>{format(p.minutes)}</strong>
          {p.quality !== null && ` · ${t("sleep.quality.value", { value: p.quality })}`}
        </p>
      </div>
    );
  };

  return (
    <figure className="chart" data-testid="sleep-chart">
      <figcaption className="visually-hidden">
        {t("sleep.chart.summary", { count: logged.length, average: format(average) })}
      </figcaption>
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="date"
              ticks={xTicks}
              interval={0}
              tickFormatter={(date: string) => formatDay(date, locale, "axis")}
              tick={axisTick}
              axisLine={{ stroke: "var(--border)" }}
              tickLine={false}
              tickMargin={8}
            />
            <YAxis
              domain={[0, top]}
              ticks={yTicks}
              tickFormatter={(h: number) => `${formatNumber(h, locale, { maxDigits: 0 })} h`}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={40}
            />
            <Bar
              dataKey="hours"
              name={t("sleep.chart.duration")}
              fill="var(--sleep-bar)"
              radius={[4, 4, 0, 0]}
              maxBarSize={22}
              isAnimationActive={false}
            />
            <ReferenceLine
              y={TARGET_HOURS}
              stroke="var(--chart-goal)"
              strokeDasharray="6 4"
              strokeWidth={1.5}
            />
            <Tooltip
              content={renderTooltip}
              cursor={{ fill: "var(--surface-2)" }}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend">
        <li>
          <span className="swatch sleep-swatch-bar" aria-hidden="true" />
          {t("sleep.chart.duration")}
        </li>
        <li>
          <span className="swatch swatch-goal" aria-hidden="true" />
          {t("sleep.chart.targetLabel")}
        </li>
      </ul>
    </figure>
  );
}
