import type { NutritionToday } from "@mitai/shared";
import { Target } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { Dialog } from "../../components/Dialog";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { NutritionGoalsForm } from "../settings/NutritionGoalsForm";
import { type NutritionFormat, useNutritionFormat } from "./format";
import {
  barPercent,
  hasAnyTarget,
  type NutritionFigure,
  nutritionFigures,
  remainingOf,
  targetTone,
} from "./progress";
import { useInvalidateNutrition, useNutritionToday } from "./useNutrition";

/** Today's totals against the targets, one bar each, and the way to set the targets. */
export function TodayProgress() {
  const { t } = useTranslation();
  const today = useNutritionToday();
  const invalidate = useInvalidateNutrition();
  const [editing, setEditing] = useState(false);
  const data = today.data;
  const anyTarget = data ? hasAnyTarget(data.targets) : false;

  return (
    <>
      <div className="nutrition-today" data-testid="nutrition-today">
        {today.isPending && <LoadingRows rows={4} height={44} />}
        {today.isError && <RetryError error={today.error} retry={today.refetch} />}
        {data && (
          <>
            {!data.logged && <p className="muted small">{t("nutrition.today.nothing")}</p>}
            <ul className="nutrition-bars">
              {nutritionFigures.map((metric) => (
                <ProgressBar key={metric} metric={metric} today={data} />
              ))}
            </ul>
            <ProteinTargetNote today={data} />
            {!anyTarget && <p className="muted small">{t("nutrition.today.noTargetsText")}</p>}
          </>
        )}
        <div className="nutrition-today-actions">
          <Button
            variant={data && !anyTarget ? "primary" : "secondary"}
            size="sm"
            icon={<Target size={16} aria-hidden="true" />}
            onClick={() => setEditing(true)}
            data-testid="nutrition-targets"
          >
            {t(data && !anyTarget ? "nutrition.today.setTargets" : "nutrition.today.targets")}
          </Button>
        </div>
      </div>
      <Dialog open={editing} onClose={() => setEditing(false)} title={t("nutrition.today.goalsTitle")}>
        <NutritionGoalsForm
          onSaved={() => {
            invalidate();
            setEditing(false);
          }}
        />
      </Dialog>
    </>
  );
}

function formatMetric(format: NutritionFormat, metric: NutritionFigure, value: number) {
  return metric === "kcal" ? format.kcal(value) : format.grams(value);
}

function ProgressBar({ metric, today }: { metric: NutritionFigure; today: NutritionToday }) {
  const { t } = useTranslation();
  const format = useNutritionFormat();
  const value = today.totals[metric];
  const target = today.targets[metric];
  const progress = today.progress[metric];
  const label = t(`nutrition.fields.${metric}`);
  const over = progress !== null && targetTone(metric, progress) === "over";
  const rest = remainingOf(today, metric);
  return (
    <li className={`nutrition-bar macro-${metric}`} data-testid={`nutrition-progress-${metric}`}>
      <div className="nutrition-bar-head">
        <span className="nutrition-bar-label">{label}</span>
        <span className="nutrition-bar-value tabular">
          <strong>{formatMetric(format, metric, value)}</strong>
          {target !== null && (
            <span className="muted">
              {" "}
              {t("nutrition.today.of", { target: formatMetric(format, metric, target) })}
            </span>
          )}
        </span>
      </div>
      {target !== null && progress !== null ? (
        <>
          <div
            className={over ? "nutrition-meter nutrition-meter-over" : "nutrition-meter"}
            role="progressbar"
            aria-label={label}
            aria-valuemin={0}
            aria-valuemax={target}
            aria-valuenow={Math.min(value, target)}
            aria-valuetext={`${formatMetric(format, metric, value)} / ${formatMetric(format, metric, target)}`}
          >
            <span className="nutrition-meter-fill" style={{ width: `${barPercent(progress)}%` }} />
          </div>
          <p className="nutrition-bar-rest small muted tabular">
            {rest !== null && rest >= 0
              ? t("nutrition.today.left", { value: formatMetric(format, metric, rest) })
              : t("nutrition.today.over", { value: formatMetric(format, metric, -(rest ?? 0)) })}
            {" · "}
            {format.percent(progress)}
          </p>
        </>
      ) : (
        <p className="nutrition-bar-rest small muted">{t("nutrition.today.noTarget")}</p>
      )}
    </li>
  );
}

/** A protein target per kg: the weight it was turned into grams with, or that a weight is missing. */
function ProteinTargetNote({ today }: { today: NutritionToday }) {
  const { t } = useTranslation();
  const format = useNutritionFormat();
  const protein = today.targets.protein;
  if (protein === null || protein.unit !== "g_per_kg") return null;
  if (protein.weightKg === null) {
    return (
      <p className="small muted">
        {t("nutrition.today.perKgNeedsWeight", { value: format.perKg(protein.value) })}
      </p>
    );
  }
  return (
    <p className="small muted">
      {t("nutrition.today.perKgTarget", {
        value: format.perKg(protein.value),
        weight: format.number(protein.weightKg, 1),
      })}
    </p>
  );
}
