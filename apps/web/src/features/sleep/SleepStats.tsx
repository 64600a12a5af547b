import type { SleepPeriodStats } from "@mitai/shared";
import { BedDouble, Clock, Moon, Star } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { useFormatDuration } from "./format";
import { PhaseBar } from "./Hypnogram";
import { useSleepStats } from "./useSleep";

export type StatsPeriod = "days7" | "days28";

/** Averages of the last 7 or 28 days: duration, quality, bedtime and its spread, phase shares. */
export function SleepStats({ period }: { period: StatsPeriod }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const format = useFormatDuration();
  const stats = useSleepStats();

  if (stats.isPending) {
    return (
      <div className="stack-sm" role="status" aria-label={t("common.loading")}>
        <Skeleton height={72} />
        <Skeleton height={40} />
      </div>
    );
  }
  if (stats.isError) return <ErrorMessage error={stats.error} />;
  const data: SleepPeriodStats = stats.data[period];
  if (data.nights === 0) {
    return (
      <p className="muted" data-testid="sleep-stats">
        {t("sleep.stats.empty")}
      </p>
    );
  }
  const none = t("sleep.stats.none");
  const percent = (share: number) =>
    new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 0 }).format(share);

  return (
    <div className="sleep-stats" data-testid="sleep-stats">
      <div className="sleep-averages">
        <Metric
          icon={<Moon size={16} aria-hidden="true" />}
          label={t("sleep.stats.duration")}
          value={data.avgDurationMin === null ? none : format(data.avgDurationMin)}
          detail={t("sleep.stats.nights", { count: data.nights })}
        />
        <Metric
          icon={<Star size={16} aria-hidden="true" />}
          label={t("sleep.stats.quality")}
          value={
            data.avgQuality === null
              ? none
              : t("sleep.quality.value", { value: formatNumber(data.avgQuality, locale, { maxDigits: 1 }) })
          }
        />
        <Metric
          icon={<BedDouble size={16} aria-hidden="true" />}
          label={t("sleep.stats.bedtime")}
          value={data.avgBedtime ?? none}
        />
        <Metric
          icon={<Clock size={16} aria-hidden="true" />}
          label={t("sleep.stats.regularity")}
          value={
            data.bedtimeSdMin === null
              ? none
              : t("sleep.stats.regularityValue", { minutes: Math.round(data.bedtimeSdMin) })
          }
          detail={t("sleep.stats.regularityHint")}
        />
      </div>
      {data.phaseShares && (
        <div className="sleep-shares">
          <h3 className="bp-shares-title">{t("sleep.stats.phases")}</h3>
          <PhaseBar values={data.phaseShares} formatValue={percent} label={t("sleep.stats.phases")} />
        </div>
      )}
    </div>
  );
}

type MetricProps = { icon: ReactNode; label: string; value: string; detail?: string };

function Metric({ icon, label, value, detail }: MetricProps) {
  return (
    <div className="bp-average">
      <p className="bp-average-label">
        {icon}
        {label}
      </p>
      <p className="bp-average-value tabular">{value}</p>
      {detail && <p className="bp-average-detail">{detail}</p>}
    </div>
  );
}
