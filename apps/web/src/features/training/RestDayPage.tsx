import { addDays, todayIn } from "@mitai/shared";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { RestDayEditor } from "./RestDayEditor";
import { RestDayList } from "./RestDayList";
import { RestWeekStrip } from "./RestWeekStrip";
import { restDaysByDate } from "./restDay";
import { useDeleteRestDay, useRestDays } from "./useRestDays";
import { mondayOf } from "./week";

/** How far the list of rest days looks back and ahead. */
const LIST_PAST_DAYS = 28;
const LIST_AHEAD_DAYS = 56;

export function RestDayPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const [selected, setSelected] = useState(today);
  const weekStart = mondayOf(selected);
  const week = useRestDays(weekStart, addDays(weekStart, 6));
  const list = useRestDays(addDays(today, -LIST_PAST_DAYS), addDays(today, LIST_AHEAD_DAYS));
  const deletion = useEntryDeletion(useDeleteRestDay(), t("restDays.removed"));
  const byDate = restDaysByDate(week.data ?? []);
  const rest = byDate.get(selected);

  const openDay = (date: string) => {
    setSelected(date);
    document.getElementById("rest-week-title")?.scrollIntoView({ block: "start", behavior: "smooth" });
  };

  return (
    <div className="rest-layout">
      <Card className="rest-week-card" title={t("restDays.week.title")} titleId="rest-week-title">
        <div className="stack">
          <RestWeekStrip
            weekStart={weekStart}
            today={today}
            selected={selected}
            restDays={byDate}
            onSelect={setSelected}
            onWeek={(step) => setSelected(addDays(weekStart, step * 7))}
          />
          {week.isError && <RetryError error={week.error} retry={week.refetch} />}
          {week.isPending || week.isPlaceholderData ? (
            <LoadingRows rows={1} height={160} />
          ) : (
            <RestDayEditor
              // A fresh editor (note, custom choice) for each day and each stored state of it.
              key={`${selected}-${rest?.updatedAt ?? "none"}`}
              date={selected}
              rest={rest}
              onRemove={deletion.ask}
            />
          )}
        </div>
      </Card>
      <Card
        className="rest-list-card"
        title={t("restDays.list.title")}
        titleId="rest-list-title"
        description={t("restDays.list.period", { weeks: (LIST_PAST_DAYS + LIST_AHEAD_DAYS) / 7 })}
      >
        {list.isPending && <LoadingRows rows={3} height={56} />}
        {list.isError && <RetryError error={list.error} retry={list.refetch} />}
        {list.data && (
          <RestDayList restDays={list.data} today={today} onOpen={openDay} onDelete={deletion.ask} />
        )}
      </Card>
      <DeleteEntryDialog
        deletion={deletion}
        title={t("restDays.delete.title")}
        message={(day) => t("restDays.delete.message", { date: formatDay(day.date, locale, "long") })}
      />
    </div>
  );
}
