import { FoldHorizontal, Images, Ruler, Weight } from "lucide-react";
import { useTranslation } from "react-i18next";
import { NavLink, Outlet, useLocation } from "react-router";
import { PageHeader, useDocumentTitle } from "../../components/PageHeader";

const tabs = [
  { to: "/body/circumferences", key: "circumferences", icon: Ruler },
  { to: "/body/caliper", key: "caliper", icon: FoldHorizontal },
  { to: "/body/photos", key: "photos", icon: Images },
] as const;

/** The body section: one header, three tabs that are real links, the tab's page below. */
export function BodyLayout() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const active = tabs.find((tab) => pathname.startsWith(tab.to)) ?? tabs[0];
  useDocumentTitle(`${t(`body.tabs.${active.key}`)} · ${t("body.title")}`);
  return (
    <div className="page">
      <PageHeader title={t("body.title")} subtitle={t(`body.subtitles.${active.key}`)} />
      <BodySectionTabs />
      <Outlet />
    </div>
  );
}

/**
 * The body section's tabs. Phones have no tab for Body in their tab bar: Weight leads there, so on
 * phones the strip starts with Weight, and the weight page shows the same strip (`phoneOnly`).
 */
export function BodySectionTabs({ phoneOnly = false }: { phoneOnly?: boolean }) {
  const { t } = useTranslation();
  return (
    <nav
      className={phoneOnly ? "tabs tabs-phone-only" : "tabs"}
      aria-label={t("body.tabs.label")}
      data-testid="body-tabs"
    >
      <NavLink to="/weight" className="tab tab-phone-only">
        <Weight size={18} aria-hidden="true" />
        <span>{t("nav.weight")}</span>
      </NavLink>
      {tabs.map(({ to, key, icon: Icon }) => (
        <NavLink key={to} to={to} className="tab">
          <Icon size={18} aria-hidden="true" />
          <span>{t(`body.tabs.${key}`)}</span>
        </NavLink>
      ))}
    </nav>
  );
}
