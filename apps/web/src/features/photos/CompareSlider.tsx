import type { PhotoEntry } from "@mitai/shared";
import { ChevronsLeftRight } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { beforeClip, clampPercent, displaySize } from "./photoLogic";
import { useRefreshPhotoLinks } from "./usePhotos";

type CompareSliderProps = { before: PhotoEntry; after: PhotoEntry; beforeAlt: string; afterAlt: string };

/**
 * "After" underneath, "before" on top clipped at the slider. The slider is a real range input
 * spread invisibly over the pictures: drag anywhere with a finger or the mouse, or use the arrow
 * keys (Page Up/Down, Home/End) once it has focus.
 */
export function CompareSlider({ before, after, beforeAlt, afterAlt }: CompareSliderProps) {
  const { t } = useTranslation();
  const refreshLinks = useRefreshPhotoLinks();
  const [percent, setPercent] = useState(50);
  const size = displaySize(after);

  return (
    <div
      className="compare-slider"
      data-testid="compare-slider"
      // As wide as the card, but never taller than most of the screen.
      style={{
        aspectRatio: `${size.width} / ${size.height}`,
        maxWidth: `calc(70dvh * ${size.width / size.height})`,
      }}
    >
      <img
        className="compare-img"
        src={after.urls.display}
        alt={afterAlt}
        width={size.width}
        height={size.height}
        onError={refreshLinks}
      />
      <img
        className="compare-img compare-img-before"
        data-testid="compare-before"
        src={before.urls.display}
        alt={beforeAlt}
        width={size.width}
        height={size.height}
        style={{ clipPath: beforeClip(percent) }}
        onError={refreshLinks}
      />
      <span className="compare-tag compare-tag-before" aria-hidden="true">
        {t("photos.compare.before")}
      </span>
      <span className="compare-tag compare-tag-after" aria-hidden="true">
        {t("photos.compare.after")}
      </span>
      <span className="compare-handle" style={{ left: `${percent}%` }} aria-hidden="true">
        <span className="compare-knob">
          <ChevronsLeftRight size={20} />
        </span>
      </span>
      <input
        type="range"
        className="compare-range"
        data-testid="compare-range"
        min={0}
        max={100}
        step={1}
        value={percent}
        aria-label={t("photos.compare.slider")}
        aria-valuetext={t("photos.compare.sliderValue", { percent })}
        onChange={(event) => setPercent(clampPercent(Number(event.target.value)))}
      />
    </div>
  );
}
