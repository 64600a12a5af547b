import { type CircumferencePoint, circumferencePoints } from "@mitai/shared";
import { ChartLine } from "lucide-react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/EmptyState";
import { SelectField } from "../../components/Field";
import { RetryError } from "../../components/QueryStates";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { BodyLineChart } from "./BodyLineChart";
import { formatCm } from "./format";
import { seriesOf } from "./series";
import { useCircumferenceHistory } from "./useCircumferences";

type CircumferenceChartProps = {
  point: CircumferencePoint;
  onPointChange: (point: CircumferencePoint) => void;
};

export function isCircumferencePoint(value: string): value is CircumferencePoint {
  return circumferencePoints.some((point) => point === value);
}

/** The picker of the point the chart draws. */
export function PointPicker({ point, onPointChange }: CircumferenceChartProps) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={t("body.circumference.chart.point")}
      value={point}
      data-testid="circumference-chart-point"
      onChange={(event) => {
        if (isCircumferencePoint(event.target.value)) onPointChange(event.target.value);
      }}
    >
      {circumferencePoints.map((p) => (
        <option key={p} value={p}>
          {t(`body.points.${p}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** One girth point over time. */
export function CircumferenceChart({ point }: { point: CircumferencePoint }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const history = useCircumferenceHistory();
  const points = useMemo(() => seriesOf(history.data ?? [], (entry) => entry[point]), [history.data, point]);

  if (history.isPending) {
    return (
      <div role="status" aria-label={t("common.loading")}>
        <Skeleton height={200} />
      </div>
    );
  }
  if (history.isError) return <RetryError error={history.error} retry={history.refetch} />;
  if (points.length === 0) {
    return (
      <EmptyState
        icon={<ChartLine size={28} />}
        title={t("body.circumference.chart.empty")}
        text={t("body.circumference.chart.emptyText")}
      />
    );
  }
  const name = t(`body.points.${point}`);
  const last = points.at(-1);
  return (
    <BodyLineChart
      points={points}
      locale={locale}
      title={name}
      color="var(--chart-line)"
      formatValue={(value) => formatCm(value, locale)}
      summary={t("body.circumference.chart.summary", {
        point: name,
        count: points.length,
        value: last ? formatCm(last.value, locale) : "",
      })}
      testId="circumference-chart"
    />
  );
}
