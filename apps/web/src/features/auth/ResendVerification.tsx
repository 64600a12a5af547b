import { Send } from "lucide-react";
import { useTranslation } from "react-i18next";
import { Button } from "../../components/Button";
import { ErrorMessage, Notice } from "../../components/ErrorMessage";
import { useResendVerification } from "./authApi";

/** "Send the link again", for an address whose verification mail is lost or expired. */
export function ResendVerification({ email }: { email: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  if (resend.isSuccess) {
    return <Notice tone="success">{t("auth.resend.sent", { email })}</Notice>;
  }
  return (
    <div className="stack-sm">
      <Button
        variant="secondary"
        icon={<Send size={18} aria-hidden="true" />}
        loading={resend.isPending}
        onClick={() => resend.mutate(email)}
      >
        {t("auth.resend.button")}
      </Button>
      {resend.isError && <ErrorMessage error={resend.error} />}
    </div>
  );
}
