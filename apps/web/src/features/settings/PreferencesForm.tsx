import { type Language, languages } from "@mitai/shared";
import { Monitor, Moon, Sun } from "lucide-react";
import { useTranslation } from "react-i18next";
import { setTheme, type Theme, useTheme } from "../../app/theme";
import { useErrorText } from "../../components/ErrorMessage";
import { Segmented } from "../../components/Segmented";
import { useToast } from "../../components/Toast";
import { currentLanguage, switchLanguage } from "../../i18n";
import { languageNames } from "../auth/LanguageSwitch";
import { useUpdateProfile } from "./useProfileSettings";

const themeIcons: Record<Theme, typeof Sun> = { light: Sun, dark: Moon, system: Monitor };

/** Language (kept in the profile) and theme (kept on this device). */
export function PreferencesForm() {
  const { t } = useTranslation();
  const theme = useTheme();
  const toast = useToast();
  const errorText = useErrorText();
  const update = useUpdateProfile();
  const language = currentLanguage();

  const changeLanguage = (next: Language) => {
    const previous = language;
    // Switch at once; the profile follows, and a failure switches back.
    void switchLanguage(next, true);
    update.mutate(
      { language: next },
      {
        onError: (error) => {
          void switchLanguage(previous, true);
          toast.show(errorText(error), "error");
        },
      },
    );
  };

  return (
    <div className="stack">
      <Segmented
        legend={t("settings.language")}
        name="language"
        value={language}
        onChange={changeLanguage}
        disabled={update.isPending}
        options={languages.map((code) => ({ value: code, label: languageNames[code] }))}
      />
      <Segmented
        legend={t("settings.theme.label")}
        name="theme"
        value={theme}
        onChange={setTheme}
        options={(["light", "dark", "system"] as const).map((value) => {
          const Icon = themeIcons[value];
          return { value, label: t(`settings.theme.${value}`), icon: <Icon size={16} aria-hidden="true" /> };
        })}
      />
    </div>
  );
}
