import { activityMappingCreate, type TrainingType } from "@mitai/shared";
import { Plus } from "lucide-react";
import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useToast } from "../../components/Toast";
import { ApiError } from "../../lib/apiError";
import { TypeSelect } from "./TypeSelect";
import { useCreateMapping } from "./useTrainingTypesAdmin";

/** A new global mapping: an activity name as imports carry it, and the type it stands for. */
export function MappingForm({ types }: { types: readonly TrainingType[] }) {
  const { t } = useTranslation();
  const toast = useToast();
  const create = useCreateMapping();
  const form = useSchemaForm(activityMappingCreate, { name: "", trainingTypeId: "" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body) =>
    create.mutate(body, {
      onSuccess: (saved) => {
        toast.show(t("adminTraining.mappings.added", { name: saved.name }));
        form.reset({ name: "", trainingTypeId: body.trainingTypeId });
        form.setFocus("name");
      },
      onError: (error) => {
        if (error instanceof ApiError && error.code === "mapping_exists") {
          form.setError(
            "name",
            { type: "server", message: t("adminTraining.mappings.nameTaken") },
            { shouldFocus: true },
          );
          return;
        }
        applyServerFieldErrors(error, form.setError, ["name", "trainingTypeId"]);
      },
    }),
  );

  return (
    <form className="mapping-form" noValidate onSubmit={onSubmit} data-testid="mapping-form">
      <TextField
        label={t("adminTraining.mappings.name")}
        hint={t("adminTraining.mappings.nameHint")}
        autoComplete="off"
        maxLength={120}
        error={errors.name?.message}
        {...form.register("name")}
      />
      <TypeSelect
        label={t("adminTraining.mappings.type")}
        types={types}
        placeholder={t("adminTraining.mappings.chooseType")}
        // Any problem with the id means the same to the admin: no type chosen yet.
        error={errors.trainingTypeId ? t("adminTraining.mappings.chooseType") : undefined}
        {...form.register("trainingTypeId")}
      />
      <Button type="submit" icon={<Plus size={18} aria-hidden="true" />} loading={create.isPending}>
        {t("adminTraining.mappings.add")}
      </Button>
      {create.isError && !(create.error instanceof ApiError && create.error.code === "mapping_exists") && (
        <ErrorMessage error={create.error} className="mapping-form-error" />
      )}
    </form>
  );
}
