import type { ActivityMapping, TrainingType } from "@mitai/shared";
import { Trash2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import { IconButton } from "../../components/Button";
import { useErrorText } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { TrainingTypeIcon } from "../training/TrainingTypeIcon";
import { TypeSelect } from "./TypeSelect";
import { useUpdateMapping } from "./useTrainingTypesAdmin";

type MappingRowProps = { mapping: ActivityMapping; types: readonly TrainingType[]; onDelete: () => void };

/** One global mapping: the name, its type (changed in place), and delete. */
export function MappingRow({ mapping, types, onDelete }: MappingRowProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const errorText = useErrorText();
  const update = useUpdateMapping();
  const type = mapping.trainingType;

  const change = (trainingTypeId: string) => {
    if (trainingTypeId === "" || trainingTypeId === mapping.trainingTypeId) return;
    update.mutate(
      { id: mapping.id, trainingTypeId },
      {
        onSuccess: () => toast.show(t("adminTraining.mappings.changed", { name: mapping.name })),
        onError: (error) => toast.show(errorText(error), "error"),
      },
    );
  };

  return (
    <li className="mapping-row" data-testid="mapping-row">
      <p className="mapping-name">{mapping.name}</p>
      <div className="mapping-type">
        <span className={`type-admin-icon cat-${type.category}`}>
          <TrainingTypeIcon icon={type.icon} size={18} />
        </span>
        <TypeSelect
          label={t("adminTraining.mappings.typeFor", { name: mapping.name })}
          hideLabel
          types={types}
          current={type}
          className="input-sm"
          value={mapping.trainingTypeId}
          disabled={update.isPending}
          onChange={(event) => change(event.target.value)}
        />
        <IconButton
          label={t("adminTraining.mappings.deleteOne", { name: mapping.name })}
          icon={<Trash2 size={18} aria-hidden="true" />}
          tone="danger"
          onClick={onDelete}
        />
      </div>
    </li>
  );
}
