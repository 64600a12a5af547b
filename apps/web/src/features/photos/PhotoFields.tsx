import { photoPoses } from "@mitai/shared";
import { type Control, Controller, type FieldErrors, type UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../components/Field";
import { Segmented } from "../../components/Segmented";
import type { PhotoFormValues } from "./photoForm";

type PhotoFieldsProps = {
  register: UseFormRegister<PhotoFormValues>;
  control: Control<PhotoFormValues>;
  errors: FieldErrors<PhotoFormValues>;
  today: string;
  /** The upload says that a date from the camera wins; an edit sets the date it shows. */
  dateHint?: boolean;
};

/** Pose, date and note of a photo: the upload's fields and the edit's. */
export function PhotoFields({ register, control, errors, today, dateHint }: PhotoFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Controller
        control={control}
        name="pose"
        render={({ field }) => (
          <Segmented
            legend={t("photos.upload.pose")}
            name={field.name}
            value={field.value}
            onChange={field.onChange}
            options={photoPoses.map((pose) => ({ value: pose, label: t(`photos.poses.${pose}`) }))}
          />
        )}
      />
      <TextField
        type="date"
        label={t("photos.upload.date")}
        max={today}
        hint={dateHint ? t("photos.upload.dateHint") : undefined}
        error={errors.date?.message}
        {...register("date")}
      />
      <TextField
        label={t("photos.upload.note")}
        optional={t("common.optional")}
        maxLength={500}
        error={errors.note?.message}
        {...register("note")}
      />
    </>
  );
}
