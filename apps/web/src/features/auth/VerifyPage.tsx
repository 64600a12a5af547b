import { CircleCheck, Link2Off } from "lucide-react";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../../app/auth";
import { ButtonLink } from "../../components/Button";
import { ErrorMessage } from "../../components/ErrorMessage";
import { useDocumentTitle } from "../../components/PageHeader";
import { Loading } from "../../components/Spinner";
import { useToast } from "../../components/Toast";
import { ApiError } from "../../lib/apiError";
import { useVerify } from "./authApi";

const missingToken = new ApiError(400, "invalid_token", "The link has no token.");

/** The target of the link in the verification mail: confirms the address and signs the user in. */
export function VerifyPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("auth.verify.title"));
  const [params] = useSearchParams();
  const token = params.get("token") ?? "";
  const verify = useVerify();
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const toast = useToast();
  const started = useRef(false);

  // Once: the token works a single time (and StrictMode runs effects twice in development).
  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    verify.mutate(token, {
      onSuccess: (auth) => {
        signIn(auth);
        toast.show(t("auth.verify.done", { name: auth.profile.name }));
        navigate("/", { replace: true });
      },
    });
  }, [token, verify, signIn, navigate, toast, t]);

  if (!token || verify.isError) {
    return (
      <div className="stack-lg">
        <div className="auth-icon auth-icon-warn" aria-hidden="true">
          <Link2Off size={30} />
        </div>
        <div className="auth-heading">
          <h1>{t("auth.verify.failedTitle")}</h1>
        </div>
        <ErrorMessage error={verify.error ?? missingToken} />
        <p className="muted">{t("auth.verify.failedHelp")}</p>
        <ButtonLink to="/login" block size="lg">
          {t("auth.backToLogin")}
        </ButtonLink>
      </div>
    );
  }

  return (
    <div className="stack-lg">
      <div className="auth-icon" aria-hidden="true">
        <CircleCheck size={32} />
      </div>
      <div className="auth-heading">
        <h1>{t("auth.verify.title")}</h1>
        <p className="muted">{t("auth.verify.working")}</p>
      </div>
      <Loading label={t("auth.verify.working")} />
      <p className="auth-switch">
        <Link to="/login">{t("auth.backToLogin")}</Link>
      </p>
    </div>
  );
}
