import { type VitalsEntry, type VitalsMetric, vitalsMetrics } from "@mitai/shared";
import { TriangleAlert } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EditEntryRow } from "../../components/EditEntryRow";
import { PagedEntryList, RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { useLocale } from "../../i18n";
import { formatMetric } from "./format";
import { useUpdateVitals, useVitalsPages } from "./useVitals";
import { VitalsFields } from "./VitalsFields";
import { vitalsFormFields, vitalsFormSchema, vitalsFormValues } from "./vitalsForm";

type VitalsListProps = {
  /** The row being edited in place, if any. */
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: VitalsEntry) => void;
};

export function VitalsList({ editingId, onEdit, onDelete }: VitalsListProps) {
  const { t } = useTranslation();
  const pages = useVitalsPages();
  return (
    <PagedEntryList
      pages={pages}
      loading={{ rows: 4, height: 56 }}
      empty={{ testId: "vitals-empty", title: t("vitals.list.empty"), text: t("vitals.list.emptyText") }}
      listClassName="vitals-list"
      listTestId="vitals-list"
      moreLabel={t("vitals.list.more")}
      renderEntry={(entry) =>
        entry.id === editingId ? (
          <EditRow key={entry.id} entry={entry} onDone={() => onEdit(null)} />
        ) : (
          <VitalsRow key={entry.id} entry={entry} onEdit={() => onEdit(entry.id)} onDelete={onDelete} />
        )
      }
    />
  );
}

type RowProps = { entry: VitalsEntry; onEdit: () => void; onDelete: (entry: VitalsEntry) => void };

function VitalsRow({ entry, onEdit, onDelete }: RowProps) {
  const { locale } = useLocale();
  const dateId = useId();
  const measured = vitalsMetrics.filter((metric) => entry[metric] !== null);
  const flagged = measured.some((metric) => entry.analysis[metric]?.flagged);
  return (
    <li className={flagged ? "vitals-row vitals-row-flagged" : "vitals-row"} data-testid="vitals-row">
      <div className="vitals-row-head">
        <RowDate date={entry.date} id={dateId} />
        {entry.note && <p className="weight-row-note">{entry.note}</p>}
      </div>
      <dl className="vitals-row-values">
        {measured.map((metric) => (
          <Value key={metric} metric={metric} entry={entry} locale={locale} />
        ))}
      </dl>
      <RowActions describedBy={dateId} onEdit={onEdit} onDelete={() => onDelete(entry)} />
    </li>
  );
}

function Value({ metric, entry, locale }: { metric: VitalsMetric; entry: VitalsEntry; locale: string }) {
  const { t } = useTranslation();
  const value = entry[metric];
  const analysis = entry.analysis[metric];
  if (value === null) return null;
  const flagged = analysis?.flagged ?? false;
  const delta = analysis?.baseline28?.delta ?? 0;
  return (
    <div
      className={flagged ? "vitals-value vitals-value-flagged" : "vitals-value"}
      data-testid={flagged ? "vitals-flag" : undefined}
      data-metric={metric}
    >
      <dt>{t(`vitals.short.${metric}`)}</dt>
      <dd className="tabular">
        {flagged && <TriangleAlert size={14} aria-hidden="true" />}
        {formatMetric(value, metric, locale)}
        <span className="vitals-value-unit">{t(`vitals.units.${metric}`)}</span>
        {flagged && (
          <span className="visually-hidden">
            {" "}
            ({t(delta > 0 ? "vitals.list.flaggedUp" : "vitals.list.flaggedDown")})
          </span>
        )}
      </dd>
    </div>
  );
}

function EditRow({ entry, onDone }: { entry: VitalsEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateVitals();
  return (
    <EditEntryRow
      entry={entry}
      onDone={onDone}
      schema={vitalsFormSchema}
      values={vitalsFormValues}
      fields={vitalsFormFields}
      update={update}
      formClassName="vitals-edit"
      testId="vitals-row-edit"
      texts={{
        title: t("vitals.edit.title"),
        saved: t("vitals.edit.saved"),
        duplicate: { code: "vitals_duplicate", message: t("vitals.form.duplicate") },
      }}
      renderFields={(form) => <VitalsFields {...form} compact />}
    />
  );
}
