import { ChevronDown } from "lucide-react";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

type OptionalSectionProps = {
  title: ReactNode;
  /** Open at first (a stored value, or an error inside that must be seen). */
  open?: boolean;
  children: ReactNode;
};

/** A collapsible group of optional fields in a form: a summary line with a chevron, the fields below. */
export function OptionalSection({ title, open, children }: OptionalSectionProps) {
  const { t } = useTranslation();
  return (
    <details className="optional-section" open={open || undefined}>
      <summary className="with-icon">
        <ChevronDown size={18} aria-hidden="true" className="optional-section-chevron" />
        {title}
        <span className="field-optional">{t("common.optional")}</span>
      </summary>
      {children}
    </details>
  );
}
