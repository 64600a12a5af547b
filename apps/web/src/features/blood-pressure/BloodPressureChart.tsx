import { type BloodPressureReading, todayIn } from "@mitai/shared";
import { ChartLine } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  Line,
  LineChart,
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
import { ClassBadge } from "./ClassBadge";
import { useReadingWhen } from "./LatestReading";
import { useReadingRange } from "./useBloodPressure";

const DAY_MS = 86_400_000;
const SYSTOLIC_LIMIT = 140;
const DIASTOLIC_LIMIT = 90;

type Point = { at: number; systolic: number; diastolic: number; reading: BloodPressureReading };

/** Round ticks of 20 mmHg around the data and the two limits. */
function valueAxis(points: readonly Point[]): { domain: [number, number]; ticks: number[] } {
  const values = points.flatMap((p) => [p.systolic, p.diastolic]);
  const low = Math.floor((Math.min(...values, DIASTOLIC_LIMIT) - 5) / 20) * 20;
  const high = Math.ceil((Math.max(...values, SYSTOLIC_LIMIT) + 5) / 20) * 20;
  const ticks: number[] = [];
  for (let tick = low; tick <= high; tick += 20) ticks.push(tick);
  return { domain: [low, high], ticks };
}

type BloodPressureChartProps = { days: number; height?: number };

/** Systolic and diastolic of every reading in the last `days` days, with the 140/90 limits. */
export function BloodPressureChart({ days, height = 260 }: BloodPressureChartProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const when = useReadingWhen();
  const today = todayIn(profile.timeZone);
  const from = windowStart(today, days);
  const range = useReadingRange(from);
  const points = useMemo(
    () =>
      [...(range.data ?? [])].reverse().map((reading) => ({
        at: new Date(reading.measuredAt).getTime(),
        systolic: reading.systolic,
        diastolic: reading.diastolic,
        reading,
      })),
    [range.data],
  );

  if (range.isPending) {
    return (
      <div data-testid="bp-chart" role="status" aria-label={t("common.loading")}>
        <Skeleton height={height} />
      </div>
    );
  }
  if (range.isError) return <ErrorMessage error={range.error} />;
  if (points.length === 0) {
    return (
      <div data-testid="bp-chart">
        <EmptyState
          icon={<ChartLine size={28} />}
          title={t("bp.chart.empty")}
          text={t("bp.chart.emptyText")}
        />
      </div>
    );
  }

  const { domain, ticks } = valueAxis(points);
  // The x axis spans the whole period, so 7 days look like 7 days even with two readings.
  const end = new Date(`${today}T23:59:59`).getTime();
  const start = end - days * DAY_MS;
  const xTicks = Array.from({ length: 5 }, (_, i) => start + ((end - start) * (i + 0.5)) / 5);
  const dayOf = (at: number) => {
    const d = new Date(at);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
  };
  const avg = (key: "systolic" | "diastolic") =>
    Math.round(points.reduce((sum, p) => sum + p[key], 0) / points.length);
  const first = points[0];
  const last = points.at(-1);
  const summary =
    first && last
      ? t("bp.chart.summary", {
          count: points.length,
          from: formatDay(first.reading.date, locale, "medium"),
          to: formatDay(last.reading.date, locale, "medium"),
          average: t("bp.value", { systolic: avg("systolic"), diastolic: avg("diastolic") }),
        })
      : "";

  const renderTooltip = ({ active, payload }: TooltipContentProps) => {
    const point: unknown = payload?.[0]?.payload;
    if (!active || !point || typeof point !== "object" || !("reading" in point)) return null;
    const { reading } = point as Point;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{when(reading)}</p>
        <p className="tabular">
          <strong>
            {reading.systolic}/{reading.diastolic}
          </strong>{" "}
          {t("bp.unit")}
          {reading.pulse !== null && ` · ${t("bp.latest.pulse", { pulse: reading.pulse })}`}
        </p>
        <ClassBadge cls={reading.classification} />
      </div>
    );
  };

  return (
    <figure className="chart" data-testid="bp-chart">
      <figcaption className="visually-hidden">{summary}</figcaption>
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="at"
              type="number"
              scale="time"
              domain={[start, end]}
              ticks={xTicks}
              tickFormatter={(at: number) => formatDay(dayOf(at), locale, "axis")}
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
            <ReferenceLine
              y={SYSTOLIC_LIMIT}
              stroke="var(--chart-goal)"
              strokeDasharray="6 4"
              strokeWidth={1.5}
            />
            <ReferenceLine
              y={DIASTOLIC_LIMIT}
              stroke="var(--chart-goal)"
              strokeDasharray="6 4"
              strokeWidth={1.5}
            />
            <Line
              dataKey="systolic"
              name={t("bp.chart.systolic")}
              stroke="var(--chart-systolic)"
              strokeWidth={2}
              dot={{ r: points.length > 60 ? 0 : 2.5, fill: "var(--chart-systolic)", strokeWidth: 0 }}
              activeDot={{ r: 5, fill: "var(--chart-systolic)", stroke: "var(--surface)", strokeWidth: 2 }}
              isAnimationActive={false}
            />
            <Line
              dataKey="diastolic"
              name={t("bp.chart.diastolic")}
              stroke="var(--chart-diastolic)"
              strokeWidth={2}
              dot={{ r: points.length > 60 ? 0 : 2.5, fill: "var(--chart-diastolic)", strokeWidth: 0 }}
              activeDot={{ r: 5, fill: "var(--chart-diastolic)", stroke: "var(--surface)", strokeWidth: 2 }}
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
      <ul className="chart-legend">
        <li>
          <span className="swatch swatch-line swatch-systolic" aria-hidden="true" />
          {t("bp.chart.systolic")}
        </li>
        <li>
          <span className="swatch swatch-line swatch-diastolic" aria-hidden="true" />
          {t("bp.chart.diastolic")}
        </li>
        <li>
          <span className="swatch swatch-goal" aria-hidden="true" />
          {t("bp.chart.limit")}
        </li>
      </ul>
    </figure>
  );
}
