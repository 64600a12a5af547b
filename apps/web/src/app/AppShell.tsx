import { WifiOff } from "lucide-react";
import { useEffect, useRef, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { Link, NavLink, Outlet, useLocation } from "react-router";
import { LogoMark } from "../components/Logo";
import { useProfile } from "./auth";
import { initials, Nav } from "./Nav";

function subscribeOnline(listener: () => void) {
  window.addEventListener("online", listener);
  window.addEventListener("offline", listener);
  return () => {
    window.removeEventListener("online", listener);
    window.removeEventListener("offline", listener);
  };
}

function useOnline() {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}

export function AppShell() {
  const { t } = useTranslation();
  const online = useOnline();
  const profile = useProfile();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a page change, screen readers and keyboards start at the new page, not in the old nav.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (pathname) main.current?.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t("nav.skip")}
      </a>
      <Nav />
      <div className="shell-body">
        <header className="topbar">
          <Link to="/" className="topbar-brand">
            <LogoMark size={30} />
            <span>Mitai Jinkendo</span>
          </Link>
          <NavLink to="/settings" className="topbar-profile" aria-label={t("nav.settings")}>
            <span className="avatar" aria-hidden="true">
              {initials(profile.name)}
            </span>
          </NavLink>
        </header>
        {!online && (
          <div className="offline-banner" role="status">
            <WifiOff size={16} aria-hidden="true" />
            {t("common.offline")}
          </div>
        )}
        <main id="main" ref={main} tabIndex={-1} className="main">
          <Outlet />
        </main>
      </div>
    </div>
  );
}
