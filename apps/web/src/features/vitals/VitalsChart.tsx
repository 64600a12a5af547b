import { todayIn, type VitalsEntry } from "@mitai/shared";
import { ChartLine } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  Line,
  LineChart,
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
import type { CardMetric } from "./BaselineCards";
import { formatMetric } from "./format";
import { useVitalsRange } from "./useVitals";

const DAY_MS = 86_400_000;
const dayMs = (isoDay: string) => new Date(`${isoDay}T00:00:00Z`).getTime();

type Point = { at: number; date: string; value: number; mean: number | null; flagged: boolean };

function pointsOf(entries: readonly VitalsEntry[], metric: CardMetric): Point[] {
  const points: Point[] = [];
  for (const entry of [...entries].reverse()) {
    const analysis = entry.analysis[metric];
    if (!analysis) continue;
    points.push({
      at: dayMs(entry.date),
      date: entry.date,
      value: analysis.value,
      mean: analysis.baseline28?.mean ?? null,
      flagged: analysis.flagged,
    });
  }
  return points;
}

/** Round ticks around the values and their means. */
function axis(points: readonly Point[], step: number): { domain: [number, number]; ticks: number[] } {
  const values = points.flatMap((p) => (p.mean === null ? [p.value] : [p.value, p.mean]));
  const low = Math.floor((Math.min(...values) - step / 4) / step) * step;
  const high = Math.ceil((Math.max(...values) + step / 4) / step) * step;
  const ticks: number[] = [];
  for (let tick = low; tick <= high; tick += step) ticks.push(tick);
  return { domain: [low, high], ticks };
}

/** Resting HR and HRV of the last `days` days, each with its 28-day average. */
export function VitalsCharts({ days }: { days: number }) {
  const { t } = useTranslation();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const range = useVitalsRange(windowStart(today, days));

  if (range.isPending) {
    return (
      <div className="vitals-charts" role="status" aria-label={t("common.loading")}>
        <Skeleton height={180} />
        <Skeleton height={180} />
      </div>
    );
  }
  if (range.isError) return <ErrorMessage error={range.error} />;
  if (range.data.length === 0) {
    return (
      <EmptyState
        icon={<ChartLine size={28} />}
        title={t("vitals.chart.empty")}
        text={t("vitals.chart.emptyText")}
      />
    );
  }
  return (
    <div className="vitals-charts" data-testid="vitals-chart">
      <MetricChart entries={range.data} metric="restingHr" days={days} today={today} />
      <MetricChart entries={range.data} metric="hrv" days={days} today={today} />
    </div>
  );
}

type MetricChartProps = { entries: readonly VitalsEntry[]; metric: CardMetric; days: number; today: string };

function MetricChart({ entries, metric, days, today }: MetricChartProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const points = useMemo(() => pointsOf(entries, metric), [entries, metric]);
  const unit = t(`vitals.units.${metric}`);
  const color = metric === "restingHr" ? "var(--chart-systolic)" : "var(--chart-diastolic)";
  const title = t(`vitals.cards.${metric}`);

  if (points.length === 0) {
    return (
      <figure className="chart vitals-chart">
        <figcaption className="vitals-chart-title">{title}</figcaption>
        <p className="muted small">{t("vitals.chart.none")}</p>
      </figure>
    );
  }
  const { domain, ticks } = axis(points, metric === "restingHr" ? 5 : 10);
  const end = dayMs(today);
  const start = end - (days - 1) * DAY_MS;
  const xTicks = Array.from(
    { length: 4 },
    (_, i) => start + Math.round(((end - start) * (i + 0.5)) / 4 / DAY_MS) * DAY_MS,
  );
  const dateOf = (at: number) => new Date(at).toISOString().slice(0, 10);
  const last = points.at(-1);
  const summary = t("vitals.chart.summary", {
    metric: title,
    count: points.length,
    value: last ? `${formatMetric(last.value, metric, locale)} ${unit}` : "",
  });

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const point: unknown = payload?.[0]?.payload;
    if (!active || !point || typeof point !== "object" || !("value" in point)) return null;
    const p = point as Point;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{formatDay(p.date, locale, "medium")}</p>
        <p>
          {title}:{" "}
          <strong className="tabular">
            {formatMetric(p.value, metric, locale)} {unit}
          </strong>
        </p>
        {p.mean !== null && (
          <p>
            {t("vitals.chart.mean28")}:{" "}
            <strong className="tabular">
              {formatMetric(p.mean, metric, locale)} {unit}
            </strong>
          </p>
        )}
      </div>
    );
  };

  return (
    <figure className="chart vitals-chart" data-metric={metric}>
      <figcaption className="vitals-chart-title">
        {title} <span className="muted">({unit})</span>
        <span className="visually-hidden">: {summary}</span>
      </figcaption>
      <div className="chart-canvas" style={{ height: 180 }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={[start - DAY_MS / 2, end + DAY_MS / 2]}
              ticks={xTicks}
              tickFormatter={(at: number) => formatDay(dateOf(at), locale, "axis")}
              tick={axisTick}
              axisLine={{ stroke: "var(--border)" }}
              tickLine={false}
              tickMargin={8}
            />
            <YAxis
              domain={domain}
              ticks={ticks}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={36}
            />
            <Line
              dataKey="mean"
              name={t("vitals.chart.mean28")}
              stroke="var(--chart-point)"
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              activeDot={false}
              connectNulls
              isAnimationActive={false}
            />
            <Line
              dataKey="value"
              name={title}
              stroke={color}
              strokeWidth={2}
              dot={(props: { cx?: number; cy?: number; payload?: Point; index?: number }) => (
                <circle
                  key={props.index}
                  cx={props.cx}
                  cy={props.cy}
                  r={props.payload?.flagged ? 4.5 : points.length > 60 ? 0 : 2.5}
                  fill={props.payload?.flagged ? "var(--chart-goal)" : color}
                  stroke={props.payload?.flagged ? "var(--surface)" : "none"}
                  strokeWidth={1.5}
                />
              )}
              activeDot={{ r: 5, fill: color, stroke: "var(--surface)", strokeWidth: 2 }}
              isAnimationActive={false}
            />
            <Tooltip
              content={renderTooltip}
              cursor={{ stroke: "var(--border-strong)", strokeDasharray: "3 3" }}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** The key under both charts. */
export function VitalsChartLegend() {
  const { t } = useTranslation();
  return (
    <ul className="chart-legend">
      <li>
        <span className="swatch swatch-line swatch-systolic" aria-hidden="true" />
        {t("vitals.cards.restingHr")}
      </li>
      <li>
        <span className="swatch swatch-line swatch-diastolic" aria-hidden="true" />
        {t("vitals.cards.hrv")}
      </li>
      <li>
        <span className="swatch swatch-mean" aria-hidden="true" />
        {t("vitals.chart.mean28")}
      </li>
      <li>
        <span className="swatch swatch-flag" aria-hidden="true" />
        {t("vitals.chart.flagged")}
      </li>
    </ul>
  );
}
