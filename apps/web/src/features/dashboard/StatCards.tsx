import type { WeightStats } from "@mitai/shared";
import { Activity, CalendarCheck, Gauge, Target, TrendingDown, TrendingUp, Weight } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProfile } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { useLocale } from "../../i18n";
import { formatDay, relativeDay } from "../../lib/dates";
import { formatKg, formatKgChange, formatNumber } from "../../lib/number";
import { StatCard } from "./StatCard";
import { changeTone, trendDirection } from "./trend";

type StatCardsProps = { stats: WeightStats; today: string };

export function StatCards({ stats, today }: StatCardsProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const latest = stats.latest;
  if (!latest) return null;

  const day = relativeDay(latest.date, today);
  const loggedToday = latest.date === today;
  const change7 = stats.change.days7;
  const tone7 = changeTone(change7, latest.weight, profile.goalWeightKg);
  const direction = trendDirection(stats.trend.kgPerWeek);
  const TrendIcon = direction === "down" ? TrendingDown : direction === "up" ? TrendingUp : Activity;

  return (
    <div className="stat-grid">
      <section
        className="card hero-card"
        data-testid="dashboard-latest-weight"
        aria-labelledby="latest-weight-label"
      >
        <div className="stat-head">
          <span className="stat-icon" aria-hidden="true">
            <Weight size={20} />
          </span>
          <h2 className="stat-label" id="latest-weight-label">
            {t("dashboard.latest")}
          </h2>
        </div>
        <p className="hero-value tabular">{formatKg(latest.weight, locale, 2)}</p>
        <p className="hero-meta">
          <time dateTime={latest.date}>
            {day ? t(`common.${day}`) : formatDay(latest.date, locale, "medium")}
          </time>
          {change7 !== null && (
            <span className={`chip chip-${tone7}`}>
              {t("dashboard.change7", { change: formatKgChange(change7, locale) })}
            </span>
          )}
        </p>
        <div className="hero-action">
          {loggedToday ? (
            <span className="logged-today">
              <CalendarCheck size={18} aria-hidden="true" />
              {t("dashboard.loggedToday")}
            </span>
          ) : (
            <ButtonLink to="/weight" variant="primary">
              {t("dashboard.logToday")}
            </ButtonLink>
          )}
        </div>
      </section>

      <StatCard
        label={t("dashboard.average7")}
        icon={<Activity size={20} />}
        value={stats.movingAverage7 === null ? "–" : formatKg(stats.movingAverage7, locale, 1)}
        detail={t("dashboard.average7Detail")}
      />

      <StatCard
        label={t("dashboard.trend")}
        icon={<TrendIcon size={20} />}
        value={
          stats.trend.kgPerWeek === null
            ? "–"
            : t("dashboard.perWeek", { change: formatKgChange(stats.trend.kgPerWeek, locale) })
        }
        detail={
          direction === null ? t("dashboard.trendNone") : t(`dashboard.trendText.${direction}`, { days: 30 })
        }
      />

      <StatCard
        label={t("dashboard.goal")}
        icon={<Target size={20} />}
        tone={stats.goal?.reached ? "good" : "neutral"}
        value={
          stats.goal
            ? stats.goal.reached
              ? t("dashboard.goalReached")
              : formatKg(Math.abs(stats.goal.remainingKg), locale, 1)
            : "–"
        }
        detail={
          stats.goal ? (
            t(stats.goal.remainingKg > 0 ? "dashboard.goalToLose" : "dashboard.goalToGain", {
              goal: formatKg(stats.goal.goalWeightKg, locale, 1),
            })
          ) : (
            <Link to="/settings" className="text-link">
              {t("dashboard.setGoal")}
            </Link>
          )
        }
      />

      <StatCard
        label={t("dashboard.bmi")}
        icon={<Gauge size={20} />}
        value={stats.bmi === null ? "–" : formatNumber(stats.bmi, locale, { minDigits: 1, maxDigits: 1 })}
        detail={
          stats.bmiCategory ? (
            t(`dashboard.bmiCategory.${stats.bmiCategory}`)
          ) : (
            <Link to="/settings" className="text-link">
              {t("dashboard.setHeight")}
            </Link>
          )
        }
      />
    </div>
  );
}
