import { type CircumferenceEntry, circumferencePoints } from "@mitai/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EditEntryRow } from "../../components/EditEntryRow";
import { PagedEntryList, RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { CircumferenceFields } from "./CircumferenceFields";
import {
  circumferenceFormFields,
  circumferenceFormSchema,
  circumferenceFormValues,
} from "./circumferenceForm";
import { DerivedFigures } from "./DerivedFigures";
import { useCircumferencePages, useUpdateCircumference } from "./useCircumferences";

type CircumferenceListProps = {
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: CircumferenceEntry) => void;
};

export function CircumferenceList({ editingId, onEdit, onDelete }: CircumferenceListProps) {
  const { t } = useTranslation();
  const pages = useCircumferencePages();
  return (
    <PagedEntryList
      pages={pages}
      loading={{ rows: 3, height: 72 }}
      empty={{
        testId: "circumference-empty",
        title: t("body.circumference.list.empty"),
        text: t("body.circumference.list.emptyText"),
      }}
      listClassName="vitals-list"
      listTestId="circumference-list"
      moreLabel={t("body.circumference.list.more")}
      renderEntry={(entry) =>
        entry.id === editingId ? (
          <EditRow key={entry.id} entry={entry} onDone={() => onEdit(null)} />
        ) : (
          <Row key={entry.id} entry={entry} onEdit={() => onEdit(entry.id)} onDelete={onDelete} />
        )
      }
    />
  );
}

type RowProps = {
  entry: CircumferenceEntry;
  onEdit: () => void;
  onDelete: (entry: CircumferenceEntry) => void;
};

function Row({ entry, onEdit, onDelete }: RowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const dateId = useId();
  return (
    <li
      className={`vitals-row girth-row girth-row-${entry.derived.waistHeightRisk ?? "none"}`}
      data-testid="circumference-row"
    >
      <div className="vitals-row-head">
        <RowDate date={entry.date} id={dateId} />
        {entry.note && <p className="weight-row-note">{entry.note}</p>}
      </div>
      <div className="girth-row-body">
        <dl className="vitals-row-values">
          {circumferencePoints.map((point) => {
            const value = entry[point];
            if (value === null) return null;
            return (
              <div key={point} className="vitals-value" data-point={point}>
                <dt>{t(`body.points.${point}`)}</dt>
                <dd className="tabular">
                  {formatNumber(value, locale, { maxDigits: 1 })}
                  <span className="vitals-value-unit">{t("body.units.cm")}</span>
                </dd>
              </div>
            );
          })}
        </dl>
        <DerivedFigures derived={entry.derived} />
      </div>
      <RowActions describedBy={dateId} onEdit={onEdit} onDelete={() => onDelete(entry)} />
    </li>
  );
}

function EditRow({ entry, onDone }: { entry: CircumferenceEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCircumference();
  return (
    <EditEntryRow
      entry={entry}
      onDone={onDone}
      schema={circumferenceFormSchema}
      values={circumferenceFormValues}
      fields={circumferenceFormFields}
      update={update}
      formClassName="vitals-edit girth-edit"
      testId="circumference-row-edit"
      texts={{
        title: t("body.circumference.edit.title"),
        saved: t("body.circumference.edit.saved"),
        duplicate: { code: "circumference_duplicate", message: t("body.circumference.form.duplicate") },
      }}
      renderFields={(form) => <CircumferenceFields {...form} compact />}
    />
  );
}
