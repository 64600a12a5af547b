import { type PhotoEntry, todayIn } from "@mitai/shared";
import { Camera } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { EmptyState } from "../../components/EmptyState";
import { useLocale } from "../../i18n";
import { formatDay, formatListDay } from "../../lib/dates";
import { groupByDate, THUMB_PX } from "./photoLogic";
import { useRefreshPhotoLinks } from "./usePhotos";

type PhotoGalleryProps = { photos: readonly PhotoEntry[]; onOpen: (photo: PhotoEntry) => void };

/** The photos by day, newest first; thumbnails load as they scroll into view. */
export function PhotoGallery({ photos, onOpen }: PhotoGalleryProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const refreshLinks = useRefreshPhotoLinks();
  const today = todayIn(profile.timeZone);

  if (photos.length === 0) {
    return (
      <EmptyState
        icon={<Camera size={28} />}
        title={t("photos.gallery.empty")}
        text={t("photos.gallery.emptyText")}
      />
    );
  }

  return (
    <div className="photo-days" data-testid="photo-gallery">
      {groupByDate(photos).map((day) => (
        <section key={day.date} className="photo-day" aria-labelledby={`photo-day-${day.date}`}>
          <h3 id={`photo-day-${day.date}`} className="photo-day-title">
            <time dateTime={day.date}>{formatListDay(day.date, today, locale)}</time>
          </h3>
          <ul className="photo-grid">
            {day.photos.map((photo) => (
              <li key={photo.id}>
                <button
                  type="button"
                  className="photo-thumb"
                  data-testid="photo-thumb"
                  onClick={() => onOpen(photo)}
                >
                  <img
                    src={photo.urls.thumb}
                    alt={t("photos.gallery.alt", {
                      pose: t(`photos.poses.${photo.pose}`),
                      date: formatDay(photo.date, locale),
                    })}
                    width={THUMB_PX}
                    height={THUMB_PX}
                    loading="lazy"
                    decoding="async"
                    onError={refreshLinks}
                  />
                  <span className="photo-thumb-pose" aria-hidden="true">
                    {t(`photos.poses.${photo.pose}`)}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
