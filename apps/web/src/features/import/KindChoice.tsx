import { mappableKinds } from "@mitai/shared";
import type { UseFormRegisterReturn } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { KindIcon } from "./KindIcon";

/**
 * What the file holds: one large radio card per kind a CSV can be mapped to, each with its picture
 * and what such a file has.
 */
export function KindChoice({ registration }: { registration: UseFormRegisterReturn<"kind"> }) {
  const { t } = useTranslation();
  return (
    <fieldset className="import-kind-choice">
      <legend className="import-subtitle">{t("import.mapping.kindLegend")}</legend>
      <div className="import-kind-options">
        {mappableKinds.map((kind) => (
          <label key={kind} className="import-kind-option" data-testid={`import-kind-${kind}`}>
            <input type="radio" value={kind} {...registration} />
            <span className="import-kind-card">
              <span className="import-kind-card-icon">
                <KindIcon kind={kind} size={22} />
              </span>
              <span className="import-kind-card-text">
                <span className="import-kind-card-title">{t(`import.kind.${kind}`)}</span>
                <span className="import-kind-card-hint">{t(`import.mapping.kindHint.${kind}`)}</span>
              </span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
