import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useProfile } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { SelectField, TextField } from "../../components/Field";
import { useToast } from "../../components/Toast";
import { useLocale } from "../../i18n";
import { timeZoneOptions } from "../../lib/dates";
import { type ProfileFormValues, profileFormSchema, profileFormValues } from "./profileForm";
import { useUpdateProfile } from "./useProfileSettings";

const fieldNames = [
  "name",
  "sex",
  "birthDate",
  "heightCm",
  "goalWeightKg",
  "timeZone",
  "sessionDays",
] as const satisfies readonly (keyof ProfileFormValues)[];

export function ProfileForm() {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const profile = useProfile();
  const toast = useToast();
  const update = useUpdateProfile();
  const form = useSchemaForm(profileFormSchema, profileFormValues(profile, locale));
  const { errors, isDirty } = form.formState;
  const zones = useMemo(() => timeZoneOptions(profile.timeZone), [profile.timeZone]);

  const onSubmit = form.handleSubmit((body) => {
    update.mutate(body, {
      onSuccess: (saved) => {
        form.reset(profileFormValues(saved, locale));
        toast.show(t("settings.profile.saved"));
      },
      onError: (error) => applyServerFieldErrors(error, form.setError, fieldNames),
    });
  });

  return (
    <form className="stack" noValidate onSubmit={onSubmit} data-testid="profile-form">
      <div className="form-grid">
        <TextField
          label={t("settings.profile.name")}
          autoComplete="name"
          error={errors.name?.message}
          {...form.register("name")}
        />
        <TextField
          label={t("auth.email")}
          type="email"
          value={profile.email}
          readOnly
          hint={t("settings.profile.emailHint")}
          className="input-readonly"
        />
        <SelectField label={t("settings.profile.sex")} error={errors.sex?.message} {...form.register("sex")}>
          <option value="">{t("settings.profile.sexNone")}</option>
          <option value="female">{t("settings.profile.female")}</option>
          <option value="male">{t("settings.profile.male")}</option>
        </SelectField>
        <TextField
          label={t("settings.profile.birthDate")}
          type="date"
          min="1900-01-01"
          optional={t("common.optional")}
          error={errors.birthDate?.message}
          {...form.register("birthDate")}
        />
        <TextField
          label={t("settings.profile.height")}
          inputMode="decimal"
          autoComplete="off"
          suffix="cm"
          optional={t("common.optional")}
          hint={t("settings.profile.heightHint")}
          error={errors.heightCm?.message}
          {...form.register("heightCm")}
        />
        <TextField
          label={t("settings.profile.goal")}
          inputMode="decimal"
          autoComplete="off"
          suffix="kg"
          optional={t("common.optional")}
          error={errors.goalWeightKg?.message}
          {...form.register("goalWeightKg")}
        />
        <SelectField
          label={t("settings.profile.timeZone")}
          hint={t("settings.profile.timeZoneHint")}
          error={errors.timeZone?.message}
          {...form.register("timeZone")}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </SelectField>
        <TextField
          label={t("settings.profile.sessionDays")}
          inputMode="numeric"
          autoComplete="off"
          suffix={t("settings.profile.days")}
          hint={t("settings.profile.sessionDaysHint")}
          error={errors.sessionDays?.message}
          {...form.register("sessionDays")}
        />
      </div>
      {update.isError && <ErrorMessage error={update.error} />}
      <div className="form-actions">
        <Button type="submit" loading={update.isPending} disabled={!isDirty && !update.isPending}>
          {t("settings.profile.save")}
        </Button>
      </div>
    </form>
  );
}
