import type { PhotoEntry } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Notice } from "../../components/ErrorMessage";
import { SelectField } from "../../components/Field";
import { Segmented } from "../../components/Segmented";
import { useLocale } from "../../i18n";
import { daysBetween } from "../../lib/dates";
import { CompareSlider } from "./CompareSlider";
import { formatPhotoDay } from "./format";
import {
  type ComparePick,
  comparablePoses,
  datesWithPose,
  displaySize,
  photoOn,
  reconcileComparison,
} from "./photoLogic";
import { useRefreshPhotoLinks } from "./usePhotos";

/** Two days of one pose: side by side on wide screens, and over each other with a slider. */
export function PhotoCompare({ photos }: { photos: readonly PhotoEntry[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const [chosen, setChosen] = useState<ComparePick | null>(null);
  const pick = reconcileComparison(photos, chosen);
  if (!pick) return <Notice>{t("photos.compare.needTwo")}</Notice>;

  const poses = comparablePoses(photos);
  const dates = datesWithPose(photos, pick.pose);
  const before = photoOn(photos, pick.before, pick.pose);
  const after = photoOn(photos, pick.after, pick.pose);
  const pose = t(`photos.poses.${pick.pose}`);
  const alt = (photo: PhotoEntry) =>
    t("photos.gallery.alt", { pose, date: formatPhotoDay(photo.date, locale) });
  const dateOptions = dates.map((date) => (
    <option key={date} value={date}>
      {formatPhotoDay(date, locale)}
    </option>
  ));

  return (
    <div className="photo-compare" data-testid="photo-compare">
      <div className="compare-controls">
        {poses.length > 1 && (
          <Segmented
            legend={t("photos.compare.pose")}
            name="compare-pose"
            value={pick.pose}
            onChange={(next) => {
              const nextDates = datesWithPose(photos, next);
              setChosen({ pose: next, before: nextDates[0] ?? "", after: nextDates.at(-1) ?? "" });
            }}
            options={poses.map((value) => ({ value, label: t(`photos.poses.${value}`) }))}
          />
        )}
        <div className="compare-dates">
          <SelectField
            label={t("photos.compare.before")}
            value={pick.before}
            data-testid="compare-before-date"
            onChange={(event) => setChosen({ ...pick, before: event.target.value })}
          >
            {dateOptions}
          </SelectField>
          <SelectField
            label={t("photos.compare.after")}
            value={pick.after}
            data-testid="compare-after-date"
            onChange={(event) => setChosen({ ...pick, after: event.target.value })}
          >
            {dateOptions}
          </SelectField>
        </div>
        <p className="small muted" data-testid="compare-gap">
          {pose} · {t("photos.compare.days", { count: Math.abs(daysBetween(pick.before, pick.after)) })}
        </p>
      </div>
      {before && after && (
        <div className="compare-view">
          <div className="compare-side">
            <h3 className="visually-hidden">{t("photos.compare.sideBySide")}</h3>
            <CompareFigure photo={before} label={t("photos.compare.before")} alt={alt(before)} />
            <CompareFigure photo={after} label={t("photos.compare.after")} alt={alt(after)} />
          </div>
          <CompareSlider before={before} after={after} beforeAlt={alt(before)} afterAlt={alt(after)} />
        </div>
      )}
    </div>
  );
}

function CompareFigure({ photo, label, alt }: { photo: PhotoEntry; label: string; alt: string }) {
  const { locale } = useLocale();
  const refreshLinks = useRefreshPhotoLinks();
  const size = displaySize(photo);
  return (
    <figure className="compare-figure">
      <img
        src={photo.urls.display}
        alt={alt}
        width={size.width}
        height={size.height}
        loading="lazy"
        onError={refreshLinks}
      />
      <figcaption>
        <strong>{label}</strong> · {formatPhotoDay(photo.date, locale)}
      </figcaption>
    </figure>
  );
}
