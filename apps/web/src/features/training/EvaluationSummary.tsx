import type { Evaluation } from "@mitai/shared";
import { Activity, Clock, Gauge, Hash } from "lucide-react";
import { useTranslation } from "react-i18next";
import { daysBetween } from "../../lib/dates";
import { StatCard } from "../dashboard/StatCard";
import { acwrZone } from "./evaluationData";
import type { EvaluationFormat } from "./evaluationFormat";

type EvaluationSummaryProps = { data: Evaluation; format: EvaluationFormat };

/** Four figures of the period: sessions, time, load, and the workload ratio with its zone. */
export function EvaluationSummary({ data, format }: EvaluationSummaryProps) {
  const { t } = useTranslation();
  const { totals, acwr } = data;
  const weeks = (daysBetween(data.from, data.to) + 1) / 7;
  const zone = acwrZone(acwr.ratio);
  return (
    <div className="stat-grid eval-summary" data-testid="evaluation-summary">
      <StatCard
        label={t("evaluation.summary.sessions")}
        icon={<Hash size={18} />}
        value={format.number(totals.sessions)}
        detail={
          totals.sessions > 0
            ? t("evaluation.summary.avgDuration", { duration: format.minutes(totals.avgDurationMin) })
            : undefined
        }
      />
      <StatCard
        label={t("evaluation.summary.minutes")}
        icon={<Clock size={18} />}
        value={format.minutes(totals.minutes)}
        detail={
          weeks >= 1
            ? t("evaluation.summary.perWeek", { duration: format.minutes(totals.minutes / weeks) })
            : undefined
        }
      />
      <StatCard
        label={t("evaluation.summary.load")}
        icon={<Gauge size={18} />}
        value={format.number(totals.load)}
        detail={t("evaluation.summary.loadHint")}
      />
      <StatCard
        label={t("evaluation.summary.acwr")}
        icon={<Activity size={18} />}
        className={zone ? `eval-acwr eval-zone-${zone}` : "eval-acwr"}
        data-testid="evaluation-acwr"
        value={
          <>
            {format.ratio(acwr.ratio)}
            {zone && <span className="eval-zone-badge">{t(`evaluation.zones.${zone}`)}</span>}
          </>
        }
        detail={zone ? t(`evaluation.zoneHints.${zone}`) : t("evaluation.summary.acwrNone")}
      />
      <p className="eval-acwr-explain muted">{t("evaluation.summary.acwrExplain")}</p>
    </div>
  );
}
