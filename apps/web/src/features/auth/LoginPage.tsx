import { type LoginBody, loginBody } from "@mitai/shared";
import { LogIn } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useAuth } from "../../app/auth";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import { readLoginState } from "../../app/loginState";
import { Button } from "../../components/Button";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { TextField } from "../../components/Field";
import { useDocumentTitle } from "../../components/PageHeader";
import { PasswordField } from "../../components/PasswordField";
import { ApiError } from "../../lib/apiError";
import { useLogin } from "./authApi";
import { ResendVerification } from "./ResendVerification";

export function LoginPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.login.title"));
  const { signIn } = useAuth();
  const location = useLocation();
  const notice = readLoginState(location.state);
  const login = useLogin();
  const form = useSchemaForm(loginBody, { email: "", password: "" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit((body: LoginBody) => {
    login.mutate(body, {
      // GuestOnly sends the now signed-in user on to where they were going.
      onSuccess: signIn,
      onError: (error) => applyServerFieldErrors(error, form.setError, ["email", "password"]),
    });
  });

  const notVerified = login.error instanceof ApiError && login.error.code === "email_not_verified";

  return (
    <div className="stack-lg">
      <div className="auth-heading">
        <h1>{t("auth.login.title")}</h1>
        <p className="muted">{t("auth.login.subtitle")}</p>
      </div>
      {notice.passwordReset && <Notice tone="success">{t("auth.reset.done")}</Notice>}
      {notice.expired && !login.isError && <Notice>{t("auth.login.expired")}</Notice>}
      <form className="stack" data-testid="login-form" noValidate onSubmit={onSubmit}>
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
        <PasswordField
          label={t("auth.password")}
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register("password")}
        />
        <div className="form-row-end">
          <Link to="/forgot-password" className="text-link">
            {t("auth.login.forgot")}
          </Link>
        </div>
        {login.isError && (
          <ErrorMessage
            error={login.error}
            action={notVerified ? <ResendVerification email={form.getValues("email")} /> : undefined}
          />
        )}
        <Button
          type="submit"
          size="lg"
          block
          loading={login.isPending}
          icon={<LogIn size={20} aria-hidden="true" />}
        >
          {t("auth.login.submit")}
        </Button>
      </form>
      <p className="auth-switch">
        {t("auth.login.noAccount")} <Link to="/register">{t("auth.login.toRegister")}</Link>
      </p>
    </div>
  );
}
