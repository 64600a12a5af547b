import { ChartLine, ShieldCheck, Smartphone } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { Logo } from "../../components/Logo";
import { LanguageSwitch } from "./LanguageSwitch";

/** The frame of every page before sign-in: the product on the left (wide screens), the form on the right. */
export function AuthLayout() {
  const { t } = useTranslation();
  return (
    <div className="auth-layout">
      <aside className="auth-hero" aria-label={t("auth.hero.label")}>
        <Logo size={40} />
        <div className="auth-hero-copy">
          <p className="auth-hero-title">{t("auth.hero.title")}</p>
          <ul className="auth-hero-points">
            <li>
              <Smartphone size={20} aria-hidden="true" />
              {t("auth.hero.point1")}
            </li>
            <li>
              <ChartLine size={20} aria-hidden="true" />
              {t("auth.hero.point2")}
            </li>
            <li>
              <ShieldCheck size={20} aria-hidden="true" />
              {t("auth.hero.point3")}
            </li>
          </ul>
        </div>
      </aside>
      <div className="auth-side">
        <header className="auth-top">
          <span className="auth-top-logo">
            <Logo size={34} />
          </span>
          <LanguageSwitch />
        </header>
        <main id="main" className="auth-main">
          <div className="auth-card">
            <Outlet />
          </div>
        </main>
      </div>
    </div>
  );
}
