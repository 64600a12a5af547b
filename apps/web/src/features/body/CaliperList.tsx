import { type CaliperEntry, caliperSites } from "@mitai/shared";
import { ListX } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { EmptyState } from "../../components/EmptyState";
import { RowActions } from "../../components/EntryList";
import { RowDate } from "../../components/RowDate";
import { useLocale } from "../../i18n";
import { formatKg } from "../../lib/number";
import { formatMm, formatPct } from "./format";

type CaliperListProps = { entries: readonly CaliperEntry[]; onDelete: (entry: CaliperEntry) => void };

/** The measurements, newest first: method, fat %, lean mass and the sites, each deletable. */
export function CaliperList({ entries, onDelete }: CaliperListProps) {
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
      {entries.map((entry) => (
        <Row key={entry.id} entry={entry} onDelete={onDelete} />
      ))}
    </ul>
  );
}

function Row({ entry, onDelete }: { entry: CaliperEntry; onDelete: (entry: CaliperEntry) => void }) {
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
      <RowActions describedBy={dateId} onDelete={() => onDelete(entry)} />
    </li>
  );
}
