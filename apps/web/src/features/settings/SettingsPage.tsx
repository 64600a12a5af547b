import { ChevronRight, LogOut, ShieldCheck } from "lucide-react";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useAuth, useProfile } from "../../app/auth";
import { Button } from "../../components/Button";
import { Card } from "../../components/Card";
import { PageHeader } from "../../components/PageHeader";
import { useLocale } from "../../i18n";
import { formatInstantDay } from "../../lib/dates";
import { NutritionGoalsForm } from "./NutritionGoalsForm";
import { PreferencesForm } from "./PreferencesForm";
import { ProfileForm } from "./ProfileForm";

export function SettingsPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const { signOut } = useAuth();
  const [leaving, setLeaving] = useState(false);
  const { hash } = useLocation();

  // A link to one card ("/settings#settings-goals", from the dashboard) lands on it, not on the profile.
  useEffect(() => {
    if (hash) document.getElementById(decodeURIComponent(hash.slice(1)))?.scrollIntoView({ block: "start" });
  }, [hash]);

  const logout = async () => {
    setLeaving(true);
    await signOut();
  };

  return (
    <div className="page">
      <PageHeader title={t("settings.title")} subtitle={t("settings.subtitle")} />
      <div className="settings-layout">
        <div className="settings-main">
          <Card title={t("settings.profile.title")} titleId="settings-profile" className="settings-profile">
            <ProfileForm />
          </Card>
          <Card title={t("goals.title")} titleId="settings-goals" className="settings-goals">
            <NutritionGoalsForm />
          </Card>
        </div>
        <div className="settings-side">
          <Card title={t("settings.preferences")} titleId="settings-preferences">
            <PreferencesForm />
          </Card>
          {profile.role === "admin" && (
            <Card title={t("settings.admin.title")} titleId="settings-admin">
              <Link to="/admin" className="list-link">
                <ShieldCheck size={20} aria-hidden="true" />
                <span>
                  <strong>{t("settings.admin.link")}</strong>
                  <span className="list-link-detail">{t("settings.admin.detail")}</span>
                </span>
                <ChevronRight size={18} aria-hidden="true" />
              </Link>
            </Card>
          )}
          <Card title={t("settings.account.title")} titleId="settings-account">
            <div className="stack">
              <p className="muted small">
                {t("settings.account.since", {
                  date: formatInstantDay(profile.createdAt, locale, profile.timeZone),
                })}
              </p>
              <Button
                variant="secondary"
                block
                data-testid="logout"
                loading={leaving}
                icon={<LogOut size={18} aria-hidden="true" />}
                onClick={logout}
              >
                {t("settings.account.logout")}
              </Button>
            </div>
          </Card>
        </div>
      </div>
    </div>
  );
}
