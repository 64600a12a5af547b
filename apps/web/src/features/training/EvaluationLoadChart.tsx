import type { Evaluation } from "@mitai/shared";
import { Gauge } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ResponsiveContainer,
  Tooltip,
  type TooltipContentProps,
  XAxis,
  YAxis,
} from "recharts";
import { EmptyState } from "../../components/EmptyState";
import { axisTick, dayAxis, dayXAxisProps } from "../../lib/chart";
import { formatDay } from "../../lib/dates";
import { ACWR_SWEET_SPOT, hasLoad, loadPoints, ratioAxis } from "./evaluationData";
import type { EvaluationFormat } from "./evaluationFormat";

type EvaluationLoadChartProps = {
  trend: Evaluation["loadTrend"];
  format: EvaluationFormat;
  height?: number;
};

/**
 * Acute (7-day) and chronic (weekly average of 28 days) load on the left axis, their ratio on the
 * right with the 0.8–1.3 sweet spot shaded.
 */
export function EvaluationLoadChart({ trend, format, height = 260 }: EvaluationLoadChartProps) {
  const { t } = useTranslation();
  const points = useMemo(() => loadPoints(trend), [trend]);
  const days = useMemo(() => dayAxis(points), [points]);
  const ratio = ratioAxis(points);
  const { locale } = format;

  if (!hasLoad(points)) {
    return (
      <EmptyState
        icon={<Gauge size={28} />}
        title={t("evaluation.load.empty")}
        text={t("evaluation.load.emptyText")}
      />
    );
  }

  const renderTooltip = ({ active, label }: TooltipContentProps) => {
    const point = typeof label === "number" ? days.byDay.get(label) : undefined;
    if (!active || !point) return null;
    return (
      <div className="chart-tooltip">
        <p className="chart-tooltip-date">{formatDay(point.date, locale, "medium")}</p>
        <p>
          <span className="swatch eval-swatch-acute" aria-hidden="true" /> {t("evaluation.load.acute")}:{" "}
          <strong className="tabular">{format.number(point.acute)}</strong>
        </p>
        <p>
          <span className="swatch eval-swatch-chronic" aria-hidden="true" /> {t("evaluation.load.chronic")}:{" "}
          <strong className="tabular">{format.number(point.chronic)}</strong>
        </p>
        <p>
          <span className="swatch eval-swatch-acwr" aria-hidden="true" /> {t("evaluation.load.ratio")}:{" "}
          <strong className="tabular">{format.ratio(point.acwr)}</strong>
        </p>
      </div>
    );
  };

  const last = points.at(-1);
  return (
    <figure className="chart" data-testid="evaluation-load-chart">
      <figcaption className="visually-hidden">
        {t("evaluation.load.summary", {
          acute: format.number(last?.acute ?? 0),
          chronic: format.number(last?.chronic ?? 0),
          ratio: format.ratio(last?.acwr ?? null),
        })}
      </figcaption>
      <div className="chart-canvas" style={{ height }}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={points} margin={{ top: 8, right: 0, bottom: 0, left: 0 }}>
            <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
            <XAxis {...dayXAxisProps(days, locale)} />
            <YAxis
              yAxisId="load"
              allowDecimals={false}
              tickFormatter={(value: number) => format.number(value)}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={44}
            />
            <YAxis
              yAxisId="ratio"
              orientation="right"
              domain={ratio.domain}
              ticks={ratio.ticks}
              tickFormatter={(value: number) => format.number(value, 1)}
              tick={axisTick}
              axisLine={false}
              tickLine={false}
              width={32}
            />
            <ReferenceArea
              yAxisId="ratio"
              y1={ACWR_SWEET_SPOT.low}
              y2={ACWR_SWEET_SPOT.high}
              fill="var(--eval-sweet)"
              fillOpacity={1}
              stroke="none"
            />
            <Line
              yAxisId="load"
              dataKey="chronic"
              type="monotone"
              stroke="var(--eval-chronic)"
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="load"
              dataKey="acute"
              type="monotone"
              stroke="var(--eval-acute)"
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
            <Line
              yAxisId="ratio"
              dataKey="acwr"
              type="monotone"
              stroke="var(--eval-acwr)"
              strokeWidth={2}
              dot={false}
              connectNulls={false}
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
          <span className="swatch eval-swatch-acute" aria-hidden="true" />
          {t("evaluation.load.acute")}
        </li>
        <li>
          <span className="swatch eval-swatch-chronic" aria-hidden="true" />
          {t("evaluation.load.chronic")}
        </li>
        <li>
          <span className="swatch eval-swatch-acwr" aria-hidden="true" />
          {t("evaluation.load.ratioAxis")}
        </li>
        <li>
          <span className="swatch eval-swatch-sweet" aria-hidden="true" />
          {t("evaluation.load.sweetSpot")}
        </li>
      </ul>
    </figure>
  );
}
