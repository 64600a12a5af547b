import { ageOn, type CaliperEntry, type Profile } from "@mitai/shared";
import { Scale } from "lucide-react";
import { useTranslation } from "react-i18next";
import { ButtonLink } from "../../components/Button";
import { RowDate } from "../../components/RowDate";
import { useLocale } from "../../i18n";
import { formatDay } from "../../lib/dates";
import { formatKg } from "../../lib/number";
import { formatPct } from "./format";

type CaliperResultProps = { entry: CaliperEntry; profile: Profile };

/** Body fat, fat and lean mass (or why they are missing) and the category for sex and age. */
export function CaliperResult({ entry, profile }: CaliperResultProps) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const { sex, birthDate } = profile;
  const category = entry.category;
  return (
    <div className={`caliper-result caliper-${category.key}`} data-testid="caliper-result">
      <p className="caliper-result-meta muted small">
        <RowDate date={entry.date} />
        <span>{t(`body.caliper.methods.${entry.method}`)}</span>
      </p>
      <p className="caliper-result-value tabular" data-testid="caliper-body-fat">
        {formatPct(entry.bodyFatPct, locale)}
        <span className="caliper-result-unit">{t("body.caliper.result.bodyFat")}</span>
      </p>
      <p className={`caliper-category caliper-category-${category.key}`}>
        <strong>{t(`body.caliper.result.categories.${category.key}`)}</strong>
        {category.label && <span> · {t("body.caliper.result.range", { range: category.label })}</span>}
        {sex && birthDate && (
          <span className="muted">
            {" "}
            (
            {t("body.caliper.result.category", {
              sex: t(`body.caliper.result.sex.${sex}`),
              age: ageOn(birthDate, entry.date),
            })}
            )
          </span>
        )}
      </p>
      {entry.fatMassKg !== null && entry.leanMassKg !== null ? (
        <>
          <dl className="caliper-masses">
            <div>
              <dt>{t("body.caliper.result.fatMass")}</dt>
              <dd className="tabular">{formatKg(entry.fatMassKg, locale)}</dd>
            </div>
            <div>
              <dt>{t("body.caliper.result.leanMass")}</dt>
              <dd className="tabular">{formatKg(entry.leanMassKg, locale)}</dd>
            </div>
          </dl>
          {entry.weightKg !== null && entry.weightDate !== null && (
            <p className="muted small">
              {t("body.caliper.result.weightFrom", {
                weight: formatKg(entry.weightKg, locale),
                date: formatDay(entry.weightDate, locale, "short"),
              })}
            </p>
          )}
        </>
      ) : (
        <div className="caliper-no-mass" data-testid="caliper-mass-note">
          <p className="muted small">{t("body.caliper.result.noWeight")}</p>
          <ButtonLink
            to="/weight"
            variant="secondary"
            size="sm"
            icon={<Scale size={16} aria-hidden="true" />}
          >
            {t("body.caliper.result.logWeight")}
          </ButtonLink>
        </div>
      )}
    </div>
  );
}
