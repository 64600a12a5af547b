import type { ActivityEntry } from "@mitai/shared";
import { CalendarOff, Clock, Flame, Gauge, HeartPulse, Route, Tag } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { EditEntryRow } from "../../components/EditEntryRow";
import { RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { ActivityFields } from "./ActivityFields";
import { activityFormFields, activityFormSchema, activityFormValues } from "./activityForm";
import { formatKm, typeName } from "./format";
import { TrainingTypeIcon } from "./TrainingTypeIcon";
import { useUpdateActivity } from "./useTraining";
import { useFormatMinutes } from "./useTrainingFormat";

type ActivityRowProps = {
  entry: ActivityEntry;
  onEdit: () => void;
  onDelete: (entry: ActivityEntry) => void;
};

/** One session: its category's colour at the edge, icon, name and type, the figures it has. */
export function ActivityRow({ entry, onEdit, onDelete }: ActivityRowProps) {
  const { t } = useTranslation();
  const { language, locale } = useLocale();
  const formatMinutes = useFormatMinutes();
  const nameId = useId();
  const type = entry.trainingType;
  return (
    <li
      className={`activity-row cat-${type?.category ?? "uncategorized"}`}
      data-testid="activity-row"
      data-conflict={entry.conflictsWithRestDay || undefined}
    >
      <span className="activity-row-icon" aria-hidden="true">
        <TrainingTypeIcon icon={type?.icon ?? null} size={20} />
      </span>
      <div className="activity-row-main">
        <p className="activity-row-title" id={nameId}>
          <span className="activity-row-name">{entry.name}</span>
          <span className="visually-hidden"> – </span>
          <span className="activity-row-when">
            <RowDate date={entry.date} />
            {entry.startTime && <span className="tabular">{` · ${entry.startTime.slice(0, 5)}`}</span>}
          </span>
        </p>
        <p className="activity-row-type">
          {type ? (
            <span>
              {typeName(type, language)}
              <span className="activity-row-category"> · {t(`training.categories.${type.category}`)}</span>
            </span>
          ) : (
            <span className="activity-row-uncategorized">
              <Tag size={14} aria-hidden="true" /> {t("training.categories.uncategorized")} ·{" "}
              <Link to="/training/categorize" className="text-link">
                {t("training.list.categorize")}
              </Link>
            </span>
          )}
        </p>
      </div>
      <div className="activity-row-details">
        <ul className="activity-row-values" aria-label={t("training.list.values")}>
          <li className="with-icon tabular">
            <Clock size={14} aria-hidden="true" />
            {formatMinutes(entry.durationMin)}
          </li>
          {entry.distanceKm !== null && (
            <li className="with-icon tabular">
              <Route size={14} aria-hidden="true" />
              {formatKm(entry.distanceKm, locale)}
            </li>
          )}
          {entry.hrAvg !== null && (
            <li className="with-icon tabular">
              <HeartPulse size={14} aria-hidden="true" />
              <span className="visually-hidden">{t("training.fields.hrAvg")} </span>
              {entry.hrAvg}
              {entry.hrMax !== null && ` / ${entry.hrMax}`} {t("training.units.bpm")}
            </li>
          )}
          {entry.kcalActive !== null && (
            <li className="with-icon tabular">
              <Flame size={14} aria-hidden="true" />
              {formatNumber(entry.kcalActive, locale, { maxDigits: 0 })} {t("training.units.kcal")}
            </li>
          )}
          {entry.rpe !== null && <li className="tabular">{t("training.list.rpe", { rpe: entry.rpe })}</li>}
          {entry.load !== null && (
            <li className="with-icon tabular">
              <Gauge size={14} aria-hidden="true" />
              {t("training.list.load", { load: formatNumber(entry.load, locale, { maxDigits: 0 }) })}
            </li>
          )}
        </ul>
        {entry.conflictsWithRestDay && (
          <p className="activity-conflict with-icon" data-testid="activity-row-conflict">
            <CalendarOff size={14} aria-hidden="true" />
            {t("training.list.conflict")}
          </p>
        )}
        {entry.notes && <p className="weight-row-note">{entry.notes}</p>}
      </div>
      <RowActions describedBy={nameId} onEdit={onEdit} onDelete={() => onDelete(entry)} />
    </li>
  );
}

/** The row turned into its inputs in place. */
export function ActivityEditRow({ entry, onDone }: { entry: ActivityEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateActivity();
  return (
    <EditEntryRow
      entry={entry}
      onDone={onDone}
      schema={activityFormSchema}
      values={activityFormValues}
      fields={activityFormFields}
      update={update}
      formClassName="activity-edit"
      testId="activity-row-edit"
      texts={{
        title: t("training.edit.title"),
        saved: t("training.edit.saved"),
        duplicate: { code: "duplicate_date", message: t("errors.duplicate_date") },
      }}
      renderFields={(form) => <ActivityFields {...form} compact />}
    />
  );
}
