import { PASSWORD_MIN, resetPasswordBody } from "@mitai/shared";
import { KeyRound } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { applyServerFieldErrors, useSchemaForm } from "../../app/forms";
import type { LoginLocationState } from "../../app/loginState";
import { Button, ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useDocumentTitle } from "../../components/PageHeader";
import { PasswordField } from "../../components/PasswordField";
import { ApiError } from "../../lib/apiError";
import { useResetPassword } from "./authApi";

const passwordOnly = resetPasswordBody.pick({ password: true });

/** The target of the link in the reset mail: sets a new password, then on to the login page. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.reset.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const navigate = useNavigate();
  const reset = useResetPassword();
  const form = useSchemaForm(passwordOnly, { password: "" });
  const { errors } = form.formState;

  const onSubmit = form.handleSubmit(({ password }) => {
    reset.mutate(
      { token, password },
      {
        onSuccess: () => {
          const state: LoginLocationState = { passwordReset: true };
          navigate("/login", { replace: true, state });
        },
        onError: (error) => applyServerFieldErrors(error, form.setError, ["password"]),
      },
    );
  });

  const linkBroken = !token || (reset.error instanceof ApiError && reset.error.code === "invalid_token");

  return (
    <div className="stack-lg">
      <div className="auth-icon" aria-hidden="true">
        <KeyRound size={30} />
      </div>
      <div className="auth-heading">
        <h1>{t("auth.reset.title")}</h1>
        <p className="muted">{t("auth.reset.subtitle")}</p>
      </div>
      {linkBroken ? (
        <>
          <ErrorMessage error={reset.error ?? new ApiError(400, "invalid_token", "The link has no token.")} />
          <ButtonLink to="/forgot-password" size="lg" block>
            {t("auth.reset.again")}
          </ButtonLink>
        </>
      ) : (
        <form className="stack" noValidate onSubmit={onSubmit}>
          <PasswordField
            label={t("auth.newPassword")}
            autoComplete="new-password"
            hint={t("auth.passwordHint", { count: PASSWORD_MIN })}
            error={errors.password?.message}
            {...form.register("password")}
          />
          {reset.isError && <ErrorMessage error={reset.error} />}
          <Button type="submit" size="lg" block loading={reset.isPending}>
            {t("auth.reset.submit")}
          </Button>
        </form>
      )}
      <p className="auth-switch">
        <Link to="/login">{t("auth.backToLogin")}</Link>
      </p>
    </div>
  );
}
