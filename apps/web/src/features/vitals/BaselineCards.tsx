import { todayIn, type VitalsEntry } from "@mitai/shared";
import { ArrowDown, ArrowRight, ArrowUp, HeartPulse, TriangleAlert, Waves } from "lucide-react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { useLocale } from "../../i18n";
import { formatDay, relativeDay } from "../../lib/dates";
import { formatDelta, formatMetric, isWorrying } from "./format";

export type CardMetric = "restingHr" | "hrv";
export const cardMetrics: readonly CardMetric[] = ["restingHr", "hrv"];

/** The newest entry that has the value, with its analysis. */
export function latestWith(entries: readonly VitalsEntry[], metric: CardMetric) {
  for (const entry of entries) {
    const analysis = entry.analysis[metric];
    if (analysis) return { entry, analysis };
  }
  return null;
}

type MetricCardProps = { entries: readonly VitalsEntry[]; metric: CardMetric; compact?: boolean };

/** One value of the latest morning against its 7- and 28-day baselines, flagged when it stands out. */
export function BaselineMetric({ entries, metric, compact = false }: MetricCardProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const latest = latestWith(entries, metric);
  const Icon = metric === "restingHr" ? HeartPulse : Waves;
  const unit = t(`vitals.units.${metric}`);

  if (!latest) {
    return (
      <div className="baseline-metric" data-metric={metric}>
        <p className="baseline-metric-label with-icon">
          <Icon size={18} aria-hidden="true" />
          {t(`vitals.cards.${metric}`)}
        </p>
        <p className="big-figure tabular">–</p>
        <p className="muted small">{t("vitals.cards.noValue")}</p>
      </div>
    );
  }

  const { entry, analysis } = latest;
  const b28 = analysis.baseline28;
  const b7 = analysis.baseline7;
  const day = relativeDay(entry.date, today);
  const delta = b28?.delta ?? null;
  const direction = delta === null || Math.abs(delta) < 0.5 ? "flat" : delta > 0 ? "up" : "down";
  const Arrow = direction === "up" ? ArrowUp : direction === "down" ? ArrowDown : ArrowRight;
  const worrying = delta !== null && analysis.flagged && isWorrying(metric, delta);
  const tone = analysis.flagged ? (worrying ? "warning" : "notable") : "calm";
  const deltaText = delta === null ? "" : `${formatDelta(delta, metric, locale)} ${unit}`;
  const absText = delta === null ? "" : `${formatMetric(Math.abs(delta), metric, locale)} ${unit}`;

  return (
    <div className={`baseline-metric baseline-${tone}`} data-metric={metric}>
      <p className="baseline-metric-label with-icon">
        <Icon size={18} aria-hidden="true" />
        {t(`vitals.cards.${metric}`)}
        <span className="baseline-metric-day">
          <time dateTime={entry.date}>
            {day ? t(`common.${day}`) : formatDay(entry.date, locale, "weekday")}
          </time>
        </span>
      </p>
      <p className="big-figure tabular">
        <span data-testid={analysis.flagged ? "vitals-flag" : undefined}>
          {formatMetric(analysis.value, metric, locale)}
        </span>
        <span className="big-figure-unit">{unit}</span>
      </p>
      {b28 ? (
        <p className={`baseline-delta baseline-delta-${direction} tabular`}>
          <Arrow size={16} aria-hidden="true" />
          {t("vitals.cards.vs28", { delta: deltaText })}
        </p>
      ) : (
        <p className="muted small">{t("vitals.cards.noBaseline")}</p>
      )}
      {analysis.flagged && delta !== null && (
        <p className={`baseline-flag baseline-flag-${worrying ? "warning" : "notable"}`} role="note">
          <TriangleAlert size={16} aria-hidden="true" />
          {t(`vitals.flags.${metric}.${delta > 0 ? "up" : "down"}`, { delta: absText })}
        </p>
      )}
      {!compact && (
        <dl className="baseline-means">
          <div>
            <dt>{t("vitals.cards.mean7")}</dt>
            <dd className="tabular">{b7 ? `${formatMetric(b7.mean, metric, locale)} ${unit}` : "–"}</dd>
          </div>
          <div>
            <dt>{t("vitals.cards.mean28")}</dt>
            <dd className="tabular">
              {b28 ? `${formatMetric(b28.mean, metric, locale)} ${unit}` : "–"}
              {b28 && b28.sd !== null && (
                <span className="baseline-sd"> ± {formatMetric(b28.sd, metric, locale)}</span>
              )}
            </dd>
          </div>
        </dl>
      )}
    </div>
  );
}
