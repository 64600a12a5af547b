import {
  type BloodPressureAverages,
  bloodPressureClasses,
  type BloodPressureStats as Stats,
} from "@mitai/shared";
import { Moon, Sun } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { formatPair } from "./format";
import { useBloodPressureStats } from "./useBloodPressure";

/** Averages of the period, morning against evening, and the share of each class. */
export function BloodPressureStats({ days }: { days: number }) {
  const { t } = useTranslation();
  const stats = useBloodPressureStats(days);

  if (stats.isPending) {
    return (
      <div className="stack-sm" role="status" aria-label={t("common.loading")}>
        <Skeleton height={72} />
        <Skeleton height={40} />
      </div>
    );
  }
  if (stats.isError) return <ErrorMessage error={stats.error} />;
  const data = stats.data;
  if (data.overall.count === 0) return <p className="muted">{t("bp.stats.empty")}</p>;

  return (
    <div className="bp-stats" data-testid="bp-stats">
      <div className="bp-averages">
        <Average label={t("bp.stats.average")} averages={data.overall} main />
        <Average
          label={t("bp.stats.morning")}
          hint={t("bp.stats.morningHint")}
          icon={<Sun size={16} aria-hidden="true" />}
          averages={data.morning}
        />
        <Average
          label={t("bp.stats.evening")}
          hint={t("bp.stats.eveningHint")}
          icon={<Moon size={16} aria-hidden="true" />}
          averages={data.evening}
        />
      </div>
      <ClassShares shares={data.classShares} />
    </div>
  );
}

type AverageProps = {
  label: string;
  averages: BloodPressureAverages;
  hint?: string;
  icon?: ReactNode;
  main?: boolean;
};

function Average({ label, averages, hint, icon, main }: AverageProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const pair = formatPair(averages.systolic, averages.diastolic);
  return (
    <div className={main ? "bp-average bp-average-main" : "bp-average"}>
      <p className="bp-average-label">
        {icon}
        {label}
        {hint && <span className="bp-average-hint">{hint}</span>}
      </p>
      <p className="bp-average-value tabular">
        {pair ?? t("bp.stats.none")}
        {pair && <span className="bp-summary-unit">{t("bp.unit")}</span>}
      </p>
      <p className="bp-average-detail">
        {t("bp.stats.count", { count: averages.count })}
        {averages.pulse !== null &&
          ` · ${t("bp.latest.pulse", { pulse: formatNumber(averages.pulse, locale, { maxDigits: 0 }) })}`}
      </p>
    </div>
  );
}

function ClassShares({ shares }: { shares: Stats["classShares"] }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const present = bloodPressureClasses.filter((cls) => (shares[cls] ?? 0) > 0);
  const percent = (share: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);
  return (
    <div className="bp-shares">
      <h3 className="bp-shares-title">{t("bp.stats.classes")}</h3>
      <div className="bp-share-bar" aria-hidden="true">
        {present.map((cls) => (
          <span key={cls} className={`bp-share bp-fill-${cls}`} style={{ flexGrow: shares[cls] ?? 0 }} />
        ))}
      </div>
      <ul className="bp-share-legend">
        {present.map((cls) => (
          <li key={cls}>
            <span className={`bp-dot bp-fill-${cls}`} aria-hidden="true" />
            <span>{t(`bp.classes.${cls}`)}</span>
            <strong className="tabular">{percent(shares[cls] ?? 0)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
