import type { RestDayEntry } from "@mitai/shared";
import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslation } from "react-i18next";
import { IconButton } from "../../components/Button";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { RestDimensionLegend, RestDimensionMarks } from "./RestDimensionMarks";
import { weekDays } from "./week";

type RestWeekStripProps = {
  weekStart: string;
  today: string;
  selected: string;
  restDays: ReadonlyMap<string, RestDayEntry>;
  onSelect: (date: string) => void;
  onWeek: (step: -1 | 1) => void;
};

/** Monday to Sunday with each day's rest dimensions; a day is picked to plan or change its rest. */
export function RestWeekStrip({
  weekStart,
  today,
  selected,
  restDays,
  onSelect,
  onWeek,
}: RestWeekStripProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const days = weekDays(weekStart);
  const last = days[6] ?? weekStart;
  return (
    <div className="rest-week">
      <div className="rest-week-head">
        <IconButton
          label={t("restDays.week.prev")}
          icon={<ChevronLeft size={20} aria-hidden="true" />}
          onClick={() => onWeek(-1)}
        />
        <p className="rest-week-title" aria-live="polite">
          {`${formatDay(weekStart, locale, "short")} – ${formatDay(last, locale, "short")}`}
        </p>
        <IconButton
          label={t("restDays.week.next")}
          icon={<ChevronRight size={20} aria-hidden="true" />}
          onClick={() => onWeek(1)}
        />
      </div>
      <fieldset className="segmented-field">
        <legend className="visually-hidden">{t("restDays.week.label")}</legend>
        <div className="rest-days-strip" data-testid="rest-week">
          {days.map((date) => {
            const rest = restDays.get(date);
            const classes = ["rest-day", rest ? "rest-day-set" : "", date === today ? "rest-day-today" : ""];
            return (
              <button
                key={date}
                type="button"
                className={classes.filter(Boolean).join(" ")}
                aria-pressed={date === selected}
                aria-current={date === today ? "date" : undefined}
                data-testid="rest-week-day"
                data-date={date}
                onClick={() => onSelect(date)}
              >
                <span className="visually-hidden">{formatDay(date, locale, "long")}</span>
                <span className="rest-day-weekday" aria-hidden="true">
                  {new Intl.DateTimeFormat(locale, { weekday: "short", timeZone: "UTC" }).format(
                    new Date(`${date}T00:00:00Z`),
                  )}
                </span>
                <span className="rest-day-number tabular" aria-hidden="true">
                  {Number(date.slice(8, 10))}
                </span>
                <RestDimensionMarks dimensions={rest?.dimensions ?? []} />
              </button>
            );
          })}
        </div>
      </fieldset>
      <RestDimensionLegend />
    </div>
  );
}
