import type { PhotoEntry } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { PhotoFields } from "./PhotoFields";
import { photoFormFields, photoFormSchema, photoFormValues } from "./photoForm";
import { useUpdatePhoto } from "./usePhotos";

type PhotoEditFormProps = { photo: PhotoEntry; today: string; onDone: () => void };

/** Day, pose and note of a stored photo (the picture itself stays as it is). */
export function PhotoEditForm({ photo, today, onDone }: PhotoEditFormProps) {
  const { t } = useTranslation();
  const toast = useToast();
  const update = useUpdatePhoto();
  const schema = useMemo(() => photoFormSchema(today), [today]);
  const form = useSchemaForm(schema, photoFormValues(photo));

  const onSubmit = form.handleSubmit((values) => {
    update.mutate(
      { id: photo.id, body: { date: values.date, pose: values.pose, note: values.note || null } },
      {
        onSuccess: () => {
          toast.show(t("photos.viewer.saved"));
          onDone();
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, photoFormFields),
      },
    );
  });

  return (
    <form className="photo-edit" data-testid="photo-edit-form" noValidate onSubmit={onSubmit}>
      <PhotoFields
        register={form.register}
        control={form.control}
        errors={form.formState.errors}
        today={today}
      />
      {update.isError && <ErrorMessage error={update.error} />}
      <div className="dialog-actions">
        <Button variant="secondary" onClick={onDone}>
          {t("common.cancel")}
        </Button>
        <Button type="submit" loading={update.isPending}>
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
