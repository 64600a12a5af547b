import { todayIn, type WeightEntry } from "@mitai/shared";
import { ChevronDown, ListX, Pencil, Trash } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Button, IconButton } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { formatListDay, relativeDay } from "../../lib/dates";
import { formatKg, formatKgChange } from "../../lib/number";
import { useWeightPages } from "./useWeight";

type WeightListProps = { onEdit: (entry: WeightEntry) => void; onDelete: (entry: WeightEntry) => void };

export function WeightList({ onEdit, onDelete }: WeightListProps) {
  const { t } = useTranslation();
  const pages = useWeightPages();

  if (pages.isPending) return <LoadingRows rows={4} height={56} />;
  if (pages.isError) return <RetryError error={pages.error} retry={pages.refetch} />;
  const entries = pages.data.pages.flat();
  if (entries.length === 0) {
    return (
      <EmptyState
        icon={<ListX size={28} />}
        title={t("weight.list.empty")}
        text={t("weight.list.emptyText")}
      />
    );
  }

  return (
    <>
      <ul className="weight-list" data-testid="weight-list">
        {entries.map((entry, i) => (
          <WeightRow
            key={entry.id}
            entry={entry}
            previous={entries[i + 1]}
            onEdit={onEdit}
            onDelete={onDelete}
          />
        ))}
      </ul>
      {pages.hasNextPage && (
        <div className="list-more">
          <Button
            variant="ghost"
            loading={pages.isFetchingNextPage}
            icon={<ChevronDown size={18} aria-hidden="true" />}
            onClick={() => void pages.fetchNextPage()}
          >
            {t("weight.list.more")}
          </Button>
        </div>
      )}
    </>
  );
}

type WeightRowProps = {
  entry: WeightEntry;
  previous: WeightEntry | undefined;
  onEdit: (entry: WeightEntry) => void;
  onDelete: (entry: WeightEntry) => void;
};

function WeightRow({ entry, previous, onEdit, onDelete }: WeightRowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const dateId = useId();
  const today = todayIn(profile.timeZone);
  const day = relativeDay(entry.date, today);
  const change = previous ? entry.weight - previous.weight : null;
  const trend = change === null || Math.abs(change) < 0.05 ? "flat" : change < 0 ? "down" : "up";

  return (
    <li className="weight-row" data-testid="weight-row">
      <div className="weight-row-main">
        <time id={dateId} dateTime={entry.date} className="weight-row-date">
          {day && <span className="weight-row-day">{t(`common.${day}`)} · </span>}
          {formatListDay(entry.date, today, locale)}
        </time>
        {entry.note && <p className="weight-row-note">{entry.note}</p>}
      </div>
      <div className="weight-row-values">
        <span className="weight-row-weight tabular">{formatKg(entry.weight, locale, 2)}</span>
        {change !== null && (
          <span className={`weight-row-change change-${trend} tabular`}>
            <span className="visually-hidden">{t("weight.list.changeLabel")} </span>
            {formatKgChange(change, locale)}
          </span>
        )}
      </div>
      <div className="weight-row-actions">
        <IconButton
          label={t("common.edit")}
          aria-describedby={dateId}
          icon={<Pencil size={18} aria-hidden="true" />}
          onClick={() => onEdit(entry)}
        />
        <IconButton
          label={t("common.delete")}
          aria-describedby={dateId}
          tone="danger"
          icon={<Trash size={18} aria-hidden="true" />}
          onClick={() => onDelete(entry)}
        />
      </div>
    </li>
  );
}
