import { todayIn } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { useProfile } from "../app/auth";
import { useLocale } from "../i18n";
import { formatListDay, relativeDay } from "../lib/dates";

/** The day of a row: "Today · Tue, Nov 25", the year only when it is not this year's. */
export function RowDate({ date, id }: { date: string; id?: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const day = relativeDay(date, today);
  return (
    <time id={id} dateTime={date} className="weight-row-date">
      {day && <span className="weight-row-day">{t(`common.${day}`)} · </span>}
      {formatListDay(date, today, locale)}
    </time>
  );
}
