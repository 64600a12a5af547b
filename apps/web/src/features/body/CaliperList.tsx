import { type CaliperEntry, caliperSites, type Sex, sitesFor } from "@mitai/shared";
import { ListX } from "lucide-react";
import { useCallback, useId } from "react";
import { useTranslation } from "react-i18next";
import { DayNoteFields } from "../../components/DayNoteFields";
import { EditEntryRow } from "../../components/EditEntryRow";
import { EmptyState } from "../../components/EmptyState";
import { RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { useLocale } from "../../i18n";
import { formatKg } from "../../lib/number";
import { CaliperSiteFields } from "./CaliperSiteFields";
import { caliperFormFields, caliperFormSchema, caliperFormValues } from "./caliperForm";
import { formatMm, formatPct } from "./format";
import { useUpdateCaliper } from "./useCaliper";

type CaliperListProps = {
  entries: readonly CaliperEntry[];
  /** The profile's sex picks a method's sites; without it a row cannot be edited. */
  sex: Sex | null;
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: CaliperEntry) => void;
};

/** The measurements, newest first: method, fat %, lean mass and the sites, each editable and deletable. */
export function CaliperList({ entries, sex, editingId, onEdit, onDelete }: CaliperListProps) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return (
      <div data-testid="caliper-empty">
        <EmptyState
          icon={<ListX size={28} />}
          title={t("body.caliper.list.empty")}
          text={t("body.caliper.list.emptyText")}
        />
      </div>
    );
  }
  return (
    <ul className="vitals-list" data-testid="caliper-list">
      {entries.map((entry) =>
        sex && entry.id === editingId ? (
          <EditRow key={entry.id} entry={entry} sex={sex} onDone={() => onEdit(null)} />
        ) : (
          <Row
            key={entry.id}
            entry={entry}
            onEdit={sex ? () => onEdit(entry.id) : undefined}
            onDelete={onDelete}
          />
        ),
      )}
    </ul>
  );
}

type RowProps = {
  entry: CaliperEntry;
  onEdit: (() => void) | undefined;
  onDelete: (entry: CaliperEntry) => void;
};

function Row({ entry, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const dateId = useId();
  const sites = caliperSites.flatMap((site) => {
    const mm = entry.sites[site];
    return mm === undefined ? [] : [`${t(`body.caliper.sites.${site}`)} ${formatMm(mm, locale)}`];
  });
  return (
    <li className={`vitals-row caliper-row caliper-row-${entry.category.key}`} data-testid="caliper-row">
      <div className="vitals-row-head">
        <RowDate date={entry.date} id={dateId} />
        <p className="weight-row-note">{t(`body.caliper.methods.${entry.method}`)}</p>
      </div>
      <div className="girth-row-body">
        <dl className="vitals-row-values">
          <div className="vitals-value caliper-value-main">
            <dt>{t("body.caliper.result.bodyFat")}</dt>
            <dd className="tabular">{formatPct(entry.bodyFatPct, locale)}</dd>
          </div>
          {entry.leanMassKg !== null && (
            <div className="vitals-value">
              <dt>{t("body.caliper.result.leanMass")}</dt>
              <dd className="tabular">{formatKg(entry.leanMassKg, locale)}</dd>
            </div>
          )}
        </dl>
        <p className="muted small caliper-row-sites tabular">{sites.join(" · ")}</p>
      </div>
      <RowActions describedBy={dateId} onEdit={onEdit} onDelete={() => onDelete(entry)} />
    </li>
  );
}

type EditRowProps = { entry: CaliperEntry; sex: Sex; onDone: () => void };

/** The same method's sites, the day and the note; the server recomputes density and fat %. */
function EditRow({ entry, sex, onDone }: EditRowProps) {
  const { t } = useTranslation();
  const update = useUpdateCaliper();
  const schema = useCallback((today: string) => caliperFormSchema(today, sex), [sex]);
  return (
    <EditEntryRow
      entry={entry}
      onDone={onDone}
      schema={schema}
      values={caliperFormValues}
      fields={caliperFormFields}
      update={update}
      formClassName="vitals-edit caliper-edit"
      testId="caliper-row-edit"
      texts={{
        title: t("body.caliper.edit.title"),
        saved: t("body.caliper.edit.saved"),
        duplicate: { code: "caliper_duplicate", message: t("body.caliper.form.duplicate") },
      }}
      renderFields={({ register, errors, today }) => (
        <>
          <CaliperSiteFields sites={sitesFor(entry.method, sex)} register={register} errors={errors} />
          <DayNoteFields
            labels={{ date: t("body.fields.date"), note: t("body.fields.note") }}
            today={today}
            date={register("date")}
            note={register("note")}
            errors={{ date: errors.date?.message, note: errors.note?.message }}
            compact
          />
        </>
      )}
    />
  );
}
