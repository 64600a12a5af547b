import type { CaliperEntry } from "@mitai/shared";
import { Percent, Settings } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { Card } from "../../components/Card";
import { ConfirmDialog } from "../../components/Dialog";
import { EmptyState } from "../../components/EmptyState";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { LoadingRows, RetryError } from "../../components/QueryStates";
import { useToast } from "../../components/Toast";
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
  const toast = useToast();
  const history = useCaliperHistory();
  const remove = useDeleteCaliper();
  const [savedId, setSavedId] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<CaliperEntry | null>(null);
  const entries = history.data ?? [];
  const hasProfile = profile.sex !== null && profile.birthDate !== null;
  // The one just saved, else the newest: a measurement logged for an earlier day still shows here.
  const shown = entries.find((e) => e.id === savedId) ?? entries[0] ?? null;

  const confirmDelete = () => {
    if (!deleting) return;
    remove.mutate(deleting, {
      onSuccess: () => {
        toast.show(t("body.caliper.delete.done"));
        setDeleting(null);
      },
    });
  };

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
              onDelete={(entry) => {
                remove.reset();
                setDeleting(entry);
              }}
            />
          )}
        </Card>
      </div>
      <ConfirmDialog
        open={deleting !== null}
        title={t("body.caliper.delete.title")}
        message={
          deleting
            ? t("body.caliper.delete.message", { date: formatDay(deleting.date, locale, "medium") })
            : ""
        }
        confirmLabel={t("common.delete")}
        confirmTestId="confirm-delete"
        busy={remove.isPending}
        error={remove.isError ? <ErrorMessage error={remove.error} /> : null}
        onConfirm={confirmDelete}
        onClose={() => setDeleting(null)}
      />
    </>
  );
}
