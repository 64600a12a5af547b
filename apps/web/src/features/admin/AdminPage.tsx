import { Dumbbell, Search, Tags, Users } from "lucide-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useProfile } from "../../app/auth";
import { buttonClass } from "../../components/Button";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { PageHeader } from "../../components/PageHeader";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { ProfileRow } from "./ProfileRow";
import { matchesProfile, useProfiles } from "./useProfiles";

export function AdminPage() {
  const { t } = useTranslation();
  const me = useProfile();
  const profiles = useProfiles();
  const [query, setQuery] = useState("");
  const searchId = useId();

  const all = profiles.data ?? [];
  const shown = all.filter((entry) => matchesProfile(entry, query));
  const admins = all.filter((entry) => entry.role === "admin").length;

  return (
    <div className="page">
      <PageHeader
        title={t("admin.title")}
        subtitle={profiles.data ? t("admin.summary", { count: all.length, admins }) : t("admin.subtitle")}
        actions={
          <nav className="admin-sections" aria-label={t("admin.sections")}>
            <Link to="/admin/training-types" className={buttonClass("secondary", "sm")}>
              <Dumbbell size={16} aria-hidden="true" />
              {t("adminTraining.types.title")}
            </Link>
            <Link to="/admin/activity-mappings" className={buttonClass("secondary", "sm")}>
              <Tags size={16} aria-hidden="true" />
              {t("adminTraining.mappings.title")}
            </Link>
          </nav>
        }
      />
      <Card>
        <div className="search-field">
          <Search size={18} aria-hidden="true" />
          <label htmlFor={searchId} className="visually-hidden">
            {t("admin.search")}
          </label>
          <input
            id={searchId}
            type="search"
            className="input"
            placeholder={t("admin.search")}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        </div>
        {profiles.isPending && <LoadingRows rows={3} height={72} />}
        {profiles.isError && <RetryError error={profiles.error} retry={profiles.refetch} />}
        {profiles.data && shown.length === 0 && (
          <EmptyState icon={<Users size={28} />} title={t("admin.none")} text={t("admin.noneText")} />
        )}
        {shown.length > 0 && (
          <ul className="profile-list" data-testid="profile-list">
            {shown.map((entry) => (
              <ProfileRow key={entry.id} entry={entry} isSelf={entry.id === me.id} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
