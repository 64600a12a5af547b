import { useTranslation } from "react-i18next";
import { Button } from "./Button";
import { ErrorMessage } from "./ErrorMessage";
import { Skeleton } from "./Spinner";

/** Placeholder rows while a list loads, announced as loading. */
export function LoadingRows({ rows = 4, height = 56 }: { rows?: number; height?: number }) {
  const { t } = useTranslation();
  return (
    <div className="stack-sm" role="status" aria-label={t("common.loading")}>
      {Array.from({ length: rows }, (_, n) => `row-${n}`).map((id) => (
        <Skeleton key={id} height={height} />
      ))}
    </div>
  );
}

/** A failed load with a retry button. */
export function RetryError({ error, retry }: { error: unknown; retry: () => unknown }) {
  const { t } = useTranslation();
  return (
    <ErrorMessage
      error={error}
      action={
        <Button variant="secondary" size="sm" onClick={() => void retry()}>
          {t("common.retry")}
        </Button>
      }
    />
  );
}
