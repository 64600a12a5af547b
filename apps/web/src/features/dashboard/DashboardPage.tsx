import { todayIn } from "@mitai/shared";
import { ArrowRight, Scale } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProfile } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageHeader } from "../../components/PageHeader";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { dayPart, formatDay } from "../../lib/dates";
import { useWeightStats } from "../weight/useWeight";
import { WeightChart } from "../weight/WeightChart";
import { BloodPressureTile } from "./BloodPressureTile";
import { BodyTile } from "./BodyTile";
import { NutritionTile } from "./NutritionTile";
import { SleepTile } from "./SleepTile";
import { StatCards } from "./StatCards";
import { TrainingTile } from "./TrainingTile";
import { VitalsTile } from "./VitalsTile";

export function DashboardPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const stats = useWeightStats();
  const today = todayIn(profile.timeZone);
  const firstName = profile.name.trim().split(/\s+/)[0] ?? profile.name;

  return (
    <div className="page">
      <PageHeader
        title={t(`dashboard.greeting.${dayPart(profile.timeZone)}`, { name: firstName })}
        subtitle={formatDay(today, locale, "long")}
      />
      {stats.isPending && (
        <div className="stat-grid" role="status" aria-label={t("common.loading")}>
          {[0, 1, 2, 3].map((n) => (
            <Skeleton key={n} height={132} />
          ))}
        </div>
      )}
      {stats.isError && <ErrorMessage error={stats.error} />}
      {stats.data && stats.data.count === 0 && (
        // Still the "latest weight" card, only with nothing in it yet.
        <Card
          className="welcome-card"
          data-testid="dashboard-latest-weight"
          aria-label={t("dashboard.latest")}
        >
          <EmptyState
            icon={<Scale size={32} />}
            title={t("dashboard.empty.title")}
            text={t("dashboard.empty.text")}
            action={
              <ButtonLink to="/weight" size="lg">
                {t("dashboard.empty.action")}
              </ButtonLink>
            }
          />
        </Card>
      )}
      {stats.data && stats.data.count > 0 && <StatCards stats={stats.data} today={today} />}
      <div className="tile-row">
        <NutritionTile />
        <BloodPressureTile />
        <VitalsTile />
        <SleepTile />
        <BodyTile />
        <TrainingTile />
      </div>
      {stats.data && stats.data.count > 0 && (
        <Card
          title={t("dashboard.chartTitle")}
          titleId="dashboard-chart-title"
          actions={
            <Link to="/weight" className="text-link with-icon">
              {t("dashboard.allEntries")}
              <ArrowRight size={16} aria-hidden="true" />
            </Link>
          }
        >
          <WeightChart days={90} height={240} />
        </Card>
      )}
    </div>
  );
}
