import type { BloodPressureReading } from "@mitai/shared";
import { todayIn } from "@mitai/shared";
import { HeartCrack, HeartPulse } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { useLocale } from "../../i18n";
import { formatDay, relativeDay } from "../../lib/dates";
import { ClassBadge } from "./ClassBadge";
import { formatTime } from "./format";

/** When a reading was taken: "Today, 07:30" or "Mon, 2 Jun, 07:30". */
export function useReadingWhen(): (reading: BloodPressureReading) => string {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  return (reading) => {
    const day = relativeDay(reading.date, today);
    return t("bp.latest.at", {
      date: day ? t(`common.${day}`) : formatDay(reading.date, locale, "weekday"),
      time: formatTime(reading.measuredAt, locale),
    });
  };
}

type ReadingSummaryProps = { reading: BloodPressureReading; meaning?: boolean };

/** The big figure of a reading with its class, pulse and time. */
export function ReadingSummary({ reading, meaning = true }: ReadingSummaryProps) {
  const { t } = useTranslation();
  const when = useReadingWhen();
  return (
    <div className="bp-summary">
      <p className="bp-summary-value tabular">
        {reading.systolic}/{reading.diastolic}
        <span className="bp-summary-unit">{t("bp.unit")}</span>
      </p>
      <div className="bp-summary-meta">
        <ClassBadge cls={reading.classification} size="md" />
        {reading.pulse !== null && (
          <span className="with-icon">
            <HeartPulse size={16} aria-hidden="true" />
            {t("bp.latest.pulse", { pulse: reading.pulse })}
          </span>
        )}
        {reading.irregularHeartbeat && (
          <span className="with-icon bp-irregular">
            <HeartCrack size={16} aria-hidden="true" />
            {t("bp.irregular")}
          </span>
        )}
      </div>
      {meaning && <p className="bp-summary-meaning">{t(`bp.meaning.${reading.classification}`)}</p>}
      <p className="bp-summary-when">
        <time dateTime={reading.measuredAt}>{when(reading)}</time>
      </p>
    </div>
  );
}
