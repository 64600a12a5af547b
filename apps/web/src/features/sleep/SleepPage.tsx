import type { SleepEntry } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { PageHeader } from "../../components/PageHeader";
import { Segmented } from "../../components/Segmented";
import { useFormatDuration } from "./format";
import { LastNightBody, useNightWhen } from "./LastNight";
import { SleepChart } from "./SleepChart";
import { SleepEditDialog } from "./SleepEditDialog";
import { SleepForm } from "./SleepForm";
import { SleepList } from "./SleepList";
import { SleepStats, type StatsPeriod } from "./SleepStats";
import { useDeleteNight, useSleepStats } from "./useSleep";

const periods = ["days7", "days28"] as const;

export function SleepPage() {
  const { t } = useTranslation();
  const format = useFormatDuration();
  const when = useNightWhen();
  const stats = useSleepStats();
  const [period, setPeriod] = useState<StatsPeriod>("days7");
  const [editing, setEditing] = useState<SleepEntry | null>(null);
  const deletion = useEntryDeletion(useDeleteNight(), t("sleep.delete.done"));

  const nights = stats.data?.days28.nights;

  return (
    <div className="page">
      <PageHeader
        title={t("sleep.title")}
        subtitle={
          nights
            ? `${t("sleep.stats.nights", { count: nights })} · ${t("sleep.chart.subtitle")}`
            : t("sleep.subtitle")
        }
      />
      <div className="sleep-layout">
        <Card className="sleep-entry" title={t("sleep.form.title")} titleId="sleep-entry-title">
          <SleepForm />
        </Card>
        <Card
          className="sleep-last-card"
          title={t("sleep.lastNight.title")}
          titleId="sleep-last-title"
          data-testid="sleep-last-night"
        >
          <LastNightBody />
        </Card>
        <Card
          className="sleep-stats-card"
          title={t("sleep.stats.title")}
          titleId="sleep-stats-title"
          actions={
            <Segmented
              legend={t("sleep.stats.period")}
              hideLegend
              name="sleep-period"
              value={period}
              onChange={setPeriod}
              options={periods.map((value) => ({ value, label: t(`sleep.stats.${value}`) }))}
            />
          }
        >
          <SleepStats period={period} />
        </Card>
        <Card
          className="sleep-chart-card"
          title={t("sleep.chart.title")}
          titleId="sleep-chart-title"
          description={t("sleep.chart.subtitle")}
        >
          <SleepChart />
        </Card>
        <Card className="sleep-history" title={t("sleep.list.title")} titleId="sleep-history-title">
          <SleepList onEdit={setEditing} onDelete={deletion.ask} />
        </Card>
      </div>
      <SleepEditDialog night={editing} onClose={() => setEditing(null)} />
      <DeleteEntryDialog
        deletion={deletion}
        title={t("sleep.delete.title")}
        message={(night) =>
          t("sleep.delete.message", { date: when(night).day, duration: format(night.durationMin) })
        }
      />
    </div>
  );
}
