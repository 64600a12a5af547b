import { useMemo } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { axisTick, dayAxis, dayXAxisProps, type SeriesPoint, valueAxis } from "../lib/chart";
import { formatDay } from "../lib/dates";
import { formatNumber } from "../lib/number";

export type ChartLabels = { value: string; average: string; goal: string };

type TimeSeriesChartProps = {
  points: readonly SeriesPoint[];
  goal: number | null;
  locale: string;
  labels: ChartLabels;
  formatValue: (value: number) => string;
  /** A sentence that says what the chart shows, for screen readers. */
  summary: string;
  height?: number;
  testId?: string;
};

/** Daily values as dots, their moving average as a line, and an optional dashed goal line. */
export function TimeSeriesChart({
  points,
  goal,
  locale,
  labels,
  formatValue,
  summary,
  height = 240,
  testId,
}: TimeSeriesChartProps) {
  const days = useMemo(() => dayAxis(points), [points]);
  const { byDay } = days;
  const {
    domain,
    ticks: valueTicks,
    showGoal,
  } = valueAxis(
    points.flatMap((p) => [p.value, p.average]),
    goal,
  );

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const point = typeof label === "number" ? byDay.get(label) : undefined;
    if (!active || !point) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{formatDay(point.date, locale, "medium")}</p>
        <p>
          <span className="swatch swatch-point" aria-hidden="true" /> {labels.value}:{" "}
          <strong className="tabular">{formatValue(point.value)}</strong>
        </p>
        <p>
          <span className="swatch swatch-line" aria-hidden="true" /> {labels.average}:{" "}
          <strong className="tabular">{formatValue(point.average)}</strong>
        </p>
      </div>
    );
  };

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="visually-hidden">{summary}</figcaption>
      {/* Recharts' accessibility layer lets keyboard users step through the days with the arrow keys. */}
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={[...points]} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis {...dayXAxisProps(days, locale)} />
            <YAxis
              domain={domain}
              ticks={valueTicks}
              tickFormatter={(value: number) => formatNumber(value, locale, { maxDigits: 1 })}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={36}
            />
            {showGoal && goal !== null && (
              <ReferenceLine
                y={goal}
                stroke="var(--chart-goal)"
                strokeDasharray="6 4"
                strokeWidth={1.5}
                ifOverflow="extendDomain"
              />
            )}
            <ZAxis range={[30, 30]} />
            <Scatter dataKey="value" fill="var(--chart-point)" shape="circle" isAnimationActive={false} />
            <Line
              dataKey="average"
              type="monotone"
              stroke="var(--chart-line)"
              strokeWidth={2.5}
              dot={false}
              activeDot={{ r: 5, fill: "var(--chart-line)", stroke: "var(--surface)", strokeWidth: 2 }}
              isAnimationActive={false}
            />
            <Tooltip
              content={renderTooltip}
              cursor={{ stroke: "var(--border-strong)", strokeDasharray: "3 3" }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend">
        <li>
          <span className="swatch swatch-point" aria-hidden="true" />
          {labels.value}
        </li>
        <li>
          <span className="swatch swatch-line" aria-hidden="true" />
          {labels.average}
        </li>
        {showGoal && goal !== null && (
          <li>
            <span className="swatch swatch-goal" aria-hidden="true" />
            {labels.goal} {formatValue(goal)}
          </li>
        )}
      </ul>
    </figure>
  );
}
