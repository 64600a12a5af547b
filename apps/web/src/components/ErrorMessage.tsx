import { CircleCheck, CircleExclamationPoint, Info, WifiOff } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, describeError } from "../lib/apiError";

/** The translated text for any failure: by the server's code, else its own words. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => {
    const description = describeError(error);
    return "key" in description ? t(description.key) : description.text;
  };
}

type ErrorMessageProps = { error: unknown; action?: ReactNode; className?: string };

/** An error announced to screen readers (role="alert"), with an optional way out. */
export function ErrorMessage({ error, action, className }: ErrorMessageProps) {
  const errorText = useErrorText();
  const offline = error instanceof ApiError && error.code === "network";
  const Icon = offline ? WifiOff : CircleExclamationPoint;
  return (
    <div className={["notice", "notice-error", className ?? ""].filter(Boolean).join(" ")} role="alert">
      <Icon size={20} aria-hidden="true" className="notice-icon" />
      <div className="notice-body">
        <p>{errorText(error)}</p>
        {action && <div className="notice-action">{action}</div>}
      </div>
    </div>
  );
}

type NoticeProps = { tone?: "info" | "success"; children: ReactNode; action?: ReactNode };

/** A calm message that is not an error (role="status"). */
export function Notice({ tone = "info", children, action }: NoticeProps) {
  const Icon = tone === "success" ? CircleCheck : Info;
  return (
    <div className={`notice notice-${tone}`} role="status">
      <Icon size={20} aria-hidden="true" className="notice-icon" />
      <div className="notice-body">
        <div>{children}</div>
        {action && <div className="notice-action">{action}</div>}
      </div>
    </div>
  );
}
