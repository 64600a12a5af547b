import { RefreshCw } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Outlet, ScrollRestoration, useNavigation, useRouteError } from "react-router";
import { Button, ButtonLink } from "../components/Button";
import { ErrorMessage } from "../components/ErrorMessage";
import { LogoMark } from "../components/Logo";
import { useDocumentTitle } from "../components/PageHeader";
import { Loading } from "../components/Spinner";

export function Root() {
  const navigation = useNavigation();
  return (
    <>
      {navigation.state === "loading" && <div className="route-progress" aria-hidden="true" />}
      <Outlet />
      <ScrollRestoration />
    </>
  );
}

export function RootFallback() {
  const { t } = useTranslation();
  return <Loading label={t("common.loading")} fill />;
}

/** A page that failed to render or load (often: a new version was deployed meanwhile). */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  useDocumentTitle(t("errors.pageTitle"));
  return (
    <main className="center-page">
      <div className="center-card stack">
        <LogoMark size={48} />
        <h1>{t("errors.pageTitle")}</h1>
        <ErrorMessage error={error} />
        <Button icon={<RefreshCw size={18} aria-hidden="true" />} onClick={() => window.location.reload()}>
          {t("errors.reload")}
        </Button>
      </div>
    </main>
  );
}

export function NotFoundPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notFound.title"));
  return (
    <main className="center-page">
      <div className="center-card stack">
        <LogoMark size={48} />
        <h1>{t("notFound.title")}</h1>
        <p className="muted">{t("notFound.text")}</p>
        <ButtonLink to="/">{t("notFound.home")}</ButtonLink>
      </div>
    </main>
  );
}
