import type { RestDayEntry } from "@mitai/shared";
import { CalendarOff } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/EmptyState";
import { RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { RestDimensionMarks } from "./RestDimensionMarks";
import { splitRestDays } from "./restDay";

type RestDayListProps = {
  restDays: readonly RestDayEntry[];
  today: string;
  onOpen: (date: string) => void;
  onDelete: (rest: RestDayEntry) => void;
};

/** The planned rest days from today on, then the recent ones. */
export function RestDayList({ restDays, today, onOpen, onDelete }: RestDayListProps) {
  const { t } = useTranslation();
  const { upcoming, recent } = splitRestDays(restDays, today);
  if (restDays.length === 0) {
    return (
      <div data-testid="rest-list-empty">
        <EmptyState
          icon={<CalendarOff size={28} />}
          title={t("restDays.list.empty")}
          text={t("restDays.list.emptyText")}
        />
      </div>
    );
  }
  return (
    <div className="stack" data-testid="rest-list">
      {upcoming.length > 0 && (
        <Group title={t("restDays.list.upcoming")} list={upcoming} onOpen={onOpen} onDelete={onDelete} />
      )}
      {recent.length > 0 && (
        <Group title={t("restDays.list.recent")} list={recent} onOpen={onOpen} onDelete={onDelete} />
      )}
    </div>
  );
}

type GroupProps = {
  title: string;
  list: readonly RestDayEntry[];
  onOpen: (date: string) => void;
  onDelete: (rest: RestDayEntry) => void;
};

function Group({ title, list, onOpen, onDelete }: GroupProps) {
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <h3 className="rest-list-title" id={titleId}>
        {title}
      </h3>
      <ul className="vitals-list">
        {list.map((rest) => (
          <RestRow key={rest.id} rest={rest} onOpen={onOpen} onDelete={onDelete} />
        ))}
      </ul>
    </section>
  );
}

function RestRow({ rest, onOpen, onDelete }: { rest: RestDayEntry } & Omit<GroupProps, "title" | "list">) {
  const { t } = useTranslation();
  const dateId = useId();
  return (
    <li className="vitals-row rest-row" data-testid="rest-row">
      <div className="vitals-row-head">
        <RowDate date={rest.date} id={dateId} />
        <p className="rest-row-preset">
          {t(`restDays.presets.${rest.preset}`)} <RestDimensionMarks dimensions={rest.dimensions} />
        </p>
        {rest.note && <p className="weight-row-note">{rest.note}</p>}
        {rest.conflicts.length > 0 && (
          <p className="activity-conflict with-icon" data-testid="rest-row-conflict">
            <CalendarOff size={14} aria-hidden="true" />
            {t("restDays.conflicts", {
              count: rest.conflicts.length,
              names: rest.conflicts.map((c) => c.name).join(", "),
            })}
          </p>
        )}
      </div>
      <RowActions describedBy={dateId} onEdit={() => onOpen(rest.date)} onDelete={() => onDelete(rest)} />
    </li>
  );
}
