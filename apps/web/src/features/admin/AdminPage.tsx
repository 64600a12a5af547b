import { Search, Users } from "lucide-react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { Button } from "../../components/Button";
import { Card } from "../../components/Card";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage } from "../../components/ErrorMessage";
import { PageHeader } from "../../components/PageHeader";
import { Skeleton } from "../../components/Spinner";
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
        {profiles.isPending && (
          <div className="stack-sm" role="status" aria-label={t("common.loading")}>
            {[0, 1, 2].map((n) => (
              <Skeleton key={n} height={72} />
            ))}
          </div>
        )}
        {profiles.isError && (
          <ErrorMessage
            error={profiles.error}
            action={
              <Button variant="secondary" size="sm" onClick={() => void profiles.refetch()}>
                {t("common.retry")}
              </Button>
            }
          />
        )}
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
