import { Activity, ArrowRight } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { BaselineMetric, cardMetrics } from "../vitals/BaselineCards";
import { useLatestVitals } from "../vitals/useVitals";

/** The latest resting HR and HRV against their baselines, and the way to the baseline tab. */
export function VitalsTile() {
  const { t } = useTranslation();
  const latest = useLatestVitals();
  const has = latest.data && latest.data.length > 0;
  return (
    <section
      className="card bp-tile vitals-tile"
      data-testid="dashboard-vitals"
      aria-labelledby="dashboard-vitals-label"
    >
      <div className="bp-tile-head">
        <div className="stat-head">
          <span className="stat-icon vitals-tile-icon" aria-hidden="true">
            <Activity size={20} />
          </span>
          <h2 className="stat-label" id="dashboard-vitals-label">
            {t("dashboard.vitals.title")}
          </h2>
        </div>
        {has && (
          <Link to="/vitals/baseline" className="text-link with-icon">
            {t("dashboard.vitals.open")}
            <ArrowRight size={16} aria-hidden="true" />
          </Link>
        )}
      </div>
      {latest.isPending && (
        <div role="status" aria-label={t("common.loading")}>
          <Skeleton height={72} />
        </div>
      )}
      {latest.isError && <ErrorMessage error={latest.error} />}
      {latest.data && !has && (
        <div className="bp-tile-empty">
          <p className="muted">{t("dashboard.vitals.empty")}</p>
          <ButtonLink to="/vitals/baseline" variant="secondary">
            {t("dashboard.vitals.action")}
          </ButtonLink>
        </div>
      )}
      {latest.data && has && (
        <div className="baseline-grid baseline-grid-compact">
          {cardMetrics.map((metric) => (
            <BaselineMetric key={metric} entries={latest.data} metric={metric} compact />
          ))}
        </div>
      )}
    </section>
  );
}
