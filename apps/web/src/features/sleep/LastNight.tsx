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
import { phaseMinutes, useFormatDuration } from "./format";
import { Hypnogram, PhaseBar } from "./Hypnogram";
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

/** Which night: "Today" / "Yesterday" / "Mon, 2 Jun", with bed and wake times. */
export function useNightWhen(): (night: SleepEntry) => { day: string; span: string } {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  return (night) => {
    const day = relativeDay(night.date, today);
    return {
      day: day ? t(`common.${day}`) : formatDay(night.date, locale, "weekday"),
      span: t("sleep.lastNight.span", {
        from: formatTime(night.bedtime, locale),
        to: formatTime(night.wakeTime, locale),
      }),
    };
  };
}

/** The big figure of a night: its duration, rating and times. */
export function NightSummary({ night }: { night: SleepEntry }) {
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
        <time dateTime={night.date}>{when.day}</time> · <span className="tabular">{when.span}</span>
      </p>
    </div>
  );
}

/** The last night's card: summary, then its hypnogram or phase bar. */
export function LastNightBody() {
  const { t } = useTranslation();
  const format = useFormatDuration();
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
  const night = last.data;
  const minutes = phaseMinutes(night);
  return (
    <div className="sleep-last">
      <NightSummary night={night} />
      {night.segments.length > 0 ? (
        <Hypnogram night={night} />
      ) : minutes ? (
        <PhaseBar
          values={minutes}
          formatValue={format}
          label={t("sleep.lastNight.phaseBar")}
          testId="sleep-hypnogram"
        />
      ) : (
        <p className="muted">{t("sleep.lastNight.noPhases")}</p>
      )}
    </div>
  );
}
