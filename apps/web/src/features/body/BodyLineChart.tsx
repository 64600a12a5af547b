import { useMemo } from "react";
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
import { axisTick, dayAxis, dayXAxisProps, valueAxis } from "../../lib/chart";
import { formatDay } from "../../lib/dates";
import { formatNumber } from "../../lib/number";
import type { BodyPoint } from "./series";

type BodyLineChartProps = {
  points: readonly BodyPoint[];
  locale: string;
  title: string;
  color: string;
  formatValue: (value: number) => string;
  /** A sentence that says what the chart shows, for screen readers. */
  summary: string;
  height?: number;
  testId?: string;
};

/** One measured value over time: a line through the days it was taken, a dot on each. */
export function BodyLineChart({
  points,
  locale,
  title,
  color,
  formatValue,
  summary,
  height = 200,
  testId,
}: BodyLineChartProps) {
  const days = useMemo(() => dayAxis(points), [points]);
  const { byDay } = days;
  const { domain, ticks } = valueAxis(
    points.map((p) => p.value),
    null,
    5,
  );

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const point = typeof label === "number" ? byDay.get(label) : undefined;
    if (!active || !point) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{formatDay(point.date, locale, "medium")}</p>
        <p>
          {title}: <strong className="tabular">{formatValue(point.value)}</strong>
        </p>
      </div>
    );
  };

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="visually-hidden">{summary}</figcaption>
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={[...points]} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis {...dayXAxisProps(days, locale)} />
            <YAxis
              domain={domain}
              ticks={ticks}
              tickFormatter={(value: number) => formatNumber(value, locale, { maxDigits: 1 })}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={40}
            />
            <Line
              dataKey="value"
              name={title}
              stroke={color}
              strokeWidth={2.5}
              dot={{ r: 3.5, fill: color, stroke: "var(--surface)", strokeWidth: 1.5 }}
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
