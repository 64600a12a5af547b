import { emailBody } from "@mitai/shared";
import { MailCheck, Send } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { Button } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useDocumentTitle } from "../../components/PageHeader";
import { useForgotPassword } from "./authApi";

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.forgot.title"));
  const forgot = useForgotPassword();
  const form = useSchemaForm(emailBody, { email: "" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ email }) => {
    forgot.mutate(email, { onError: (error) => applyServerFieldErrors(error, form.setError, ["email"]) });
  });

  if (forgot.isSuccess) {
    return (
      <div className="stack-lg" aria-live="polite">
        <div className="auth-icon" aria-hidden="true">
          <MailCheck size={32} />
        </div>
        <div className="auth-heading">
          <h1>{t("auth.checkMail.title")}</h1>
          <p>{t("auth.forgot.sent", { email: forgot.variables })}</p>
        </div>
        <p className="muted small">{t("auth.checkMail.noMail")}</p>
        <p className="auth-switch">
          <Link to="/login">{t("auth.backToLogin")}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="stack-lg">
      <div className="auth-heading">
        <h1>{t("auth.forgot.title")}</h1>
        <p className="muted">{t("auth.forgot.subtitle")}</p>
      </div>
      <form className="stack" noValidate onSubmit={onSubmit}>
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
        {forgot.isError && <ErrorMessage error={forgot.error} />}
        <Button
          type="submit"
          size="lg"
          block
          loading={forgot.isPending}
          icon={<Send size={20} aria-hidden="true" />}
        >
          {t("auth.forgot.submit")}
        </Button>
      </form>
      <p className="auth-switch">
        <Link to="/login">{t("auth.backToLogin")}</Link>
      </p>
    </div>
  );
}
