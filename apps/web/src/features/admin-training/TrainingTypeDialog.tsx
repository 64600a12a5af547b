import { type TrainingCategory, type TrainingType, trainingCategories } from "@mitai/shared";
import { Controller } from "react-hook-form";
import { useTranslation } from "react-i18next";
import type { z } from "zod";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { SelectField, TextField } from "../../components/Field";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { AbilityWeights } from "./AbilityWeights";
import { IconPicker } from "./IconPicker";
import {
  createTypeSchema,
  editTypeSchema,
  newTypeValues,
  suggestKey,
  type TypeFormValues,
  typeFormValues,
  typeUpdateBody,
} from "./trainingTypeForm";
import { useCreateTrainingType, useUpdateTrainingType } from "./useTrainingTypesAdmin";

/** A new type (optionally in a category) or an existing one to edit. */
export type TypeDialogTarget =
  | { mode: "create"; category?: TrainingCategory }
  | { mode: "edit"; type: TrainingType };

type TrainingTypeDialogProps = { target: TypeDialogTarget | null; onClose: () => void };

export function TrainingTypeDialog({ target, onClose }: TrainingTypeDialogProps) {
  const { t } = useTranslation();
  const title =
    target?.mode === "edit" ? t("adminTraining.types.editTitle") : t("adminTraining.types.newTitle");
  return (
    <Dialog open={target !== null} onClose={onClose} title={title}>
      {target && <TypeForm target={target} onDone={onClose} />}
    </Dialog>
  );
}

const fields = ["key", "nameDe", "nameEn", "icon", "category", "abilities"] as const;

function TypeForm({ target, onDone }: { target: TypeDialogTarget; onDone: () => void }) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const toast = useToast();
  const create = useCreateTrainingType();
  const update = useUpdateTrainingType();
  const editing = target.mode === "edit" ? target.type : null;
  // The shared create schema checks a new type; an edit keeps its key as it is.
  const schema: z.ZodType<TypeFormValues, TypeFormValues> = editing ? editTypeSchema : createTypeSchema;
  const form = useSchemaForm(
    schema,
    editing ? typeFormValues(editing) : newTypeValues(target.mode === "create" ? target.category : undefined),
  );
  const { errors } = form.formState;
  const busy = create.isPending || update.isPending;
  const failure = create.error ?? update.error;

  const onError = (error: unknown) => {
    if (error instanceof ApiError && error.code === "training_type_key_taken") {
      form.setError(
        "key",
        { type: "server", message: t("errors.training_type_key_taken") },
        { shouldFocus: true },
      );
      return;
    }
    applyServerFieldErrors(error, form.setError, fields);
  };
  const saved = (type: TrainingType) => {
    toast.show(t("adminTraining.types.saved", { name: language === "de" ? type.nameDe : type.nameEn }));
    onDone();
  };

  const onSubmit = form.handleSubmit((values) => {
    if (editing)
      update.mutate({ id: editing.id, body: typeUpdateBody(values) }, { onSuccess: saved, onError });
    else create.mutate(values, { onSuccess: saved, onError });
  });

  return (
    <form className="stack type-form" data-testid="training-type-form" noValidate onSubmit={onSubmit}>
      <div className="type-form-names">
        <TextField
          label={t("adminTraining.form.nameDe")}
          autoComplete="off"
          maxLength={60}
          lang="de"
          data-autofocus
          error={errors.nameDe?.message}
          {...form.register("nameDe")}
        />
        <TextField
          label={t("adminTraining.form.nameEn")}
          autoComplete="off"
          maxLength={60}
          lang="en"
          error={errors.nameEn?.message}
          {...form.register("nameEn", {
            onChange: (event: { target: { value: string } }) => {
              // Propose a key from the English name until the admin types one.
              if (!editing && !form.getFieldState("key").isDirty)
                form.setValue("key", suggestKey(event.target.value));
            },
          })}
        />
      </div>
      <TextField
        label={t("adminTraining.form.key")}
        autoComplete="off"
        spellCheck={false}
        maxLength={40}
        readOnly={editing !== null}
        className="tabular"
        hint={editing ? t("adminTraining.form.keyFixed") : t("adminTraining.form.keyHint")}
        error={errors.key?.message}
        {...form.register("key")}
      />
      <SelectField
        label={t("adminTraining.form.category")}
        error={errors.category?.message}
        {...form.register("category")}
      >
        {trainingCategories.map((category) => (
          <option key={category} value={category}>
            {t(`training.categories.${category}`)}
          </option>
        ))}
      </SelectField>
      <Controller
        control={form.control}
        name="icon"
        render={({ field }) => (
          <IconPicker
            legend={t("adminTraining.form.icon")}
            name="type-icon"
            value={field.value}
            onChange={field.onChange}
          />
        )}
      />
      <Controller
        control={form.control}
        name="abilities"
        render={({ field }) => (
          <AbilityWeights
            name="type-ability"
            value={field.value}
            onChange={field.onChange}
            error={errors.abilities?.message}
          />
        )}
      />
      {failure && !(failure instanceof ApiError && failure.code === "training_type_key_taken") && (
        <ErrorMessage error={failure} />
      )}
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onDone}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={busy} data-testid="save-training-type">
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
