import type { NutritionToday } from "@mitai/shared";
import { Apple, ArrowRight, Target } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { type NutritionFormat, useNutritionFormat } from "../nutrition/format";
import {
  barPercent,
  hasAnyTarget,
  type NutritionFigure,
  remainingOf,
  targetTone,
} from "../nutrition/progress";
import { useNutritionToday } from "../nutrition/useNutrition";

/** Today's energy and protein (and, smaller, fat and carbohydrates) against the profile's targets. */
export function NutritionTile() {
  const { t } = useTranslation();
  const today = useNutritionToday();
  return (
    <section
      className="card bp-tile nutrition-tile"
      data-testid="dashboard-nutrition"
      aria-labelledby="dashboard-nutrition-label"
    >
      <div className="bp-tile-head">
        <div className="stat-head">
          <span className="stat-icon nutrition-tile-icon" aria-hidden="true">
            <Apple size={20} />
          </span>
          <h2 className="stat-label" id="dashboard-nutrition-label">
            {t("dashboard.nutrition.title")}
          </h2>
        </div>
        {today.data?.logged && (
          <Link to="/nutrition" className="text-link with-icon">
            {t("dashboard.nutrition.open")}
            <ArrowRight size={16} aria-hidden="true" />
          </Link>
        )}
      </div>
      {today.isPending && (
        <div role="status" aria-label={t("common.loading")}>
          <Skeleton height={96} />
        </div>
      )}
      {today.isError && <ErrorMessage error={today.error} />}
      {today.data && !today.data.logged && <NothingLogged today={today.data} />}
      {today.data?.logged && <Progress today={today.data} />}
    </section>
  );
}

/** Nothing eaten is logged yet: say so, name today's targets, and lead to the log. */
function NothingLogged({ today }: { today: NutritionToday }) {
  const { t } = useTranslation();
  const format = useNutritionFormat();
  const { targets } = today;
  const goals = [
    targets.kcal !== null && format.kcal(targets.kcal),
    targets.proteinG !== null &&
      t("dashboard.nutrition.proteinAmount", { amount: format.grams(targets.proteinG) }),
  ].filter((text) => typeof text === "string");
  return (
    <div className="bp-tile-empty" data-testid="dashboard-nutrition-empty">
      <p className="muted">{t("dashboard.nutrition.empty")}</p>
      {goals.length > 0 && (
        <p className="small with-icon nutrition-tile-goals">
          <Target size={16} aria-hidden="true" />
          {t("dashboard.nutrition.todayTarget", { targets: goals.join(" · ") })}
        </p>
      )}
      <ButtonLink to="/nutrition" variant="secondary">
        {t("dashboard.nutrition.action")}
      </ButtonLink>
      {!hasAnyTarget(targets) && <SetTargets />}
    </div>
  );
}

function SetTargets() {
  const { t } = useTranslation();
  return (
    <p className="small muted" data-testid="dashboard-nutrition-no-targets">
      {t("dashboard.nutrition.noTargets")}{" "}
      <Link to="/settings#settings-goals" className="text-link">
        {t("dashboard.nutrition.setTargets")}
      </Link>
    </p>
  );
}

function Progress({ today }: { today: NutritionToday }) {
  const { t } = useTranslation();
  const format = useNutritionFormat();
  return (
    <div className="nutrition-tile-body">
      <Meter today={today} figure="kcal" format={format} />
      <Meter today={today} figure="proteinG" format={format} />
      <div className="nutrition-tile-minor">
        <Meter today={today} figure="fatG" format={format} small />
        <Meter today={today} figure="carbsG" format={format} small />
      </div>
      {!hasAnyTarget(today.targets) && <SetTargets />}
      {today.targets.protein?.unit === "g_per_kg" && today.targets.proteinG === null && (
        <p className="small muted">{t("dashboard.nutrition.perKgNoWeight")}</p>
      )}
    </div>
  );
}

/** One figure: its name, "1,450 / 2,200 kcal", a bar, and what is left; the total alone without a target. */
function Meter({
  today,
  figure,
  format,
  small = false,
}: {
  today: NutritionToday;
  figure: NutritionFigure;
  format: NutritionFormat;
  small?: boolean;
}) {
  const { t } = useTranslation();
  const total = today.totals[figure];
  const target = today.targets[figure];
  const progress = today.progress[figure];
  // Unit symbols read the same in both languages.
  const unit = figure === "kcal" ? "kcal" : "g";
  const label = t(`dashboard.nutrition.${figure}`);
  const tone = progress === null ? null : targetTone(figure, progress);
  const remaining = remainingOf(today, figure);
  const labelId = `dashboard-nutrition-${figure}`;
  return (
    <div
      className={[
        "nutrition-tile-figure",
        small ? "nutrition-tile-figure-small" : "",
        tone ? `nutrition-tile-figure-${tone}` : "",
      ]
        .filter(Boolean)
        .join(" ")}
      data-testid={`dashboard-nutrition-${figure}`}
    >
      <div className="nutrition-tile-figure-head">
        <span className="nutrition-tile-figure-label" id={labelId}>
          {label}
        </span>
        <span className="nutrition-tile-figure-value tabular">
          {target === null ? (
            <strong>{`${format.number(total)} ${unit}`}</strong>
          ) : (
            <>
              <strong>{format.number(total)}</strong>
              <span className="muted">{` / ${format.number(target)} ${unit}`}</span>
            </>
          )}
        </span>
      </div>
      {progress !== null && (
        <div
          className="progress nutrition-tile-figure-bar"
          role="progressbar"
          aria-labelledby={labelId}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={Math.round(progress * 100)}
          aria-valuetext={`${format.number(total)} / ${format.number(target ?? 0)} ${unit}`}
        >
          <span className="progress-bar" style={{ width: `${barPercent(progress)}%` }} />
        </div>
      )}
      {!small && (
        <MeterDetail today={today} figure={figure} remaining={remaining} unit={unit} format={format} />
      )}
    </div>
  );
}

/** Under energy and protein: what is left or over, and a per-kg protein target as it was set. */
function MeterDetail({
  today,
  figure,
  remaining,
  unit,
  format,
}: {
  today: NutritionToday;
  figure: NutritionFigure;
  remaining: number | null;
  unit: string;
  format: NutritionFormat;
}) {
  const { t } = useTranslation();
  const parts: string[] = [];
  if (remaining !== null) {
    const amount = `${format.number(Math.abs(remaining))} ${unit}`;
    parts.push(
      remaining >= 0 ? t("dashboard.nutrition.left", { amount }) : t("dashboard.nutrition.over", { amount }),
    );
  }
  const protein = today.targets.protein;
  if (figure === "proteinG" && protein?.unit === "g_per_kg") {
    parts.push(t("dashboard.nutrition.perKgTarget", { perKg: format.perKg(protein.value) }));
  }
  if (parts.length === 0) return null;
  return <p className="small muted nutrition-tile-figure-detail">{parts.join(" · ")}</p>;
}
