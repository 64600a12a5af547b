import {
  type BloodPressureClass,
  bloodPressureClasses,
  type ImportKind,
  type VitalsMetric,
  vitalsMetrics,
} from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { formatNumber } from "../../lib/number";
import { ClassBadge } from "../blood-pressure/ClassBadge";
import { formatTime } from "../blood-pressure/format";
import { typeName } from "../training/format";
import { useTrainingTypes } from "../training/useTraining";
import { formatMetric } from "../vitals/format";
import { KindIcon } from "./KindIcon";
import {
  formatHoursMinutes,
  groupPreviewByKind,
  kindColumns,
  type PreviewColumn,
  type PreviewRow,
  previewColumnsFor,
} from "./preview";

type Cell = PreviewRow[string];

const knownColumns: readonly PreviewColumn[] = Object.values(kindColumns).flatMap(({ order }) => order);
const isKnown = (key: string): key is PreviewColumn => knownColumns.some((known) => known === key);
const isClass = (value: unknown): value is BloodPressureClass =>
  bloodPressureClasses.some((cls) => cls === value);
const isMetric = (key: string): key is VitalsMetric => vitalsMetrics.some((metric) => metric === key);
const durations = new Set(["durationMin", "deepMin", "remMin", "lightMin", "awakeMin"]);
const clocks = new Set(["bedtime", "wakeTime"]);
const numeric = new Set([
  ...vitalsMetrics,
  ...durations,
  "systolic",
  "diastolic",
  "pulse",
  "quality",
  "distanceKm",
  "kcalActive",
  "hrAvg",
  "hrMax",
  "kcal",
  "proteinG",
  "fatG",
  "carbsG",
  "fiberG",
  "items",
]);

/** A session's training type, as the mappings resolved it, by its name in the app's language. */
function TrainingTypeName({ id }: { id: string }) {
  const { language } = useLocale();
  const types = useTrainingTypes();
  const type = types.data?.find((candidate) => candidate.id === id);
  return type ? typeName(type, language) : <span className="muted">…</span>;
}

/** The preview: one table per kind of row, each with the columns that kind has. */
export function PreviewTables({ rows, order }: { rows: PreviewRow[]; order: readonly ImportKind[] }) {
  const { t } = useTranslation();
  const groups = groupPreviewByKind(rows, order);
  return (
    <div className="import-preview" data-testid="import-preview">
      <h3 className="import-subtitle">{t("import.preview.title")}</h3>
      {groups.map((group) => (
        <KindTable key={group.kind} kind={group.kind} rows={group.rows} />
      ))}
    </div>
  );
}

function KindTable({ kind, rows }: { kind: ImportKind; rows: PreviewRow[] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const columns = previewColumnsFor(kind, rows);
  const titleId = `import-preview-${kind}`;
  const header = (key: string) => {
    // A night is keyed by the day it ends on: "Night to 14 Mar" says which day that is.
    if (kind === "sleep" && key === "date") return t("import.columns.night");
    // A session's minutes are its duration, not a night's time in bed.
    if (kind === "activity" && key === "durationMin") return t("import.columns.duration");
    return isKnown(key) ? t(`import.columns.${key}`) : key;
  };
  const cell = (key: string, value: Cell, row: PreviewRow) => {
    if (value === null || value === undefined || value === "") return <span className="muted">–</span>;
    if (key === "classification" && isClass(value)) return <ClassBadge cls={value} />;
    if (key === "trainingTypeId" && typeof value === "string") return <TrainingTypeName id={value} />;
    if (typeof value === "boolean")
      return value ? t("import.yes") : <span className="muted">{t("import.no")}</span>;
    if (key === "measuredAt" && typeof value === "string") {
      // The row's own day is the profile's local one; the instant's UTC date may be the day before.
      const day = typeof row.date === "string" ? row.date : value.slice(0, 10);
      return (
        <time dateTime={value}>
          {formatDay(day, locale, "medium")}, {formatTime(value, locale)}
        </time>
      );
    }
    if (clocks.has(key) && typeof value === "string")
      return <time dateTime={value}>{formatTime(value, locale)}</time>;
    if (key === "date" && typeof value === "string") return formatDay(value, locale, "medium");
    // A day summed from a diary's rows: how many entries it is made of.
    if (key === "items" && typeof value === "number") return t("import.preview.items", { count: value });
    if (typeof value === "number") {
      if (durations.has(key)) return formatHoursMinutes(value);
      if (key === "kcal") return formatNumber(value, locale, { maxDigits: 0 });
      if (isMetric(key)) return formatMetric(value, key, locale);
      return formatNumber(value, locale, { maxDigits: 2 });
    }
    return value;
  };
  return (
    <section className="import-preview-kind" aria-labelledby={titleId} data-kind={kind}>
      <h4 className="import-preview-kind-title with-icon" id={titleId}>
        <KindIcon kind={kind} />
        {t(`import.kind.${kind}`)}
      </h4>
      {/* A wide table scrolls inside its frame; the frame is focusable so keyboards can scroll it. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard */}
      <section className="table-scroll" tabIndex={0} aria-labelledby={titleId}>
        <table className="table" data-testid={`import-preview-${kind}`}>
          <caption className="visually-hidden">{t("import.preview.caption", { count: rows.length })}</caption>
          <thead>
            <tr>
              {columns.map((key) => (
                <th key={key} scope="col" className={numeric.has(key) ? "num" : undefined}>
                  {header(key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: preview rows have no id and never move
              <tr key={i}>
                {columns.map((key) => (
                  <td key={key} className={numeric.has(key) ? "num tabular" : undefined}>
                    {cell(key, row[key] ?? null, row)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <p className="small muted">{t("import.preview.caption", { count: rows.length })}</p>
    </section>
  );
}
