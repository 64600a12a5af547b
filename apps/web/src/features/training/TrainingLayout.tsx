import { CalendarOff, ChartColumn, FileUp, ListPlus, Tags } from "lucide-react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";
import { ButtonLink } from "../../components/Button";
import { PageHeader, useDocumentTitle } from "../../components/PageHeader";

const tabs = [
  { to: "/training/log", key: "log", icon: ListPlus },
  { to: "/training/categorize", key: "categorize", icon: Tags },
  { to: "/training/rest-days", key: "restDays", icon: CalendarOff },
  { to: "/training/evaluation", key: "evaluation", icon: ChartColumn },
] as const;

/** The training section: one header, four tabs that are real links, the tab's page below. */
export function TrainingLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = tabs.find((tab) => pathname.startsWith(tab.to)) ?? tabs[0];
  // The browser tab names the tab too (this effect runs after the header's own).
  useDocumentTitle(`${t(`training.tabs.${active.key}`)} · ${t("training.title")}`);
  return (
    <div className="page">
      <PageHeader
        title={t("training.title")}
        subtitle={t(`training.subtitles.${active.key}`)}
        actions={
          // Workouts come in through the one import page (Apple Health, Garmin FIT), under Vitals.
          <ButtonLink
            to="/vitals/import"
            variant="secondary"
            size="sm"
            icon={<FileUp size={16} aria-hidden="true" />}
          >
            {t("training.importSessions")}
          </ButtonLink>
        }
      />
      <nav className="tabs training-tabs" aria-label={t("training.tabs.label")} data-testid="training-tabs">
        {tabs.map(({ to, key, icon: Icon }) => (
          <NavLink key={to} to={to} className="tab">
            <Icon size={18} aria-hidden="true" />
            <span>{t(`training.tabs.${key}`)}</span>
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
