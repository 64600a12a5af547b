import type { WeightEntry } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageHeader } from "../../components/PageHeader";
import { Segmented } from "../../components/Segmented";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { formatKg } from "../../lib/number";
import { BodySectionTabs } from "../body/BodyLayout";
import { useDeleteWeight, useWeightStats } from "./useWeight";
import { WeightChart } from "./WeightChart";
import { WeightEditDialog, type WeightEditTarget } from "./WeightEditDialog";
import { WeightForm } from "./WeightForm";
import { WeightList } from "./WeightList";

const ranges = ["30", "90", "365", "all"] as const;
type Range = (typeof ranges)[number];

export function WeightPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const toast = useToast();
  const stats = useWeightStats();
  const [range, setRange] = useState<Range>("90");
  const [editing, setEditing] = useState<WeightEditTarget | null>(null);
  const [deleting, setDeleting] = useState<WeightEntry | null>(null);
  const remove = useDeleteWeight();

  const count = stats.data?.count;
  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting, {
      onSuccess: () => {
        toast.show(t("weight.delete.done"));
        setDeleting(null);
      },
    });
  };

  return (
    <div className="page">
      <PageHeader
        title={t("weight.title")}
        subtitle={count === undefined ? t("weight.subtitle") : t("weight.entries", { count })}
      />
      {/* Phones reach circumferences, caliper and photos from here (no Body tab in their tab bar). */}
      <BodySectionTabs phoneOnly />
      <div className="weight-layout">
        <Card className="weight-entry" title={t("weight.form.title")} titleId="weight-entry-title">
          <WeightForm
            latest={stats.data?.latest ?? null}
            onEdit={(entry, typedWeight) => setEditing({ entry, initial: { weight: typedWeight } })}
          />
        </Card>
        <Card
          className="weight-chart-card"
          title={t("weight.chart.title")}
          titleId="weight-chart-title"
          actions={
            <Segmented
              legend={t("weight.chart.range")}
              hideLegend
              name="weight-range"
              value={range}
              onChange={setRange}
              options={ranges.map((value) => ({ value, label: t(`weight.chart.ranges.${value}`) }))}
            />
          }
        >
          <WeightChart days={range === "all" ? null : Number(range)} height={260} />
        </Card>
        <Card className="weight-history" title={t("weight.list.title")} titleId="weight-history-title">
          <WeightList
            onEdit={(entry) => setEditing({ entry })}
            onDelete={(entry) => {
              remove.reset();
              setDeleting(entry);
            }}
          />
        </Card>
      </div>
      <WeightEditDialog target={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title={t("weight.delete.title")}
        message={
          deleting
            ? t("weight.delete.message", {
                weight: formatKg(deleting.weight, locale, 2),
                date: formatDay(deleting.date, locale, "medium"),
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
    </div>
  );
}
