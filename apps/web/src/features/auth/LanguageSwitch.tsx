import { type Language, languages } from "@mitai/shared";
import { Languages } from "lucide-react";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { isLanguage, switchLanguage, useLocale } from "../../i18n";

export const languageNames: Record<Language, string> = { de: "Deutsch", en: "English" };

/** The language picker before sign-in; afterwards the profile's language is set in the settings. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { language } = useLocale();
  const id = useId();
  return (
    <div className="language-switch">
      <Languages size={18} aria-hidden="true" className="language-switch-icon" />
      <label htmlFor={id} className="visually-hidden">
        {t("settings.language")}
      </label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const next = event.target.value;
          if (isLanguage(next)) void switchLanguage(next, true);
        }}
      >
        {languages.map((code) => (
          <option key={code} value={code}>
            {languageNames[code]}
          </option>
        ))}
      </select>
    </div>
  );
}
