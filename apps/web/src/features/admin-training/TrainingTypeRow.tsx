import type { TrainingType } from "@mitai/shared";
import { Pencil, Trash2 } from "lucide-react";
import { useTranslation } from "react-i18next";
import { IconButton } from "../../components/Button";
import { useErrorText } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { TrainingTypeIcon } from "../training/TrainingTypeIcon";
import { AbilityPips } from "./AbilityWeights";
import { useUpdateTrainingType } from "./useTrainingTypesAdmin";

type TrainingTypeRowProps = { type: TrainingType; onEdit: () => void; onDelete: () => void };

/** One type: icon, both names, key and ability profile, with its active switch, edit and delete. */
export function TrainingTypeRow({ type, onEdit, onDelete }: TrainingTypeRowProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const toast = useToast();
  const errorText = useErrorText();
  const update = useUpdateTrainingType();
  const name = language === "de" ? type.nameDe : type.nameEn;

  const toggle = () =>
    update.mutate(
      { id: type.id, body: { active: !type.active } },
      {
        onSuccess: (saved) =>
          toast.show(
            t(saved.active ? "adminTraining.types.activated" : "adminTraining.types.deactivated", { name }),
          ),
        onError: (error) => toast.show(errorText(error), "error"),
      },
    );

  return (
    <li
      className={type.active ? "type-admin-row" : "type-admin-row type-admin-inactive"}
      data-testid="training-type-row"
    >
      <div className="type-admin-who">
        <span className={`type-admin-icon cat-${type.category}`}>
          <TrainingTypeIcon icon={type.icon} size={20} />
        </span>
        <div className="type-admin-text">
          <p className="type-admin-name">
            <span lang="de">{type.nameDe}</span>
            <span className="type-admin-sep" aria-hidden="true">
              /
            </span>
            <span lang="en">{type.nameEn}</span>
          </p>
          <p className="type-admin-meta">
            <code>{type.key}</code>
            {type.builtIn && <span className="badge">{t("adminTraining.types.builtIn")}</span>}
            {!type.active && <span className="badge badge-warning">{t("adminTraining.types.inactive")}</span>}
          </p>
          <AbilityPips value={type.abilities} />
        </div>
      </div>
      <div className="type-admin-actions">
        <button
          type="button"
          role="switch"
          aria-checked={type.active}
          aria-label={t("adminTraining.types.activeFor", { name })}
          className="switch"
          disabled={update.isPending}
          onClick={toggle}
        >
          <span className="switch-track" aria-hidden="true">
            <span className="switch-thumb" />
          </span>
          <span className="switch-text" aria-hidden="true">
            {type.active ? t("adminTraining.types.active") : t("adminTraining.types.inactive")}
          </span>
        </button>
        <IconButton
          label={t("adminTraining.types.editOne", { name })}
          icon={<Pencil size={18} aria-hidden="true" />}
          onClick={onEdit}
        />
        <IconButton
          label={t("adminTraining.types.deleteOne", { name })}
          icon={<Trash2 size={18} aria-hidden="true" />}
          tone="danger"
          onClick={onDelete}
        />
      </div>
    </li>
  );
}
