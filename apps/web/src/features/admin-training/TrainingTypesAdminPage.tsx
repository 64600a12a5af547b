import type { TrainingType } from "@mitai/shared";
import { Dumbbell, Plus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { DeleteTypeDialog } from "./DeleteTypeDialog";
import { TrainingTypeDialog, type TypeDialogTarget } from "./TrainingTypeDialog";
import { TrainingTypeRow } from "./TrainingTypeRow";
import { groupAllTypes } from "./trainingTypeForm";
import { useAdminTrainingTypes } from "./useTrainingTypesAdmin";

/** The admin's list of training types by category: create, edit, (de)activate, delete the unused. */
export function TrainingTypesAdminPage() {
  const { t } = useTranslation();
  const types = useAdminTrainingTypes();
  const [dialog, setDialog] = useState<TypeDialogTarget | null>(null);
  const [deleting, setDeleting] = useState<TrainingType | null>(null);
  const all = types.data ?? [];
  const groups = groupAllTypes(all);
  const inactive = all.filter((type) => !type.active).length;

  return (
    <div className="page">
      <PageHeader
        title={t("adminTraining.types.title")}
        subtitle={
          types.data
            ? t("adminTraining.types.summary", { count: all.length, inactive })
            : t("adminTraining.types.subtitle")
        }
        actions={
          <Button icon={<Plus size={18} aria-hidden="true" />} onClick={() => setDialog({ mode: "create" })}>
            {t("adminTraining.types.new")}
          </Button>
        }
      />
      {types.isPending && <LoadingRows rows={5} height={72} />}
      {types.isError && <RetryError error={types.error} retry={types.refetch} />}
      {types.data && all.length === 0 && (
        <Card>
          <EmptyState icon={<Dumbbell size={28} />} title={t("adminTraining.types.none")} />
        </Card>
      )}
      {groups.map(({ category, types: list }) => (
        <Card
          key={category}
          className={`type-admin-group cat-${category}`}
          title={
            <span className="type-admin-group-title">
              <span className={`cat-dot cat-${category}`} aria-hidden="true" />
              {t(`training.categories.${category}`)}
            </span>
          }
          titleId={`type-admin-${category}`}
          description={t("adminTraining.types.count", { count: list.length })}
        >
          <ul className="type-admin-list" data-testid={`training-types-${category}`}>
            {list.map((type) => (
              <TrainingTypeRow
                key={type.id}
                type={type}
                onEdit={() => setDialog({ mode: "edit", type })}
                onDelete={() => setDeleting(type)}
              />
            ))}
          </ul>
        </Card>
      ))}
      <TrainingTypeDialog target={dialog} onClose={() => setDialog(null)} />
      <DeleteTypeDialog type={deleting} onClose={() => setDeleting(null)} />
    </div>
  );
}
