import { todayIn } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { useLocale } from "../../i18n";
import { formatListDay, relativeDay } from "../../lib/dates";
import { splitMinutes } from "./format";

/** "1 h 15 min", "45 min", "2 h". */
export function useFormatMinutes(): (total: number) => string {
  const { t } = useTranslation();
  return (total) => {
    const { hours, minutes } = splitMinutes(total);
    if (hours === 0) return t("training.duration.minutes", { minutes });
    if (minutes === 0) return t("training.duration.hours", { hours });
    return t("training.duration.both", { hours, minutes });
  };
}

/** A session's day in a sentence: "today", "yesterday" or "Tue, Nov 25". */
export function useActivityDay(): (date: string) => string {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  return (date) => {
    const today = todayIn(profile.timeZone);
    const day = relativeDay(date, today);
    return day ? t(`common.relative.${day}`) : formatListDay(date, today, locale);
  };
}
