import type { Role } from "@mitai/shared";
import {
  Apple,
  Dumbbell,
  HeartPulse,
  LayoutDashboard,
  type LucideIcon,
  Moon,
  PersonStanding,
  Settings,
  ShieldCheck,
  Weight,
} from "lucide-react";
import { useTranslation } from "react-i18next";
import { NavLink, useLocation } from "react-router";
import { Logo } from "../components/Logo";
import { useProfile } from "./auth";

type NavItem = {
  to: string;
  label:
    | "nav.dashboard"
    | "nav.weight"
    | "nav.body"
    | "nav.nutrition"
    | "nav.training"
    | "nav.vitals"
    | "nav.sleep"
    | "nav.settings"
    | "nav.admin";
  icon: LucideIcon;
  /** Left out of the phone's tab bar (reachable from another page there). */
  wideOnly?: boolean;
  /** Pages this tab stands for on phones, where their own item is left out (shown as its section). */
  phoneAlso?: readonly string[];
};

const items: readonly NavItem[] = [
  { to: "/", label: "nav.dashboard", icon: LayoutDashboard },
  // On phones Body is reached through the weight page's section tabs.
  { to: "/weight", label: "nav.weight", icon: Weight, phoneAlso: ["/body"] },
  { to: "/body", label: "nav.body", icon: PersonStanding, wideOnly: true },
  { to: "/nutrition", label: "nav.nutrition", icon: Apple },
  { to: "/training", label: "nav.training", icon: Dumbbell },
  { to: "/vitals", label: "nav.vitals", icon: HeartPulse, phoneAlso: ["/sleep"] },
  // On phones Sleep is a tab of the vitals section.
  { to: "/sleep", label: "nav.sleep", icon: Moon, wideOnly: true },
  // On phones the tab bar keeps five tabs: Settings is the avatar in the top bar there.
  { to: "/settings", label: "nav.settings", icon: Settings, wideOnly: true },
];

// Settings links to the admin page.
const adminItem: NavItem = { to: "/admin", label: "nav.admin", icon: ShieldCheck, wideOnly: true };

export function navItems(role: Role): readonly NavItem[] {
  return role === "admin" ? [...items, adminItem] : items;
}

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")).toUpperCase() || "?";
}

/** Bottom tab bar on phones, a sidebar on wide screens: one element, placed by CSS. */
export function Nav() {
  const { t } = useTranslation();
  const profile = useProfile();
  const { pathname } = useLocation();
  return (
    <nav className="app-nav" data-testid="app-nav" aria-label={t("nav.label")}>
      <div className="nav-brand">
        <Logo size={34} />
      </div>
      <ul className="nav-list">
        {navItems(profile.role).map(({ to, label, icon: Icon, wideOnly, phoneAlso }) => (
          <li key={to} className={wideOnly ? "nav-wide-only" : undefined}>
            <NavLink
              to={to}
              end={to === "/"}
              className={({ isActive }) =>
                isActive
                  ? "nav-link active"
                  : phoneAlso?.some((p) => pathname.startsWith(p))
                    ? "nav-link phone-active"
                    : "nav-link"
              }
            >
              <Icon size={22} aria-hidden="true" strokeWidth={2} />
              <span>{t(label)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
      <NavLink to="/settings" className="nav-profile">
        <span className="avatar" aria-hidden="true">
          {initials(profile.name)}
        </span>
        <span className="nav-profile-text">
          <span className="nav-profile-name">{profile.name}</span>
          <span className="nav-profile-email">{profile.email}</span>
        </span>
      </NavLink>
    </nav>
  );
}
