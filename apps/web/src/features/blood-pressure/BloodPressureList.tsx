import { type BloodPressureReading, todayIn } from "@mitai/shared";
import { ChevronDown, HeartCrack, HeartPulse, ListX, Pencil, Trash } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Button, IconButton } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { formatListDay, relativeDay } from "../../lib/dates";
import { ClassBadge, ClassLegend } from "./ClassBadge";
import { formatTime } from "./format";
import { useReadingPages } from "./useBloodPressure";

type Handlers = {
  onEdit: (reading: BloodPressureReading) => void;
  onDelete: (reading: BloodPressureReading) => void;
};

/** Readings (newest first) grouped by their day. */
function byDay(readings: readonly BloodPressureReading[]): [string, BloodPressureReading[]][] {
  const groups: [string, BloodPressureReading[]][] = [];
  for (const reading of readings) {
    const last = groups.at(-1);
    if (last && last[0] === reading.date) last[1].push(reading);
    else groups.push([reading.date, [reading]]);
  }
  return groups;
}

export function BloodPressureList({ onEdit, onDelete }: Handlers) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const pages = useReadingPages();
  const today = todayIn(profile.timeZone);

  if (pages.isPending) return <LoadingRows rows={4} height={56} />;
  if (pages.isError) return <RetryError error={pages.error} retry={pages.refetch} />;
  const readings = pages.data.pages.flat();
  if (readings.length === 0) {
    return (
      <div data-testid="bp-empty">
        <EmptyState icon={<ListX size={28} />} title={t("bp.list.empty")} text={t("bp.list.emptyText")} />
      </div>
    );
  }

  return (
    <>
      <ClassLegend />
      <div className="bp-list" data-testid="bp-list">
        {byDay(readings).map(([date, list]) => {
          const day = relativeDay(date, today);
          return (
            <section key={date} className="bp-day">
              <h3 className="bp-day-title">
                <time dateTime={date}>
                  {day && <span className="weight-row-day">{t(`common.${day}`)} · </span>}
                  {formatListDay(date, today, locale)}
                </time>
              </h3>
              <ul className="bp-rows">
                {list.map((reading) => (
                  <ReadingRow key={reading.id} reading={reading} onEdit={onEdit} onDelete={onDelete} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
      {pages.hasNextPage && (
        <div className="list-more">
          <Button
            variant="ghost"
            loading={pages.isFetchingNextPage}
            icon={<ChevronDown size={18} aria-hidden="true" />}
            onClick={() => void pages.fetchNextPage()}
          >
            {t("bp.list.more")}
          </Button>
        </div>
      )}
    </>
  );
}

function ReadingRow({ reading, onEdit, onDelete }: Handlers & { reading: BloodPressureReading }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const timeId = useId();
  return (
    <li className={`bp-row bp-edge-${reading.classification}`} data-testid="bp-row">
      <time id={timeId} dateTime={reading.measuredAt} className="bp-row-time tabular">
        {formatTime(reading.measuredAt, locale)}
      </time>
      <div className="bp-row-main">
        <p className="bp-row-value tabular">
          {reading.systolic}/{reading.diastolic}
          <span className="bp-row-unit">{t("bp.unit")}</span>
        </p>
        <div className="bp-row-meta">
          <ClassBadge cls={reading.classification} />
          {reading.pulse !== null && (
            <span className="with-icon bp-row-pulse tabular">
              <HeartPulse size={14} aria-hidden="true" />
              <span className="visually-hidden">{t("bp.fields.pulse")} </span>
              {reading.pulse}
            </span>
          )}
          {reading.irregularHeartbeat && (
            <span className="bp-irregular" title={t("bp.irregular")}>
              <HeartCrack size={16} aria-hidden="true" />
              <span className="visually-hidden">{t("bp.irregular")}</span>
            </span>
          )}
          {reading.context && <span className="bp-row-context">{t(`bp.contexts.${reading.context}`)}</span>}
        </div>
        {reading.note && <p className="bp-row-note">{reading.note}</p>}
      </div>
      <div className="weight-row-actions">
        <IconButton
          label={t("common.edit")}
          aria-describedby={timeId}
          icon={<Pencil size={18} aria-hidden="true" />}
          onClick={() => onEdit(reading)}
        />
        <IconButton
          label={t("common.delete")}
          aria-describedby={timeId}
          tone="danger"
          icon={<Trash size={18} aria-hidden="true" />}
          onClick={() => onDelete(reading)}
        />
      </div>
    </li>
  );
}
