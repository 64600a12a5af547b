import { useMemo } from "react";
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { axisTick, dayAxis, dayXAxisProps } from "../../lib/chart";
import { formatDay } from "../../lib/dates";
import type { NutritionPoint } from "./series";
import { zeroBasedTicks } from "./series";

type Series = {
  key: "kcal" | "proteinG" | "fatG" | "carbsG" | "proteinPerKg";
  label: string;
  /** A class that gives its swatch the bar's colour (`nutrition-swatch-<name>`). */
  swatch: string;
  color: string;
};

type DailyChartProps = {
  points: readonly NutritionPoint[];
  bars: readonly Series[];
  /** The bars stand on one another (the macros of a day). */
  stacked?: boolean;
  /** The trailing 7-day average as a line over the bars. */
  average?: { label: string };
  target: { value: number; label: string } | null;
  locale: string;
  format: (value: number) => string;
  /** The y axis labels (shorter than the tooltip's values). */
  formatTick: (value: number) => string;
  summary: string;
  testId: string;
  height?: number;
};

/**
 * A value per calendar day as bars (stacked or single), with an optional 7-day average line and a
 * dashed target line; the day axis is the one every chart of the app uses.
 */
export function DailyChart({
  points,
  bars,
  stacked = false,
  average,
  target,
  locale,
  format,
  formatTick,
  summary,
  testId,
  height = 240,
}: DailyChartProps) {
  const days = useMemo(() => dayAxis(points), [points]);
  const totals = points.map((p) =>
    stacked
      ? bars.reduce((sum, bar) => sum + (p[bar.key] ?? 0), 0)
      : Math.max(...bars.map((bar) => p[bar.key] ?? 0)),
  );
  const averages = average ? points.map((p) => p.average7) : [];
  const ticks = zeroBasedTicks([...totals, ...averages], target?.value ?? null);
  const top = ticks.at(-1) ?? 1;
  const many = points.length > 120;

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const point = typeof label === "number" ? days.byDay.get(label) : undefined;
    if (!active || !point) return null;
    const logged = bars.some((bar) => point[bar.key] !== null);
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{formatDay(point.date, locale, "medium")}</p>
        {logged ? (
          bars.map((bar) => {
            const value = point[bar.key];
            return (
              value !== null && (
                <p key={bar.key}>
                  <span className={`swatch ${bar.swatch}`} aria-hidden="true" /> {bar.label}:{" "}
                  <strong className="tabular">{format(value)}</strong>
                </p>
              )
            );
          })
        ) : (
          <p className="muted">–</p>
        )}
        {average && point.average7 !== null && (
          <p>
            <span className="swatch swatch-line" aria-hidden="true" /> {average.label}:{" "}
            <strong className="tabular">{format(point.average7)}</strong>
          </p>
        )}
      </div>
    );
  };

  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="visually-hidden">{summary}</figcaption>
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart
            data={[...points]}
            margin={{ top: 8, right: 8, bottom: 0, left: 0 }}
            barCategoryGap={many ? 0 : "15%"}
          >
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis {...dayXAxisProps(days, locale)} padding={{ left: 10, right: 10 }} />
            <YAxis
              domain={[0, top]}
              ticks={ticks}
              tickFormatter={formatTick}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={44}
            />
            {bars.map((bar, i) => (
              <Bar
                key={bar.key}
                dataKey={bar.key}
                name={bar.label}
                stackId={stacked ? "day" : undefined}
                fill={bar.color}
                radius={!stacked || i === bars.length - 1 ? [3, 3, 0, 0] : 0}
                maxBarSize={18}
                isAnimationActive={false}
              />
            ))}
            {average && (
              <Line
                dataKey="average7"
                type="monotone"
                stroke="var(--chart-line)"
                strokeWidth={2.5}
                dot={false}
                connectNulls
                activeDot={{ r: 4, fill: "var(--chart-line)", stroke: "var(--surface)", strokeWidth: 2 }}
                isAnimationActive={false}
              />
            )}
            {target && (
              <ReferenceLine
                y={target.value}
                stroke="var(--chart-goal)"
                strokeDasharray="6 4"
                strokeWidth={1.5}
              />
            )}
            <Tooltip
              content={renderTooltip}
              cursor={{ fill: "var(--surface-2)" }}
              isAnimationActive={false}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <ul className="chart-legend">
        {bars.map((bar) => (
          <li key={bar.key}>
            <span className={`swatch ${bar.swatch}`} aria-hidden="true" />
            {bar.label}
          </li>
        ))}
        {average && (
          <li>
            <span className="swatch swatch-line" aria-hidden="true" />
            {average.label}
          </li>
        )}
        {target && (
          <li>
            <span className="swatch swatch-goal" aria-hidden="true" />
            {target.label} {format(target.value)}
          </li>
        )}
      </ul>
    </figure>
  );
}
