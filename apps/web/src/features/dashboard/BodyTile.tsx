import { ArrowRight, PersonStanding } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { Skeleton } from "../../components/Spinner";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { formatCm, formatPct, formatRatio } from "../body/format";
import { useLatestCaliper } from "../body/useCaliper";
import { useLatestCircumferences } from "../body/useCircumferences";
import { latestBodyFat, latestWaist } from "./bodyTile";

/** The latest body fat (caliper or Navy estimate) and waist, and the way to the body page. */
export function BodyTile() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const caliper = useLatestCaliper();
  const girths = useLatestCircumferences();
  const pending = caliper.isPending || girths.isPending;
  const error = caliper.error ?? girths.error;
  const fat = latestBodyFat(caliper.data ?? [], girths.data ?? []);
  const waist = latestWaist(girths.data ?? []);
  const has = fat !== null || waist !== null;
  return (
    <section
      className="card bp-tile body-tile"
      data-testid="dashboard-body"
      aria-labelledby="dashboard-body-label"
    >
      <div className="bp-tile-head">
        <div className="stat-head">
          <span className="stat-icon body-tile-icon" aria-hidden="true">
            <PersonStanding size={20} />
          </span>
          <h2 className="stat-label" id="dashboard-body-label">
            {t("dashboard.body.title")}
          </h2>
        </div>
        {has && (
          <Link to="/body" className="text-link with-icon">
            {t("dashboard.body.open")}
            <ArrowRight size={16} aria-hidden="true" />
          </Link>
        )}
      </div>
      {pending && (
        <div role="status" aria-label={t("common.loading")}>
          <Skeleton height={72} />
        </div>
      )}
      {error && <ErrorMessage error={error} />}
      {!pending && !error && !has && (
        <div className="bp-tile-empty">
          <p className="muted">{t("dashboard.body.empty")}</p>
          <ButtonLink to="/body" variant="secondary">
            {t("dashboard.body.action")}
          </ButtonLink>
        </div>
      )}
      {!pending && !error && has && (
        <dl className="body-tile-values">
          <div data-testid="dashboard-body-fat">
            <dt>{t("dashboard.body.bodyFat")}</dt>
            <dd className="tabular">{fat ? formatPct(fat.pct, locale) : "–"}</dd>
            {fat && (
              <span className="body-tile-detail">
                {fat.source === "caliper"
                  ? t(`body.caliper.methods.${fat.method}`)
                  : t("dashboard.body.navy")}{" "}
                · {formatDay(fat.date, locale, "short")}
              </span>
            )}
          </div>
          <div data-testid="dashboard-waist">
            <dt>{t("dashboard.body.waist")}</dt>
            <dd className="tabular">{waist ? formatCm(waist.cm, locale) : "–"}</dd>
            {waist && (
              <span className="body-tile-detail">
                {waist.waistHeightRatio !== null && waist.risk !== null
                  ? `${t("body.circumference.derived.whtr")} ${formatRatio(waist.waistHeightRatio, locale)} · ${t(`body.circumference.derived.risk.${waist.risk}`)}`
                  : formatDay(waist.date, locale, "short")}
              </span>
            )}
          </div>
        </dl>
      )}
    </section>
  );
}
