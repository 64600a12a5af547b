import { ChartColumn, FileUp, ListPlus } from "lucide-react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";
import { PageHeader, useDocumentTitle } from "../../components/PageHeader";

const tabs = [
  { to: "/nutrition/entry", key: "entry", icon: ListPlus },
  { to: "/nutrition/import", key: "import", icon: FileUp },
  { to: "/nutrition/charts", key: "charts", icon: ChartColumn },
] as const;

/** The nutrition section: one header, three tabs that are real links, the tab's page below. */
export function NutritionLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = tabs.find((tab) => pathname.startsWith(tab.to)) ?? tabs[0];
  // The browser tab names the tab too (this effect runs after the header's own).
  useDocumentTitle(`${t(`nutrition.tabs.${active.key}`)} · ${t("nutrition.title")}`);
  return (
    <div className="page">
      <PageHeader title={t("nutrition.title")} subtitle={t(`nutrition.subtitles.${active.key}`)} />
      <nav className="tabs" aria-label={t("nutrition.tabs.label")} data-testid="nutrition-tabs">
        {tabs.map(({ to, key, icon: Icon }) => (
          <NavLink key={to} to={to} className="tab">
            <Icon size={18} aria-hidden="true" />
            <span>{t(`nutrition.tabs.${key}`)}</span>
          </NavLink>
        ))}
      </nav>
      <Outlet />
    </div>
  );
}
