import { Activity, FileUp, HeartPulse, Moon } from "lucide-react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";
import { PageHeader, useDocumentTitle } from "../../components/PageHeader";

const tabs = [
  { to: "/vitals/baseline", key: "baseline", icon: Activity },
  { to: "/vitals/blood-pressure", key: "bloodPressure", icon: HeartPulse },
  { to: "/vitals/import", key: "import", icon: FileUp },
] as const;

/** The vitals section: one header, three tabs that are real links, the tab's page below. */
export function VitalsLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = tabs.find((tab) => pathname.startsWith(tab.to)) ?? tabs[0];
  // The browser tab names the tab too (this effect runs after the header's own).
  useDocumentTitle(`${t(`vitals.tabs.${active.key}`)} · ${t("vitals.title")}`);
  return (
    <div className="page">
      <PageHeader title={t("vitals.title")} subtitle={t(`vitals.subtitles.${active.key}`)} />
      <nav className="tabs" aria-label={t("vitals.tabs.label")} data-testid="vitals-tabs">
        {tabs.map(({ to, key, icon: Icon }) => (
          <NavLink key={to} to={to} className="tab">
            <Icon size={18} aria-hidden="true" />
            <span>{t(`vitals.tabs.${key}`)}</span>
          </NavLink>
        ))}
        {/* Sleep has its own page; on phones, where the tab bar has no room for it, this is its way in. */}
        <NavLink to="/sleep" className="tab">
          <Moon size={18} aria-hidden="true" />
          <span>{t("nav.sleep")}</span>
        </NavLink>
      </nav>
      <Outlet />
    </div>
  );
}
