import { Activity, Info } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Segmented } from "../../components/Segmented";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { BaselineMetric, cardMetrics } from "./BaselineCards";
import { useDeleteVitals, useLatestVitals } from "./useVitals";
import { VitalsChartLegend, VitalsCharts } from "./VitalsChart";
import { VitalsForm } from "./VitalsForm";
import { VitalsList } from "./VitalsList";

const ranges = ["30", "90"] as const;
type Range = (typeof ranges)[number];

/** The baseline tab: the morning's quick entry, the latest values against their baselines, the history. */
export function BaselinePage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [range, setRange] = useState<Range>("30");
  const [editingId, setEditingId] = useState<string | null>(null);
  const deletion = useEntryDeletion(useDeleteVitals(), t("vitals.delete.done"));

  return (
    <>
      <div className="vitals-layout">
        <Card className="vitals-entry" title={t("vitals.form.title")} titleId="vitals-entry-title">
          <VitalsForm onEditExisting={setEditingId} />
        </Card>
        <Card
          className="vitals-baseline"
          title={t("vitals.cards.title")}
          titleId="vitals-baseline-title"
          data-testid="vitals-baseline"
        >
          <BaselineBody />
          <details className="vitals-explain">
            <summary className="with-icon">
              <Info size={16} aria-hidden="true" />
              {t("vitals.explain.summary")}
            </summary>
            <p>{t("vitals.explain.text")}</p>
          </details>
        </Card>
        <Card
          className="vitals-chart-card"
          title={t("vitals.chart.title")}
          titleId="vitals-chart-title"
          actions={
            <Segmented
              legend={t("vitals.chart.range")}
              hideLegend
              name="vitals-range"
              value={range}
              onChange={setRange}
              options={ranges.map((value) => ({ value, label: t(`vitals.chart.ranges.${value}`) }))}
            />
          }
        >
          <VitalsCharts days={Number(range)} />
          <VitalsChartLegend />
        </Card>
        <Card className="vitals-history" title={t("vitals.list.title")} titleId="vitals-history-title">
          <VitalsList editingId={editingId} onEdit={setEditingId} onDelete={deletion.ask} />
        </Card>
      </div>
      <DeleteEntryDialog
        deletion={deletion}
        title={t("vitals.delete.title")}
        message={(entry) => t("vitals.delete.message", { date: formatDay(entry.date, locale, "medium") })}
      />
    </>
  );
}

function BaselineBody() {
  const { t } = useTranslation();
  const latest = useLatestVitals();
  if (latest.isPending) {
    return (
      <div className="baseline-grid" role="status" aria-label={t("common.loading")}>
        <Skeleton height={150} />
        <Skeleton height={150} />
      </div>
    );
  }
  if (latest.isError) return <ErrorMessage error={latest.error} />;
  if (latest.data.length === 0) {
    return (
      <EmptyState
        icon={<Activity size={28} />}
        title={t("vitals.cards.empty")}
        text={t("vitals.cards.emptyText")}
      />
    );
  }
  return (
    <div className="baseline-grid">
      {cardMetrics.map((metric) => (
        <BaselineMetric key={metric} entries={latest.data} metric={metric} />
      ))}
    </div>
  );
}
