import { type PhotoEntry, todayIn } from "@mitai/shared";
import { ExternalLink, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Button } from "../../components/Button";
import { ConfirmDialog, Dialog } from "../../components/Dialog";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { PhotoEditForm } from "./PhotoEditForm";
import { displaySize } from "./photoLogic";
import { useDeletePhoto, useRefreshPhotoLinks } from "./usePhotos";

/** When the camera took it, in the profile's time zone. */
function formatTaken(isoInstant: string, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(isoInstant),
  );
}

type PhotoViewerProps = { photo: PhotoEntry | null; onClose: () => void };

/** One photo at screen size with its day, pose and note; edit and delete from here. */
export function PhotoViewer({ photo, onClose }: PhotoViewerProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  return (
    <Dialog
      open={photo !== null}
      onClose={onClose}
      title={photo ? t("photos.viewer.title", { date: formatDay(photo.date, locale, "long") }) : ""}
    >
      {photo && <ViewerBody photo={photo} onClose={onClose} />}
    </Dialog>
  );
}

function ViewerBody({ photo, onClose }: { photo: PhotoEntry; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const refreshLinks = useRefreshPhotoLinks();
  const remove = useDeletePhoto();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const size = displaySize(photo);
  const pose = t(`photos.poses.${photo.pose}`);

  const confirmDelete = () =>
    remove.mutate(photo, {
      onSuccess: () => {
        toast.show(t("photos.delete.done"));
        setDeleting(false);
        onClose();
      },
    });

  return (
    <div className="photo-viewer" data-testid="photo-viewer">
      <img
        className="photo-viewer-img"
        src={photo.urls.display}
        alt={t("photos.gallery.alt", { pose, date: formatDay(photo.date, locale) })}
        width={size.width}
        height={size.height}
        onError={refreshLinks}
      />
      {editing ? (
        <PhotoEditForm photo={photo} today={todayIn(profile.timeZone)} onDone={() => setEditing(false)} />
      ) : (
        <>
          <div className="photo-viewer-meta">
            <span className="badge badge-accent">{pose}</span>
            {photo.takenAt && (
              <span className="small muted">
                {t("photos.viewer.taken", { time: formatTaken(photo.takenAt, locale, profile.timeZone) })}
              </span>
            )}
            <a
              className="text-link with-icon photo-viewer-full"
              href={photo.urls.full}
              target="_blank"
              rel="noreferrer"
            >
              <ExternalLink size={16} aria-hidden="true" />
              {t("photos.viewer.full")}
            </a>
          </div>
          {photo.note && <p className="photo-viewer-note">{photo.note}</p>}
          <div className="photo-viewer-actions">
            <Button
              variant="secondary"
              icon={<Pencil size={18} aria-hidden="true" />}
              onClick={() => setEditing(true)}
            >
              {t("common.edit")}
            </Button>
            <Button
              variant="danger"
              icon={<Trash2 size={18} aria-hidden="true" />}
              onClick={() => {
                remove.reset();
                setDeleting(true);
              }}
            >
              {t("common.delete")}
            </Button>
          </div>
        </>
      )}
      <ConfirmDialog
        open={deleting}
        title={t("photos.delete.title")}
        message={t("photos.delete.message", { pose, date: formatDay(photo.date, locale) })}
        confirmLabel={t("common.delete")}
        confirmTestId="confirm-delete"
        busy={remove.isPending}
        error={remove.isError ? <ErrorMessage error={remove.error} /> : null}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(false)}
      />
    </div>
  );
}
