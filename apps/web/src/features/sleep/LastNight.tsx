import { type SleepEntry, todayIn } from "@mitai/shared";
import { Moon, Star } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatDay, relativeDay } from "../../lib/dates";
import { formatTime } from "../blood-pressure/format";
import { hasClock, useFormatDuration } from "./format";
import { NightPhases } from "./Hypnogram";
import { useLastNight } from "./useSleep";

/** "★★★★☆ 4 of 5", or "Not rated". */
export function QualityStars({ quality, size = 16 }: { quality: number | null; size?: number }) {
  const { t } = useTranslation();
  if (quality === null) return <span className="sleep-quality-none">{t("sleep.quality.none")}</span>;
  return (
    <span className="sleep-stars" title={t("sleep.quality.value", { value: quality })}>
      <span className="sleep-stars-icons" aria-hidden="true">
        {[1, 2, 3, 4, 5].map((n) => (
          <Star key={n} size={size} className={n <= quality ? "sleep-star-on" : "sleep-star-off"} />
        ))}
      </span>
      <span className="visually-hidden">{t("sleep.quality.value", { value: quality })}</span>
    </span>
  );
}

/** Which night: "Today" / "Yesterday" / "Mon, 2 Jun", with bed and wake times (null when not known). */
export function useNightWhen(): (night: SleepEntry) => { day: string; span: string | null } {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  return (night) => {
    const day = relativeDay(night.date, today);
    return {
      day: day ? t(`common.${day}`) : formatDay(night.date, locale, "weekday"),
      span: hasClock(night)
        ? t("sleep.lastNight.span", {
            from: formatTime(night.bedtime, locale),
            to: formatTime(night.wakeTime, locale),
          })
        : null,
    };
  };
}

/** The big figure of a night: its duration, rating and times. */
export function NightSummary({ night }: { night: SleepEntry }) {
  const { t } = useTranslation();
  const format = useFormatDuration();
  const when = useNightWhen()(night);
  return (
    <div className="sleep-summary">
      <p className="sleep-summary-value tabular" data-testid="sleep-duration">
        {format(night.durationMin)}
      </p>
      <div className="sleep-summary-meta">
        <QualityStars quality={night.quality} size={18} />
      </div>
      <p className="sleep-summary-when">
        <time dateTime={night.date}>{when.day}</time> ·{" "}
        {when.span === null ? (
          <span data-testid="sleep-no-times">{t("sleep.noTimes")}</span>
        ) : (
          <span className="tabular">{when.span}</span>
        )}
      </p>
    </div>
  );
}

/** The last night's card: summary, then its hypnogram or phase bar. */
export function LastNightBody() {
  const { t } = useTranslation();
  const last = useLastNight();
  if (last.isPending) {
    return (
      <div role="status" aria-label={t("common.loading")}>
        <Skeleton height={160} />
      </div>
    );
  }
  if (last.isError) return <ErrorMessage error={last.error} />;
  if (!last.data) {
    return (
      <EmptyState
        icon={<Moon size={28} />}
        title={t("sleep.lastNight.empty")}
        text={t("sleep.lastNight.emptyText")}
      />
    );
  }
  return (
    <div className="sleep-last">
      <NightSummary night={last.data} />
      <NightPhases night={last.data} />
    </div>
  );
}
