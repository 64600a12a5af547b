import type { Evaluation } from "@mitai/shared";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n";
import { categoryKey, sortCategoryRows, sortTypeRows } from "./evaluationData";
import type { EvaluationFormat } from "./evaluationFormat";
import { typeName } from "./format";
import { TrainingTypeIcon } from "./TrainingTypeIcon";

type Volume = Evaluation["totals"];
type Row = { id: string; name: string; lead: ReactNode; volume: Volume };

const columns = ["sessions", "minutes", "avgDuration", "avgHr", "kcal", "distance", "load"] as const;

type VolumeTableProps = { caption: string; rows: Row[]; format: EvaluationFormat; testId: string };

/** One row per type or category with its figures; the name column stays in view while the rest scrolls. */
function VolumeTable({ caption, rows, format, testId }: VolumeTableProps) {
  const { t } = useTranslation();
  const cells = (v: Volume) => [
    format.number(v.sessions),
    format.minutes(v.minutes),
    format.minutes(v.avgDurationMin),
    format.bpm(v.avgHr),
    v.kcal > 0 ? format.number(v.kcal) : t("evaluation.none"),
    v.distanceKm > 0 ? format.km(v.distanceKm) : t("evaluation.none"),
    v.load > 0 ? format.number(v.load) : t("evaluation.none"),
  ];
  return (
    // A wide table scrolls inside its frame on a phone; the frame is focusable so keyboards can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="eval-table-scroll" aria-label={caption} tabIndex={0} data-testid={testId}>
      <table className="table eval-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("evaluation.table.name")}</th>
            {columns.map((column) => (
              <th key={column} scope="col" className="num">
                {t(`evaluation.table.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <span className="eval-table-name">
                  {row.lead}
                  <span>{row.name}</span>
                </span>
              </th>
              {cells(row.volume).map((text, i) => (
                <td key={columns[i]} className="num tabular">
                  {text}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

type TablesProps = { data: Evaluation; format: EvaluationFormat };

/** Every type of the period with its figures, most minutes first. */
export function EvaluationTypeTable({ data, format }: TablesProps) {
  const { t } = useTranslation();
  const { language } = useLocale();
  const rows = sortTypeRows(data.byType).map(({ trainingType, ...volume }): Row => {
    const key = categoryKey(trainingType?.category ?? null);
    return {
      id: trainingType?.id ?? "uncategorized",
      name: trainingType ? typeName(trainingType, language) : t("training.categories.uncategorized"),
      lead: (
        <span className={`eval-type-icon cat-${key}`}>
          <TrainingTypeIcon icon={trainingType?.icon ?? null} size={16} />
        </span>
      ),
      volume,
    };
  });
  return (
    <VolumeTable
      caption={t("evaluation.table.byType")}
      rows={rows}
      format={format}
      testId="evaluation-by-type"
    />
  );
}

/** The same figures per category, in the categories' order. */
export function EvaluationCategoryTable({ data, format }: TablesProps) {
  const { t } = useTranslation();
  const rows = sortCategoryRows(data.byCategory).map(({ category, ...volume }): Row => {
    const key = categoryKey(category);
    return {
      id: key,
      name: format.category(key),
      lead: <span className={`cat-dot cat-${key}`} aria-hidden="true" />,
      volume,
    };
  });
  return (
    <VolumeTable
      caption={t("evaluation.table.byCategory")}
      rows={rows}
      format={format}
      testId="evaluation-by-category"
    />
  );
}
