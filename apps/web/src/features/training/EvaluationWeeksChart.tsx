import type { Evaluation } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { axisTick } from "../../lib/chart";
import { formatDay } from "../../lib/dates";
import { weekRows } from "./evaluationData";
import type { EvaluationFormat } from "./evaluationFormat";

type EvaluationWeeksChartProps = { weeks: Evaluation["weeks"]; format: EvaluationFormat; height?: number };

/** Minutes per week as stacked bars, one colour per category, so the mix of each week shows. */
export function EvaluationWeeksChart({ weeks, format, height = 260 }: EvaluationWeeksChartProps) {
  const { t } = useTranslation();
  const { rows, present } = useMemo(() => weekRows(weeks), [weeks]);
  const byWeek = useMemo(() => new Map(rows.map((row) => [row.weekStart, row])), [rows]);
  const { locale } = format;
  const busiest = rows.reduce((top, row) => Math.max(top, row.total), 0);
  // Many weeks: label about six of them, the bars stay readable at phone width.
  const tickEvery = Math.max(1, Math.ceil(rows.length / 6));

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const row = typeof label === "string" ? byWeek.get(label) : undefined;
    if (!active || !row) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">
          {t("evaluation.weeks.weekOf", { date: formatDay(row.weekStart, locale, "medium") })}
        </p>
        {present
          .filter((key) => row[key] > 0)
          .map((key) => (
            <p key={key}>
              <span className={`swatch eval-swatch cat-${key}`} aria-hidden="true" /> {format.category(key)}:{" "}
              <strong className="tabular">{format.minutes(row[key])}</strong>
            </p>
          ))}
        <p>
          {t("evaluation.weeks.total")}: <strong className="tabular">{format.minutes(row.total)}</strong>
        </p>
      </div>
    );
  };

  return (
    <figure className="chart" data-testid="evaluation-weeks-chart">
      <figcaption className="visually-hidden">
        {t("evaluation.weeks.summary", { count: rows.length, busiest: format.minutes(busiest) })}
      </figcaption>
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis
              dataKey="weekStart"
              interval={tickEvery - 1}
              tickFormatter={(date: string) => formatDay(date, locale, "axis")}
              tick={axisTick}
              axisLine={{ stroke: "var(--border)" }}
              tickLine={false}
              tickMargin={8}
            />
            <YAxis
              allowDecimals={false}
              tickFormatter={(minutes: number) => format.number(minutes)}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={44}
            />
            {present.map((key, i) => (
              <Bar
                key={key}
                dataKey={key}
                stackId="minutes"
                name={format.category(key)}
                fill={`var(--cat-${key})`}
                radius={i === present.length - 1 ? [4, 4, 0, 0] : 0}
                maxBarSize={36}
                isAnimationActive={false}
              />
            ))}
            <Tooltip
              content={renderTooltip}
              cursor={{ fill: "var(--surface-2)" }}
              isAnimationActive={false}
            />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <p className="eval-axis-note muted">{t("evaluation.weeks.axis")}</p>
      <ul className="chart-legend">
        {present.map((key) => (
          <li key={key}>
            <span className={`swatch eval-swatch cat-${key}`} aria-hidden="true" />
            {format.category(key)}
          </li>
        ))}
      </ul>
    </figure>
  );
}
