import { RefreshCw } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { Button } from "../components/Button";
import { ErrorMessage } from "../components/ErrorMessage";
import { Loading } from "../components/Spinner";
import { ProfileProvider, useAuth, useProfile } from "./auth";
import { type LoginLocationState, readLoginState } from "./loginState";
import { lastSignOutReason } from "./token";

function SessionProblem({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  return (
    <main className="center-page">
      <ErrorMessage
        error={error}
        action={
          <Button
            variant="secondary"
            size="sm"
            icon={<RefreshCw size={16} aria-hidden="true" />}
            onClick={retry}
          >
            {t("common.retry")}
          </Button>
        }
      />
    </main>
  );
}

/** The signed-in part of the app: sends strangers to the login page and remembers where they were going. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === "anonymous") {
    const loginState: LoginLocationState = {
      from: lastSignOutReason() === "logout" ? undefined : `${location.pathname}${location.search}`,
      expired: lastSignOutReason() === "expired",
    };
    return <Navigate to="/login" replace state={loginState} />;
  }
  if (state.status === "loading") return <Loading label={t("common.loading")} fill />;
  if (state.status === "error") return <SessionProblem error={state.error} retry={state.retry} />;
  return (
    <ProfileProvider value={state.profile}>
      <Outlet />
    </ProfileProvider>
  );
}

/** Login and registration: a signed-in user goes on to where they wanted to go. */
export function GuestOnly() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const location = useLocation();
  if (state.status === "authenticated") {
    return <Navigate to={readLoginState(location.state).from ?? "/"} replace />;
  }
  if (state.status === "loading") return <Loading label={t("common.loading")} fill />;
  return <Outlet />;
}

export function RequireAdmin() {
  const profile = useProfile();
  if (profile.role !== "admin") return <Navigate to="/" replace />;
  return <Outlet />;
}
