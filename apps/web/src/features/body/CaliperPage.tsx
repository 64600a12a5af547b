import { Percent, Settings } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { Card } from "../../components/Card";
import { DeleteEntryDialog, useEntryDeletion } from "../../components/DeleteEntryDialog";
import { EmptyState } from "../../components/EmptyState";
import { Notice } from "../../components/ErrorMessage";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { CaliperCharts } from "./CaliperChart";
import { CaliperForm } from "./CaliperForm";
import { CaliperList } from "./CaliperList";
import { CaliperResult } from "./CaliperResult";
import { useCaliperHistory, useDeleteCaliper } from "./useCaliper";

/** The caliper tab: method and sites, the result, its history as charts and a list. */
export function CaliperPage() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const history = useCaliperHistory();
  const deletion = useEntryDeletion(useDeleteCaliper(), t("body.caliper.delete.done"));
  const [savedId, setSavedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const entries = history.data ?? [];
  const hasProfile = profile.sex !== null && profile.birthDate !== null;
  // The one just saved, else the newest: a measurement logged for an earlier day still shows here.
  const shown = entries.find((e) => e.id === savedId) ?? entries[0] ?? null;

  return (
    <>
      <div className="body-layout">
        <Card className="body-entry" title={t("body.caliper.form.title")} titleId="caliper-entry-title">
          {profile.sex && profile.birthDate ? (
            <CaliperForm sex={profile.sex} onSaved={(entry) => setSavedId(entry.id)} />
          ) : (
            <div data-testid="caliper-needs-profile">
              <Notice
                action={
                  <ButtonLink
                    to="/settings"
                    variant="secondary"
                    size="sm"
                    icon={<Settings size={16} aria-hidden="true" />}
                  >
                    {t("body.caliper.needsProfile.action")}
                  </ButtonLink>
                }
              >
                <strong>{t("body.caliper.needsProfile.title")}</strong>
                <p>{t("body.caliper.needsProfile.text")}</p>
              </Notice>
            </div>
          )}
        </Card>
        <div className="body-side">
          {(entries.length > 0 || hasProfile) && (
            <Card
              className="body-result"
              title={t("body.caliper.result.title")}
              titleId="caliper-result-title"
            >
              {history.isPending && <LoadingRows rows={1} height={160} />}
              {history.isError && <RetryError error={history.error} retry={history.refetch} />}
              {history.data && shown && <CaliperResult entry={shown} profile={profile} />}
              {history.data && !shown && (
                <EmptyState
                  icon={<Percent size={28} />}
                  title={t("body.caliper.result.empty")}
                  text={t("body.caliper.result.emptyText")}
                />
              )}
            </Card>
          )}
          {entries.length > 0 && (
            <Card className="body-chart" title={t("body.caliper.chart.title")} titleId="caliper-chart-title">
              <CaliperCharts entries={entries} />
            </Card>
          )}
        </div>
        <Card className="body-history" title={t("body.caliper.list.title")} titleId="caliper-history-title">
          {history.isPending && <LoadingRows rows={3} height={64} />}
          {history.data && (
            <CaliperList
              entries={entries}
              sex={profile.sex}
              editingId={editingId}
              onEdit={setEditingId}
              onDelete={deletion.ask}
            />
          )}
        </Card>
      </div>
      <DeleteEntryDialog
        deletion={deletion}
        title={t("body.caliper.delete.title")}
        message={(entry) =>
          t("body.caliper.delete.message", { date: formatDay(entry.date, locale, "medium") })
        }
      />
    </>
  );
}
