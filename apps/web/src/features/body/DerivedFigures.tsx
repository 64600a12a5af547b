import type { CircumferenceDerived } from "@mitai/shared";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useLocale } from "../../i18n";
import { formatPct, formatRatio } from "./format";

/** An entry's ratios and Navy body fat, the waist-height ratio coloured by its risk band. */
export function DerivedFigures({ derived }: { derived: CircumferenceDerived }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { waistHipRatio, waistHeightRatio, waistHeightRisk, navyBodyFatPct, missing } = derived;
  const needsSettings = missing.includes("height") || missing.includes("sex");
  return (
    <div className="girth-derived" data-testid="circumference-derived">
      <dl className="girth-derived-values">
        {waistHipRatio !== null && (
          <div className="vitals-value" data-figure="whr">
            <dt>{t("body.circumference.derived.whr")}</dt>
            <dd className="tabular">{formatRatio(waistHipRatio, locale)}</dd>
          </div>
        )}
        {waistHeightRatio !== null && waistHeightRisk !== null && (
          <div className={`vitals-value risk risk-${waistHeightRisk}`} data-figure="whtr">
            <dt>{t("body.circumference.derived.whtr")}</dt>
            <dd className="tabular">
              {formatRatio(waistHeightRatio, locale)}
              <span className="risk-label">{t(`body.circumference.derived.risk.${waistHeightRisk}`)}</span>
            </dd>
          </div>
        )}
        {navyBodyFatPct !== null && (
          <div className="vitals-value" data-figure="navy">
            <dt>{t("body.circumference.derived.navy")}</dt>
            <dd className="tabular">{formatPct(navyBodyFatPct, locale)}</dd>
          </div>
        )}
      </dl>
      {missing.length > 0 && (
        <p className="girth-missing muted small" data-testid="circumference-missing">
          {t("body.circumference.derived.missing", {
            items: missing.map((item) => t(`body.circumference.derived.missingItems.${item}`)).join(", "),
          })}
          {needsSettings && (
            <>
              {" · "}
              <Link to="/settings" className="text-link">
                {t("body.circumference.derived.settings")}
              </Link>
            </>
          )}
        </p>
      )}
    </div>
  );
}
