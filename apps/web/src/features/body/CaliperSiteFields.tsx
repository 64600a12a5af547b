import type { CaliperSite } from "@mitai/shared";
import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { TextField } from "../../components/Field";
import type { CaliperFormValues } from "./caliperForm";

type CaliperSiteFieldsProps = {
  sites: readonly CaliperSite[];
  register: UseFormRegister<CaliperFormValues>;
  errors: FieldErrors<CaliperFormValues>;
};

/** The skinfolds a method needs, each with where and how to pinch: the entry form's and a row's edit. */
export function CaliperSiteFields({ sites, register, errors }: CaliperSiteFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="caliper-sites" data-testid="caliper-sites">
      <legend className="field-label">{t("body.caliper.form.sites")}</legend>
      <p className="muted small">{t("body.caliper.form.tip")}</p>
      <div className="caliper-site-fields">
        {sites.map((site) => (
          <TextField
            key={site}
            label={t(`body.caliper.sites.${site}`)}
            hint={t(`body.caliper.siteHowTo.${site}`)}
            inputMode="decimal"
            autoComplete="off"
            enterKeyHint="next"
            maxLength={5}
            className="tabular"
            suffix={t("body.units.mm")}
            error={errors[site]?.message}
            {...register(site)}
          />
        ))}
      </div>
    </fieldset>
  );
}
