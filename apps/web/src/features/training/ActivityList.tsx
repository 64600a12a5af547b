import { type ActivityEntry, todayIn, trainingCategories } from "@mitai/shared";
import { ChevronDown, ListX } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { formatListDay } from "../../lib/dates";
import { ActivityEditRow, ActivityRow } from "./ActivityRow";
import { type ActivityFilter, useActivityPages } from "./useTraining";
import { useFormatMinutes } from "./useTrainingFormat";
import { type ActivityWeek, groupByWeek, mondayOf } from "./week";

const filters: readonly ActivityFilter[] = ["all", ...trainingCategories, "uncategorized"];

type ActivityListProps = {
  filter: ActivityFilter;
  onFilter: (filter: ActivityFilter) => void;
  /** The row being edited in place, if any. */
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: ActivityEntry) => void;
};

/** The sessions by week (newest first), filtered by category or "uncategorized". */
export function ActivityList({ filter, onFilter, editingId, onEdit, onDelete }: ActivityListProps) {
  const { t } = useTranslation();
  const pages = useActivityPages(filter);
  return (
    <>
      <FilterChips value={filter} onChange={onFilter} />
      {pages.isPending && <LoadingRows rows={4} height={72} />}
      {pages.isError && <RetryError error={pages.error} retry={pages.refetch} />}
      {pages.data && pages.data.pages[0]?.length === 0 && (
        <div data-testid="activity-empty">
          <EmptyState
            icon={<ListX size={28} />}
            title={t(filter === "all" ? "training.list.empty" : "training.list.emptyFiltered")}
            text={filter === "all" ? t("training.list.emptyText") : undefined}
          />
        </div>
      )}
      {pages.data && (
        <div className="activity-weeks" data-testid="activity-list">
          {groupByWeek(pages.data.pages.flat()).map((week, index, weeks) => (
            <WeekGroup
              key={week.weekStart}
              week={week}
              // The oldest week shown may go on in the next page: its total would be too low.
              complete={!pages.hasNextPage || index < weeks.length - 1}
              editingId={editingId}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          ))}
        </div>
      )}
      {pages.hasNextPage && (
        <div className="list-more">
          <Button
            variant="ghost"
            loading={pages.isFetchingNextPage}
            icon={<ChevronDown size={18} aria-hidden="true" />}
            onClick={() => void pages.fetchNextPage()}
          >
            {t("training.list.more")}
          </Button>
        </div>
      )}
    </>
  );
}

function FilterChips({
  value,
  onChange,
}: {
  value: ActivityFilter;
  onChange: (filter: ActivityFilter) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="segmented-field">
      <legend className="visually-hidden">{t("training.list.filter")}</legend>
      <div className="filter-chips">
        {filters.map((filter) => (
          <button
            key={filter}
            type="button"
            className={`filter-chip cat-${filter}`}
            aria-pressed={filter === value}
            onClick={() => onChange(filter)}
          >
            {filter !== "all" && <span className="cat-dot" aria-hidden="true" />}
            {filter === "all" ? t("training.list.all") : t(`training.categories.${filter}`)}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

type WeekGroupProps = {
  week: ActivityWeek;
  complete: boolean;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: ActivityEntry) => void;
};

function WeekGroup({ week, complete, editingId, onEdit, onDelete }: WeekGroupProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const formatMinutes = useFormatMinutes();
  const titleId = useId();
  const today = todayIn(profile.timeZone);
  const thisWeek = mondayOf(today);
  const label =
    week.weekStart === thisWeek
      ? t("training.list.thisWeek")
      : t("training.list.weekOf", { date: formatListDay(week.weekStart, today, locale) });
  return (
    <section className="activity-week" aria-labelledby={titleId} data-testid="activity-week">
      <h3 className="activity-week-head" id={titleId}>
        <span>{label}</span>
        {complete && (
          <span className="activity-week-total tabular" data-testid="activity-week-total">
            {t("training.list.weekTotal", {
              duration: formatMinutes(week.minutes),
              count: week.entries.length,
            })}
          </span>
        )}
      </h3>
      <ul className="activity-rows">
        {week.entries.map((entry) =>
          entry.id === editingId ? (
            <ActivityEditRow key={entry.id} entry={entry} onDone={() => onEdit(null)} />
          ) : (
            <ActivityRow key={entry.id} entry={entry} onEdit={() => onEdit(entry.id)} onDelete={onDelete} />
          ),
        )}
      </ul>
    </section>
  );
}
