import { type Profile, type Role, roles } from "@mitai/shared";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useErrorText } from "../../components/ErrorMessage";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { formatInstantDay } from "../../lib/dates";
import { useUpdateProfileAsAdmin } from "./useProfiles";

function isRole(value: string): value is Role {
  return roles.some((role) => role === value);
}

type ProfileRowProps = { entry: Profile; isSelf: boolean };

/** One account with its role and whether it may sign in; an admin cannot lock themself out. */
export function ProfileRow({ entry, isSelf }: ProfileRowProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const toast = useToast();
  const errorText = useErrorText();
  const update = useUpdateProfileAsAdmin();
  const roleId = useId();
  const activeId = useId();

  const save = (body: { role?: Role; active?: boolean }) =>
    update.mutate(
      { id: entry.id, body },
      {
        onSuccess: (saved) => toast.show(t("admin.saved", { name: saved.name })),
        onError: (error) => toast.show(errorText(error), "error"),
      },
    );

  return (
    <li className={entry.active ? "profile-row" : "profile-row profile-inactive"} data-testid="profile-row">
      <div className="profile-who">
        <span className="avatar" aria-hidden="true">
          {entry.name.trim().charAt(0).toUpperCase() || "?"}
        </span>
        <div className="profile-who-text">
          <p className="profile-name">
            {entry.name}
            {isSelf && <span className="badge badge-accent">{t("admin.you")}</span>}
          </p>
          <p className="profile-email">{entry.email}</p>
          <p className="profile-meta">
            {entry.emailVerified ? (
              <span className="badge badge-success">{t("admin.verified")}</span>
            ) : (
              <span className="badge badge-warning">{t("admin.unverified")}</span>
            )}
            <span>{t("admin.since", { date: formatInstantDay(entry.createdAt, locale) })}</span>
          </p>
        </div>
      </div>
      <div className="profile-controls">
        <div className="profile-control">
          <label htmlFor={roleId} className="field-label">
            {t("admin.role")}
          </label>
          <select
            id={roleId}
            className="input select input-sm"
            value={entry.role}
            disabled={isSelf || update.isPending}
            onChange={(event) => {
              const role = event.target.value;
              if (isRole(role)) save({ role });
            }}
          >
            {roles.map((role) => (
              <option key={role} value={role}>
                {t(`admin.roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="profile-control">
          <label htmlFor={activeId} className="field-label">
            {t("admin.active")}
          </label>
          <button
            id={activeId}
            type="button"
            role="switch"
            aria-checked={entry.active}
            className="switch"
            disabled={isSelf || update.isPending}
            onClick={() => save({ active: !entry.active })}
          >
            <span className="switch-track" aria-hidden="true">
              <span className="switch-thumb" />
            </span>
            <span className="switch-text">{entry.active ? t("admin.activeOn") : t("admin.activeOff")}</span>
          </button>
        </div>
      </div>
    </li>
  );
}
