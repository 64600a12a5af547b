import type { Evaluation } from "@mitai/shared";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer } from "recharts";
import { axisTick } from "../../lib/chart";
import { abilityRows } from "./evaluationData";
import type { EvaluationFormat } from "./evaluationFormat";

type EvaluationAbilityRadarProps = {
  balance: Evaluation["abilityBalance"];
  format: EvaluationFormat;
  height?: number;
};

/** The five abilities as a radar of their shares, with the shares written out beside it. */
export function EvaluationAbilityRadar({ balance, format, height = 260 }: EvaluationAbilityRadarProps) {
  const { t } = useTranslation();
  const rows = useMemo(
    () => abilityRows(balance).map((row) => ({ ...row, label: t(`evaluation.abilities.${row.ability}`) })),
    [balance, t],
  );
  const top = Math.max(0.25, ...rows.map((row) => row.share));
  const trained = rows.some((row) => row.share > 0);

  return (
    <figure className="chart eval-radar" data-testid="evaluation-radar">
      <figcaption className="visually-hidden">{t("evaluation.abilities.summary")}</figcaption>
      {trained ? (
        <div className="chart-canvas" style={{ height }} aria-hidden="true">
          <ResponsiveContainer width="100%" height="100%">
            <RadarChart data={rows} outerRadius="72%" margin={{ top: 8, right: 24, bottom: 8, left: 24 }}>
              <PolarGrid stroke="var(--chart-grid)" />
              <PolarAngleAxis dataKey="label" tick={axisTick} />
              <PolarRadiusAxis domain={[0, top]} tick={false} axisLine={false} />
              <Radar
                dataKey="share"
                stroke="var(--accent)"
                strokeWidth={2}
                fill="var(--accent)"
                fillOpacity={0.25}
                isAnimationActive={false}
              />
            </RadarChart>
          </ResponsiveContainer>
        </div>
      ) : (
        <p className="muted">{t("evaluation.abilities.none")}</p>
      )}
      <ul className="eval-ability-list">
        {rows.map((row) => (
          <li key={row.ability} className="eval-ability-row">
            <span>{row.label}</span>
            <span className="eval-ability-bar" aria-hidden="true">
              <span style={{ width: `${Math.round(row.share * 100)}%` }} />
            </span>
            <strong className="tabular">{format.percent(row.share)}</strong>
          </li>
        ))}
      </ul>
      <p className="eval-axis-note muted">{t("evaluation.abilities.hint")}</p>
    </figure>
  );
}
