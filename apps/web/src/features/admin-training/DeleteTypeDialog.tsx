import type { TrainingType } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { isTypeInUse } from "./trainingTypeForm";
import { useDeleteTrainingType, useUpdateTrainingType } from "./useTrainingTypesAdmin";

type DeleteTypeDialogProps = { type: TrainingType | null; onClose: () => void };

/**
 * Deleting a type: only an unused one goes; when the server answers that sessions or mappings use
 * it, the dialog says so and offers to deactivate it instead.
 */
export function DeleteTypeDialog({ type, onClose }: DeleteTypeDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={type !== null} onClose={onClose} title={t("adminTraining.delete.title")}>
      {type && <DeleteTypeBody type={type} onDone={onClose} />}
    </Dialog>
  );
}

function DeleteTypeBody({ type, onDone }: { type: TrainingType; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const toast = useToast();
  const remove = useDeleteTrainingType();
  const update = useUpdateTrainingType();
  const name = language === "de" ? type.nameDe : type.nameEn;
  const inUse = isTypeInUse(remove.error);

  const confirm = () =>
    remove.mutate(type, {
      onSuccess: () => {
        toast.show(t("adminTraining.delete.done", { name }));
        onDone();
      },
    });
  const deactivate = () =>
    update.mutate(
      { id: type.id, body: { active: false } },
      {
        onSuccess: () => {
          toast.show(t("adminTraining.types.deactivated", { name }));
          onDone();
        },
      },
    );

  return (
    <div className="stack" data-testid="delete-type-dialog">
      {inUse ? (
        <Notice>
          <p>{t("adminTraining.delete.inUse", { name })}</p>
          {!type.active && <p>{t("adminTraining.delete.alreadyInactive")}</p>}
        </Notice>
      ) : (
        <p>{t("adminTraining.delete.message", { name, key: type.key })}</p>
      )}
      {remove.isError && !inUse && <ErrorMessage error={remove.error} />}
      {update.isError && <ErrorMessage error={update.error} />}
      <div className="dialog-actions delete-type-actions">
        <Button variant="secondary" onClick={onDone}>
          {t("common.cancel")}
        </Button>
        {inUse ? (
          type.active && (
            <Button onClick={deactivate} loading={update.isPending} data-testid="deactivate-instead">
              {t("adminTraining.delete.deactivate")}
            </Button>
          )
        ) : (
          <Button variant="danger" onClick={confirm} loading={remove.isPending} data-testid="confirm-delete">
            {t("common.delete")}
          </Button>
        )}
      </div>
    </div>
  );
}
