import { todayIn } from "@mitai/shared";
import { ArrowRight, Dumbbell, Gauge } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProfile } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatNumber } from "../../lib/number";
import { useActivityRange } from "../training/useTraining";
import { useFormatMinutes } from "../training/useTrainingFormat";
import { mondayOf, summarize, type WeekSummary } from "../training/week";
import { TrainingLoadTrend } from "./TrainingLoadTrend";

/** This week's training minutes per category and its load, and the way to the training log. */
export function TrainingTile() {
  const { t } = useTranslation();
  const profile = useProfile();
  const today = todayIn(profile.timeZone);
  const week = useActivityRange(mondayOf(today), today);
  const summary = week.data ? summarize(week.data) : null;
  return (
    <section
      className="card bp-tile training-tile"
      data-testid="dashboard-training"
      aria-labelledby="dashboard-training-label"
    >
      <div className="bp-tile-head">
        <div className="stat-head">
          <span className="stat-icon training-tile-icon" aria-hidden="true">
            <Dumbbell size={20} />
          </span>
          <h2 className="stat-label" id="dashboard-training-label">
            {t("training.dashboard.title")}
          </h2>
        </div>
        {summary && summary.sessions > 0 && (
          <Link to="/training" className="text-link with-icon">
            {t("training.dashboard.open")}
            <ArrowRight size={16} aria-hidden="true" />
          </Link>
        )}
      </div>
      {week.isPending && (
        <div role="status" aria-label={t("common.loading")}>
          <Skeleton height={72} />
        </div>
      )}
      {week.isError && <ErrorMessage error={week.error} />}
      {summary?.sessions === 0 && (
        <div className="bp-tile-empty">
          <p className="muted">{t("training.dashboard.empty")}</p>
          <ButtonLink to="/training/log" variant="secondary">
            {t("training.dashboard.action")}
          </ButtonLink>
        </div>
      )}
      {summary && summary.sessions > 0 && <WeekFigures summary={summary} />}
      <TrainingLoadTrend today={today} />
    </section>
  );
}

function WeekFigures({ summary }: { summary: WeekSummary }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const formatMinutes = useFormatMinutes();
  const label = (category: WeekSummary["byCategory"][number]["category"]) =>
    t(`training.categories.${category}`);
  return (
    <div className="training-week">
      <p className="training-week-total">
        <strong className="tabular" data-testid="dashboard-training-minutes">
          {formatMinutes(summary.minutes)}
        </strong>
        <span className="muted"> · {t("training.dashboard.sessions", { count: summary.sessions })}</span>
        {summary.load > 0 && (
          <span className="training-week-load with-icon tabular" data-testid="dashboard-training-load">
            <Gauge size={16} aria-hidden="true" />
            {t("training.dashboard.load", { load: formatNumber(summary.load, locale, { maxDigits: 0 }) })}
          </span>
        )}
      </p>
      <div className="cat-bar" aria-hidden="true">
        {summary.byCategory.map(({ category, minutes }) => (
          <span key={category} className={`cat-bar-part cat-${category}`} style={{ flexGrow: minutes }} />
        ))}
      </div>
      <ul className="cat-legend" aria-label={t("training.dashboard.perCategory")}>
        {summary.byCategory.map(({ category, minutes }) => (
          <li key={category} className={`cat-legend-item cat-${category}`}>
            <span className="cat-dot" aria-hidden="true" />
            <span>{label(category)}</span>
            <span className="tabular cat-legend-value">{formatMinutes(minutes)}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
