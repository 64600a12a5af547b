import type { CircumferencePoint } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { CircumferenceChart, PointPicker } from "./CircumferenceChart";
import { CircumferenceForm } from "./CircumferenceForm";
import { CircumferenceList } from "./CircumferenceList";
import { useDeleteCircumference } from "./useCircumferences";

/** The circumferences tab: the form with its sketch, a chart per point, the history. */
export function CircumferencePage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [point, setPoint] = useState<CircumferencePoint>("waist");
  const [editingId, setEditingId] = useState<string | null>(null);
  const deletion = useEntryDeletion(useDeleteCircumference(), t("body.circumference.delete.done"));

  return (
    <>
      <div className="body-layout">
        <Card className="body-entry" title={t("body.circumference.form.title")} titleId="girth-entry-title">
          <CircumferenceForm onEditExisting={setEditingId} />
        </Card>
        <div className="body-side">
          <Card
            className="body-chart"
            title={t("body.circumference.chart.title")}
            titleId="girth-chart-title"
            actions={<PointPicker point={point} onPointChange={setPoint} />}
          >
            <CircumferenceChart point={point} />
          </Card>
        </div>
        <Card
          className="body-history"
          title={t("body.circumference.list.title")}
          titleId="girth-history-title"
        >
          <CircumferenceList editingId={editingId} onEdit={setEditingId} onDelete={deletion.ask} />
        </Card>
      </div>
      <DeleteEntryDialog
        deletion={deletion}
        title={t("body.circumference.delete.title")}
        message={(entry) =>
          t("body.circumference.delete.message", { date: formatDay(entry.date, locale, "medium") })
        }
      />
    </>
  );
}
