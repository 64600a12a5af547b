import { addDays } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { Area, AreaChart, ResponsiveContainer, YAxis } from "recharts";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { acwrZone, hasLoad, loadPoints } from "../training/evaluationData";
import { useEvaluation } from "../training/useEvaluation";

/**
 * The load of the last four weeks (each day's 7-day load) as a small line, with today's acute:chronic
 * workload ratio and its zone — the evaluation page's figures, from the same cached answer.
 */
export function TrainingLoadTrend({ today }: { today: string }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const evaluation = useEvaluation({ from: addDays(today, -27), to: today });
  if (!evaluation.data) return null;
  const points = loadPoints(evaluation.data.loadTrend);
  if (!hasLoad(points)) return null;
  const ratio = evaluation.data.acwr.ratio;
  const zone = acwrZone(ratio);
  return (
    <div className="training-load-trend" data-testid="dashboard-training-trend">
      <div className="training-load-chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height={48}>
          <AreaChart data={points} margin={{ top: 4, right: 0, bottom: 0, left: 0 }}>
            <YAxis hide domain={[0, "dataMax"]} />
            <Area
              type="monotone"
              dataKey="acute"
              stroke="var(--accent)"
              fill="var(--accent-soft)"
              strokeWidth={2}
              isAnimationActive={false}
            />
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <p className="training-load-caption muted">
        {t("training.dashboard.trend")}
        {ratio !== null && zone && (
          <span className={`eval-acwr eval-zone-${zone} training-load-ratio`}>
            {" · "}
            {t("training.dashboard.ratio", {
              ratio: formatNumber(ratio, locale, { minDigits: 2, maxDigits: 2 }),
            })}{" "}
            <span className="eval-zone-badge">{t(`evaluation.zones.${zone}`)}</span>
          </span>
        )}
      </p>
    </div>
  );
}
