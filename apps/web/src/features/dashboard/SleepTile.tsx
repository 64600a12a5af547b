import { ArrowRight, Moon } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { NightSummary } from "../sleep/LastNight";
import { useLastNight } from "../sleep/useSleep";

/** Last night's duration and rating, and the way to the sleep page. */
export function SleepTile() {
  const { t } = useTranslation();
  const last = useLastNight();
  return (
    <section
      className="card bp-tile sleep-tile"
      data-testid="dashboard-sleep"
      aria-labelledby="dashboard-sleep-label"
    >
      <div className="bp-tile-head">
        <div className="stat-head">
          <span className="stat-icon sleep-tile-icon" aria-hidden="true">
            <Moon size={20} />
          </span>
          <h2 className="stat-label" id="dashboard-sleep-label">
            {t("dashboard.sleep.title")}
          </h2>
        </div>
        {last.data && (
          <Link to="/sleep" className="text-link with-icon">
            {t("dashboard.sleep.open")}
            <ArrowRight size={16} aria-hidden="true" />
          </Link>
        )}
      </div>
      {last.isPending && (
        <div role="status" aria-label={t("common.loading")}>
          <Skeleton height={72} />
        </div>
      )}
      {last.isError && <ErrorMessage error={last.error} />}
      {last.data === null && (
        <div className="bp-tile-empty">
          <p className="muted">{t("dashboard.sleep.empty")}</p>
          <ButtonLink to="/sleep" variant="secondary">
            {t("dashboard.sleep.action")}
          </ButtonLink>
        </div>
      )}
      {last.data && <NightSummary night={last.data} />}
    </section>
  );
}
