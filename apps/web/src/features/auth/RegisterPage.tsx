import { PASSWORD_MIN, type RegisterBody, registerBody } from "@mitai/shared";
import { MailCheck, UserPlus } from "lucide-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useDocumentTitle } from "../../components/PageHeader";
import { PasswordField } from "../../components/PasswordField";
import { currentLanguage } from "../../i18n";
import { ApiError } from "../../lib/apiError";
import { browserTimeZone } from "../../lib/dates";
import { useRegister } from "./authApi";
import { ResendVerification } from "./ResendVerification";

function CheckYourMail({ email }: { email: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.checkMail.title"));
  return (
    <div className="stack-lg" aria-live="polite">
      <div className="auth-icon" aria-hidden="true">
        <MailCheck size={32} />
      </div>
      <div className="auth-heading">
        <h1>{t("auth.checkMail.title")}</h1>
        <p>{t("auth.checkMail.text", { email })}</p>
      </div>
      <p className="muted small">{t("auth.checkMail.noMail")}</p>
      <ResendVerification email={email} />
      <p className="auth-switch">
        <Link to="/login">{t("auth.backToLogin")}</Link>
      </p>
    </div>
  );
}

export function RegisterPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.register.title"));
  const register = useRegister();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useSchemaForm(registerBody, { name: "", email: "", password: "" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body: RegisterBody) => {
    const request = { ...body, language: currentLanguage(), timeZone: browserTimeZone() };
    register.mutate(request, {
      onSuccess: () => setSentTo(body.email),
      onError: (error) => {
        if (error instanceof ApiError && error.code === "email_taken") {
          form.setError("email", { type: "server", message: t("errors.email_taken") }, { shouldFocus: true });
          return;
        }
        applyServerFieldErrors(error, form.setError, ["name", "email", "password"]);
      },
    });
  });

  if (sentTo) return <CheckYourMail email={sentTo} />;

  const emailTaken = register.error instanceof ApiError && register.error.code === "email_taken";

  return (
    <div className="stack-lg">
      <div className="auth-heading">
        <h1>{t("auth.register.title")}</h1>
        <p className="muted">{t("auth.register.subtitle")}</p>
      </div>
      <form className="stack" data-testid="register-form" noValidate onSubmit={onSubmit}>
        <TextField
          label={t("auth.name")}
          autoComplete="name"
          error={errors.name?.message}
          {...form.register("name")}
        />
        <TextField
          label={t("auth.email")}
          type="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.email?.message}
          {...form.register("email")}
        />
        {emailTaken && (
          <p className="small">
            <Link to="/login">{t("auth.register.toLogin")}</Link> ·{" "}
            <Link to="/forgot-password">{t("auth.login.forgot")}</Link>
          </p>
        )}
        <PasswordField
          label={t("auth.password")}
          autoComplete="new-password"
          hint={t("auth.passwordHint", { count: PASSWORD_MIN })}
          error={errors.password?.message}
          {...form.register("password")}
        />
        {register.isError && !emailTaken && <ErrorMessage error={register.error} />}
        <Button
          type="submit"
          size="lg"
          block
          loading={register.isPending}
          icon={<UserPlus size={20} aria-hidden="true" />}
        >
          {t("auth.register.submit")}
        </Button>
      </form>
      <p className="auth-switch">
        {t("auth.register.haveAccount")} <Link to="/login">{t("auth.register.toLogin")}</Link>
      </p>
    </div>
  );
}
