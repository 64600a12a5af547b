import type { NutritionEntry } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { useNutritionFormat } from "./format";
import { NutritionDayList } from "./NutritionDayList";
import { NutritionQuickEntry } from "./NutritionQuickEntry";
import { TodayProgress } from "./TodayProgress";
import { useDeleteNutrition } from "./useNutrition";

/** The entry tab: the quick entry first, today against the targets, then the logged days. */
export function NutritionEntryPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const format = useNutritionFormat();
  const [editingId, setEditingId] = useState<string | null>(null);
  const deletion = useEntryDeletion(useDeleteNutrition(), t("nutrition.delete.done"));
  const message = (entry: NutritionEntry) => {
    const values = {
      source: format.source(entry.source),
      date: formatDay(entry.date, locale, "medium"),
      kcal: format.kcal(entry.kcal),
    };
    return entry.source === "manual"
      ? t("nutrition.delete.message", values)
      : t("nutrition.delete.importedMessage", values);
  };
  return (
    <div className="nutrition-layout">
      <Card
        className="nutrition-entry-card"
        title={t("nutrition.form.title")}
        titleId="nutrition-entry-title"
      >
        <NutritionQuickEntry />
      </Card>
      <Card
        className="nutrition-today-card"
        title={t("nutrition.today.title")}
        titleId="nutrition-today-title"
      >
        <TodayProgress />
      </Card>
      <Card className="nutrition-history" title={t("nutrition.list.title")} titleId="nutrition-history-title">
        <NutritionDayList editingId={editingId} onEdit={setEditingId} onDelete={deletion.ask} />
      </Card>
      <DeleteEntryDialog deletion={deletion} title={t("nutrition.delete.title")} message={message} />
    </div>
  );
}
