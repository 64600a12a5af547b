import { Tags } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/Button";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { Notice } from "../../components/ErrorMessage";
import { ActivityForm } from "./ActivityForm";
import { ActivityList } from "./ActivityList";
import { type ActivityFilter, useDeleteActivity, useUncategorizedNames } from "./useTraining";
import { useActivityDay } from "./useTrainingFormat";

/** The log tab: the quick entry first, then the sessions by week. */
export function ActivityPage() {
  const { t } = useTranslation();
  const day = useActivityDay();
  const [filter, setFilter] = useState<ActivityFilter>("all");
  const [editingId, setEditingId] = useState<string | null>(null);
  const deletion = useEntryDeletion(useDeleteActivity(), t("training.delete.done"));
  return (
    <div className="activity-layout">
      <Card className="activity-entry" title={t("training.form.title")} titleId="activity-entry-title">
        <ActivityForm />
      </Card>
      <Card className="activity-history" title={t("training.list.title")} titleId="activity-history-title">
        <div className="stack">
          <UncategorizedHint />
          <ActivityList
            filter={filter}
            onFilter={(next) => {
              setEditingId(null);
              setFilter(next);
            }}
            editingId={editingId}
            onEdit={setEditingId}
            onDelete={deletion.ask}
          />
        </div>
      </Card>
      <DeleteEntryDialog
        deletion={deletion}
        title={t("training.delete.title")}
        message={(entry) => t("training.delete.message", { name: entry.name, date: day(entry.date) })}
      />
    </div>
  );
}

/** Imported names without a type, and the way to give them one. */
function UncategorizedHint() {
  const { t } = useTranslation();
  const names = useUncategorizedNames();
  const sessions = names.data?.reduce((sum, name) => sum + name.count, 0) ?? 0;
  if (sessions === 0) return null;
  return (
    <Notice
      action={
        <ButtonLink
          to="/training/categorize"
          variant="secondary"
          size="sm"
          icon={<Tags size={16} aria-hidden="true" />}
        >
          {t("training.list.categorizeAll")}
        </ButtonLink>
      }
    >
      {t("training.list.uncategorizedHint", { count: sessions })}
    </Notice>
  );
}
