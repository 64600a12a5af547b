import type { BloodPressureReading } from "@mitai/shared";
import { HeartPulse } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/Dialog";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Segmented } from "../../components/Segmented";
import { Skeleton } from "../../components/Spinner";
import { useToast } from "../../components/Toast";
import { BloodPressureChart } from "./BloodPressureChart";
import { BloodPressureEditDialog } from "./BloodPressureEditDialog";
import { BloodPressureForm } from "./BloodPressureForm";
import { BloodPressureList } from "./BloodPressureList";
import { BloodPressureStats } from "./BloodPressureStats";
import { ReadingSummary, useReadingWhen } from "./LatestReading";
import { useBloodPressureStats, useDeleteReading, useLatestReading } from "./useBloodPressure";

const ranges = ["7", "30", "90"] as const;
type Range = (typeof ranges)[number];

export function BloodPressurePage() {
  const { t } = useTranslation();
  const toast = useToast();
  const when = useReadingWhen();
  const [range, setRange] = useState<Range>("30");
  const days = Number(range);
  const [editing, setEditing] = useState<BloodPressureReading | null>(null);
  const [deleting, setDeleting] = useState<BloodPressureReading | null>(null);
  const remove = useDeleteReading();
  const stats = useBloodPressureStats(days);

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting, {
      onSuccess: () => {
        toast.show(t("bp.delete.done"));
        setDeleting(null);
      },
    });
  };

  return (
    // A tab of the vitals section: the section's header names the page.
    <>
      <div className="bp-layout">
        <Card className="bp-entry" title={t("bp.form.title")} titleId="bp-entry-title">
          <BloodPressureForm />
        </Card>
        <Card
          className="bp-latest"
          title={t("bp.latest.title")}
          titleId="bp-latest-title"
          data-testid="bp-latest"
        >
          <LatestCardBody />
        </Card>
        <Card
          className="bp-chart-card"
          title={t("bp.chart.title")}
          titleId="bp-chart-title"
          actions={
            <Segmented
              legend={t("bp.chart.range")}
              hideLegend
              name="bp-range"
              value={range}
              onChange={setRange}
              options={ranges.map((value) => ({ value, label: t(`bp.chart.ranges.${value}`) }))}
            />
          }
        >
          <BloodPressureChart days={days} />
        </Card>
        <Card
          className="bp-stats-card"
          title={t("bp.stats.title")}
          titleId="bp-stats-title"
          description={
            stats.data
              ? `${t("bp.stats.period", { count: days })} · ${t("bp.stats.count", { count: stats.data.overall.count })}`
              : t("bp.stats.period", { count: days })
          }
        >
          <BloodPressureStats days={days} />
        </Card>
        <Card className="bp-history" title={t("bp.list.title")} titleId="bp-history-title">
          <BloodPressureList
            onEdit={setEditing}
            onDelete={(reading) => {
              remove.reset();
              setDeleting(reading);
            }}
          />
        </Card>
      </div>
      <BloodPressureEditDialog reading={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t("bp.delete.title")}
        message={
          deleting
            ? t("bp.delete.message", {
                value: t("bp.value", { systolic: deleting.systolic, diastolic: deleting.diastolic }),
                date: when(deleting),
              })
            : ""
        }
        confirmLabel={t("common.delete")}
        confirmTestId="confirm-delete"
        busy={remove.isPending}
        error={remove.isError ? <ErrorMessage error={remove.error} /> : null}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}

function LatestCardBody() {
  const { t } = useTranslation();
  const latest = useLatestReading();
  if (latest.isPending) {
    return (
      <div role="status" aria-label={t("common.loading")}>
        <Skeleton height={96} />
      </div>
    );
  }
  if (latest.isError) return <ErrorMessage error={latest.error} />;
  if (!latest.data) {
    return (
      <EmptyState
        icon={<HeartPulse size={28} />}
        title={t("bp.latest.empty")}
        text={t("bp.latest.emptyText")}
      />
    );
  }
  return <ReadingSummary reading={latest.data} />;
}
