import { todayIn } from "@mitai/shared";
import { Camera, Image as ImageIcon, ImagePlus, Upload, X } from "lucide-react";
import { type ChangeEvent, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button, buttonClass, IconButton } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { fileSize } from "./format";
import { PhotoFields } from "./PhotoFields";
import { emptyPhotoForm, fileProblem, photoFormFields, photoFormSchema, uploadErrorKey } from "./photoForm";
import { progressPercent } from "./uploadPhoto";
import { useUploadPhoto } from "./usePhotos";

/** A preview of the chosen file, its object URL let go when the file changes. */
function usePreview(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (!file) {
      setUrl(null);
      return;
    }
    const next = URL.createObjectURL(file);
    setUrl(next);
    return () => URL.revokeObjectURL(next);
  }, [file]);
  return url;
}

/** The chosen file as a small picture; a browser that cannot show it (HEIC, mostly) gets an icon. */
function ChosenPreview({ url, alt }: { url: string; alt: string }) {
  const [broken, setBroken] = useState(false);
  if (broken) {
    return (
      <span className="photo-chosen-img photo-chosen-icon" role="img" aria-label={alt}>
        <ImageIcon size={28} aria-hidden="true" />
      </span>
    );
  }
  return <img src={url} alt={alt} className="photo-chosen-img" onError={() => setBroken(true)} />;
}

/** Take a photo with the camera or pick one, say pose, day and a note, upload it with progress. */
export function PhotoUpload() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const today = todayIn(profile.timeZone);
  const schema = useMemo(() => photoFormSchema(today), [today]);
  const form = useSchemaForm(schema, emptyPhotoForm(today));
  const upload = useUploadPhoto();
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);
  const preview = usePreview(file);
  const problem = file ? fileProblem(file) : null;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const next = event.target.files?.[0];
    event.target.value = "";
    if (!next) return;
    upload.reset();
    setMissing(false);
    setFile(next);
  };

  const onSubmit = form.handleSubmit((values) => {
    if (!file) {
      setMissing(true);
      return;
    }
    if (problem) return;
    upload.mutate(
      { file, fields: { date: values.date, pose: values.pose, note: values.note || undefined } },
      {
        onSuccess: () => {
          toast.show(t("photos.upload.done"));
          setFile(null);
          // The pose stays: front, side and back are often taken one after the other.
          form.reset({ ...emptyPhotoForm(todayIn(profile.timeZone)), pose: values.pose });
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, photoFormFields),
      },
    );
  });

  const percent = progressPercent(upload.progress);
  const errorKey = uploadErrorKey(upload.error);
  const cancelled = upload.error instanceof DOMException && upload.error.name === "AbortError";

  return (
    <form className="photo-upload" data-testid="photo-upload" noValidate onSubmit={onSubmit}>
      {file ? (
        <div className="photo-chosen">
          {preview && <ChosenPreview key={preview} url={preview} alt={t("photos.upload.chosen")} />}
          <div className="photo-chosen-text">
            <p className="photo-chosen-name">{file.name}</p>
            <p className="small muted">{fileSize(file.size, locale)}</p>
          </div>
          <IconButton
            label={t("photos.upload.clear")}
            icon={<X size={20} aria-hidden="true" />}
            disabled={upload.isPending}
            onClick={() => setFile(null)}
          />
        </div>
      ) : (
        <div className="photo-pick">
          <label className={buttonClass("primary", "lg", true, "photo-pick-label")}>
            <Camera size={20} aria-hidden="true" />
            <span>{t("photos.upload.camera")}</span>
            <input
              type="file"
              accept="image/*"
              capture="environment"
              className="visually-hidden"
              data-testid="photo-camera"
              onChange={choose}
            />
          </label>
          <label className={buttonClass("secondary", "lg", true, "photo-pick-label")}>
            <ImagePlus size={20} aria-hidden="true" />
            <span>{t("photos.upload.library")}</span>
            <input
              type="file"
              accept="image/jpeg,image/png,image/webp,image/heic,image/heif,.heic,.heif"
              className="visually-hidden"
              data-testid="photo-file"
              onChange={choose}
            />
          </label>
          <p className="small muted photo-pick-hint">{t("photos.upload.hint")}</p>
        </div>
      )}
      {missing && !file && (
        <p className="field-error" role="alert">
          {t("photos.upload.noFile")}
        </p>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {t(problem)}
        </p>
      )}
      <PhotoFields
        register={form.register}
        control={form.control}
        errors={form.formState.errors}
        today={today}
        dateHint
      />
      {upload.isPending && (
        <div className="photo-progress" data-testid="photo-progress">
          <div className="import-progress-text">
            <span role="status">
              {percent < 100 ? t("photos.upload.uploading", { percent }) : t("photos.upload.processing")}
            </span>
          </div>
          <div
            className="progress"
            role="progressbar"
            aria-label={t("photos.upload.submit")}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <span className="progress-bar" style={{ width: `${percent}%` }} />
          </div>
        </div>
      )}
      {upload.isError && !cancelled && (
        <ErrorMessage
          // The shared texts of these codes speak of requests and CSV files: say it for photos.
          error={errorKey ? new ApiError(415, "photo_refused", t(errorKey)) : upload.error}
        />
      )}
      <div className="photo-upload-actions">
        <Button
          type="submit"
          size="lg"
          block
          loading={upload.isPending}
          disabled={problem !== null}
          icon={<Upload size={20} aria-hidden="true" />}
        >
          {t("photos.upload.submit")}
        </Button>
        {upload.isPending && (
          <Button variant="secondary" block onClick={upload.cancel}>
            {t("photos.upload.cancel")}
          </Button>
        )}
      </div>
    </form>
  );
}
