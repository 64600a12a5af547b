import type { ImportJob } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { KindIcon } from "./KindIcon";

/** The totals: new, already there, unreadable. */
export function Counts({ job }: { job: ImportJob }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const items = [
    { key: "new", value: job.counts.new },
    { key: "duplicate", value: job.counts.duplicate },
    { key: "invalid", value: job.counts.invalid },
  ] as const;
  return (
    <dl className="import-counts" data-testid="import-counts">
      {items.map(({ key, value }) => (
        <div key={key} className={`import-count import-count-${key}`} data-count={key}>
          <dt>{t(`import.counts.${key}`)}</dt>
          <dd className="tabular">{formatNumber(value, locale, { maxDigits: 0 })}</dd>
        </div>
      ))}
    </dl>
  );
}

/** "Vitals: 28 new · Sleep: 27 new, 1 already there" – one line per kind the file holds. */
export function KindCounts({ kinds }: { kinds: ImportJob["kinds"] }) {
  const { t } = useTranslation();
  return (
    <ul className="import-kinds" aria-label={t("import.kindCounts.label")} data-testid="import-kinds">
      {kinds.map(({ kind, new: added, duplicate }) => (
        <li key={kind} className="import-kinds-row" data-kind={kind}>
          <KindIcon kind={kind} />
          <span className="import-kinds-name">{t(`import.kind.${kind}`)}:</span>
          <span className="tabular">
            {t("import.kindCounts.new", { count: added })}
            {duplicate > 0 && `, ${t("import.kindCounts.duplicate", { count: duplicate })}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
