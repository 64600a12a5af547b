import type { MacroShares, NutritionDay, NutritionEntry } from "@mitai/shared";
import { TriangleAlert } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EditEntryRow } from "../../components/EditEntryRow";
import { RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { type NutritionFormat, useNutritionFormat } from "./format";
import { NutritionFields } from "./NutritionFields";
import { nutritionEditSchema, nutritionFormFields, nutritionFormValues } from "./nutritionForm";
import { importedSources } from "./series";
import { useUpdateNutrition } from "./useNutrition";

type NutritionDayRowProps = {
  day: NutritionDay;
  /** The entries that make the day (one per source). */
  entries: readonly NutritionEntry[];
  editingId: string | null;
  onEdit: (id: string | null) => void;
  onDelete: (entry: NutritionEntry) => void;
};

const isManual = (entry: NutritionEntry) => entry.source === "manual";

/**
 * One day: its total, the macros and their share of the energy, where it came from, and whether
 * kcal and macros agree. A day of one entry carries that entry's buttons; a day of several lists
 * them, each with its own (hand-typed ones can be edited, imported ones only deleted).
 */
export function NutritionDayRow({ day, entries, editingId, onEdit, onDelete }: NutritionDayRowProps) {
  const { t } = useTranslation();
  const format = useNutritionFormat();
  const dateId = useId();
  const single = entries.length === 1 ? entries[0] : undefined;
  const imports = importedSources(day.sources);
  if (single && single.id === editingId) {
    return <NutritionEditRow entry={single} onDone={() => onEdit(null)} />;
  }
  return (
    <li className="nutrition-day" data-testid="nutrition-day" data-date={day.date}>
      <div className="nutrition-day-head">
        <div className="nutrition-day-when">
          <RowDate date={day.date} id={dateId} />
          <ul className="nutrition-sources" aria-label={t("nutrition.list.sources")}>
            {day.sources.map((source) => (
              <li key={source} className={`chip nutrition-source source-${source}`}>
                {format.source(source)}
              </li>
            ))}
          </ul>
        </div>
        <p className="nutrition-day-kcal tabular" data-testid="nutrition-day-kcal">
          {format.kcal(day.kcal)}
        </p>
        {single ? (
          <RowActions
            describedBy={dateId}
            onEdit={isManual(single) ? () => onEdit(single.id) : undefined}
            onDelete={() => onDelete(single)}
          />
        ) : (
          <span className="nutrition-day-actions-space" aria-hidden="true" />
        )}
      </div>
      <MacroLine values={day} format={format} />
      {day.shares && <ShareBar shares={day.shares} format={format} />}
      {day.mismatch && (
        <p className="nutrition-mismatch with-icon small" data-testid="nutrition-mismatch">
          <TriangleAlert size={16} aria-hidden="true" />
          <span>
            {t("nutrition.list.mismatch")}{" "}
            <span className="muted">
              {t("nutrition.list.mismatchWhy", { kcal: format.kcal(day.macroKcal) })}
            </span>
          </span>
        </p>
      )}
      {imports.length > 1 && (
        <p className="nutrition-mismatch with-icon small" data-testid="nutrition-overlap">
          <TriangleAlert size={16} aria-hidden="true" />
          <span>
            {t("nutrition.list.overlap", { sources: imports.map(format.source).join(" + ") })}{" "}
            <span className="muted">{t("nutrition.list.overlapWhy")}</span>
          </span>
        </p>
      )}
      {single?.note && <p className="nutrition-day-note">{single.note}</p>}
      {entries.length > 1 && (
        <ul className="nutrition-entries" aria-label={t("nutrition.list.entries")}>
          {entries.map((entry) =>
            entry.id === editingId ? (
              <NutritionEditRow key={entry.id} entry={entry} onDone={() => onEdit(null)} />
            ) : (
              <EntryLine key={entry.id} entry={entry} onEdit={onEdit} onDelete={onDelete} />
            ),
          )}
        </ul>
      )}
    </li>
  );
}

function MacroLine({
  values,
  format,
}: {
  values: { proteinG: number; fatG: number; carbsG: number; fiberG: number | null };
  format: NutritionFormat;
}) {
  const { t } = useTranslation();
  const macros = [
    ["proteinG", values.proteinG],
    ["fatG", values.fatG],
    ["carbsG", values.carbsG],
    ...(values.fiberG === null ? [] : [["fiberG", values.fiberG] as const]),
  ] as const;
  return (
    <dl className="nutrition-macros">
      {macros.map(([key, value]) => (
        <div key={key} className={`nutrition-macro macro-${key}`}>
          <dt>{t(`nutrition.fields.${key}`)}</dt>
          <dd className="tabular">{format.grams(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The macros' shares of the energy as one bar, protein, fat, carbohydrates. */
export function ShareBar({ shares, format }: { shares: MacroShares; format: NutritionFormat }) {
  const { t } = useTranslation();
  const parts = [
    ["protein", shares.protein],
    ["fat", shares.fat],
    ["carbs", shares.carbs],
  ] as const;
  const label = t("nutrition.list.shares", {
    protein: format.percent(shares.protein),
    fat: format.percent(shares.fat),
    carbs: format.percent(shares.carbs),
  });
  return (
    <div className="nutrition-share" role="img" aria-label={label} title={label}>
      {parts.map(([key, share]) => (
        <span key={key} className={`nutrition-share-part share-${key}`} style={{ flexGrow: share }}>
          {share >= 0.12 && <span className="nutrition-share-text">{format.percent(share)}</span>}
        </span>
      ))}
    </div>
  );
}

/** One entry of a day made of several. */
function EntryLine({
  entry,
  onEdit,
  onDelete,
}: {
  entry: NutritionEntry;
  onEdit: (id: string) => void;
  onDelete: (entry: NutritionEntry) => void;
}) {
  const format = useNutritionFormat();
  const id = useId();
  return (
    <li className="nutrition-entry" data-testid="nutrition-entry">
      <div className="nutrition-entry-main">
        <p className="nutrition-entry-title" id={id}>
          <span className={`chip nutrition-source source-${entry.source}`}>
            {format.source(entry.source)}
          </span>
          <strong className="tabular">{format.kcal(entry.kcal)}</strong>
        </p>
        <MacroLine values={entry} format={format} />
        {entry.note && <p className="nutrition-day-note">{entry.note}</p>}
      </div>
      <RowActions
        describedBy={id}
        onEdit={isManual(entry) ? () => onEdit(entry.id) : undefined}
        onDelete={() => onDelete(entry)}
      />
    </li>
  );
}

/** A hand-typed entry turned into its inputs in place. */
function NutritionEditRow({ entry, onDone }: { entry: NutritionEntry; onDone: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateNutrition();
  return (
    <EditEntryRow
      entry={entry}
      onDone={onDone}
      schema={nutritionEditSchema}
      values={nutritionFormValues}
      fields={nutritionFormFields}
      update={update}
      formClassName="nutrition-edit"
      testId="nutrition-edit"
      texts={{
        title: t("nutrition.edit.title"),
        saved: t("nutrition.edit.saved"),
        duplicate: { code: "duplicate_date", message: t("nutrition.edit.duplicate") },
      }}
      renderFields={(form) => (
        <NutritionFields
          register={form.register}
          errors={form.errors}
          today={form.today}
          compact
          moreOpen={entry.fiberG !== null || entry.note !== null}
        />
      )}
    />
  );
}
