import { type SleepEntry, todayIn } from "@mitai/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { PagedEntryList, RowActions } from "../../components/EntryList";
import { useLocale } from "../../i18n";
import { formatListDay, relativeDay } from "../../lib/dates";
import { phaseMinutes, phaseOrder, useFormatDuration } from "./format";
import { QualityStars, useNightWhen } from "./LastNight";
import { useNightPages } from "./useSleep";

type Handlers = { onEdit: (night: SleepEntry) => void; onDelete: (night: SleepEntry) => void };

/** Every night, newest first, a page at a time. */
export function SleepList({ onEdit, onDelete }: Handlers) {
  const { t } = useTranslation();
  const pages = useNightPages();
  return (
    <PagedEntryList
      pages={pages}
      loading={{ rows: 3, height: 64 }}
      empty={{ testId: "sleep-empty", title: t("sleep.list.empty"), text: t("sleep.list.emptyText") }}
      listClassName="sleep-list"
      listTestId="sleep-list"
      moreLabel={t("sleep.list.more")}
      renderEntry={(night) => <NightRow key={night.id} night={night} onEdit={onEdit} onDelete={onDelete} />}
    />
  );
}

function NightRow({ night, onEdit, onDelete }: Handlers & { night: SleepEntry }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const format = useFormatDuration();
  const when = useNightWhen()(night);
  const dayId = useId();
  const today = todayIn(profile.timeZone);
  const day = relativeDay(night.date, today);
  const minutes = phaseMinutes(night);
  const phases = minutes ? [...phaseOrder].reverse().filter((phase) => minutes[phase] > 0) : [];
  return (
    <li className="sleep-row" data-testid="sleep-row">
      <p className="sleep-row-day" id={dayId}>
        <time dateTime={night.date}>
          {day && <span className="weight-row-day">{t(`common.${day}`)} · </span>}
          {formatListDay(night.date, today, locale)}
        </time>
        <span className="visually-hidden"> ({t("sleep.list.night", { date: when.day })})</span>
      </p>
      <div className="sleep-row-main">
        <p className="sleep-row-value tabular">{format(night.durationMin)}</p>
        <div className="sleep-row-meta">
          {when.span === null ? (
            <span data-testid="sleep-row-no-times">
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t("sleep.noTimes")}</span>
            </span>
          ) : (
            <span className="tabular">{when.span}</span>
          )}
          <QualityStars quality={night.quality} size={14} />
        </div>
        {minutes && (
          <div className="sleep-row-phases" aria-hidden="true">
            {phases.map((phase) => (
              <span
                key={phase}
                className={`phase-bar-part sleep-fill-${phase}`}
                style={{ flexGrow: minutes[phase] }}
              />
            ))}
          </div>
        )}
        {night.note && <p className="bp-row-note">{night.note}</p>}
      </div>
      <RowActions describedBy={dayId} onEdit={() => onEdit(night)} onDelete={() => onDelete(night)} />
    </li>
  );
}
