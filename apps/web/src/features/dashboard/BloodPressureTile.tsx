import { ArrowRight, HeartPulse } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { ReadingSummary } from "../blood-pressure/LatestReading";
import { useLatestReading } from "../blood-pressure/useBloodPressure";

/** The latest blood pressure reading with its class, and the way to the page. */
export function BloodPressureTile() {
  const { t } = useTranslation();
  const latest = useLatestReading();
  return (
    <section className="card bp-tile" data-testid="dashboard-bp" aria-labelledby="dashboard-bp-label">
      <div className="bp-tile-head">
        <div className="stat-head">
          <span className="stat-icon bp-tile-icon" aria-hidden="true">
            <HeartPulse size={20} />
          </span>
          <h2 className="stat-label" id="dashboard-bp-label">
            {t("dashboard.bp.title")}
          </h2>
        </div>
        {latest.data && (
          <Link to="/vitals/blood-pressure" className="text-link with-icon">
            {t("dashboard.bp.open")}
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
      {latest.data === null && (
        <div className="bp-tile-empty">
          <p className="muted">{t("dashboard.bp.empty")}</p>
          <ButtonLink to="/vitals/blood-pressure" variant="secondary">
            {t("dashboard.bp.action")}
          </ButtonLink>
        </div>
      )}
      {latest.data && <ReadingSummary reading={latest.data} />}
    </section>
  );
}
