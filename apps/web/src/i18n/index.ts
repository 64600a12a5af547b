import { type Language, languages } from "@mitai/shared";
import i18n from "i18next";
import LanguageDetector from "i18next-browser-languagedetector";
import { initReactI18next, useTranslation } from "react-i18next";
import de from "./de.json";
import en from "./en.json";

export const resources = { en: { translation: en }, de: { translation: de } };

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "translation";
    resources: { translation: typeof en };
  }
}

/** Set only when the user picks a language; otherwise the browser's language is followed. */
const LANGUAGE_KEY = "mitai-jinkendo_language";

i18n
  .use(LanguageDetector)
  .use(initReactI18next)
  .init({
    resources,
    fallbackLng: "en",
    supportedLngs: [...languages],
    nonExplicitSupportedLngs: true,
    load: "languageOnly",
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    // The resources are bundled: initialise at once, so the first render already has its texts.
    initAsync: false,
    detection: { order: ["localStorage", "navigator"], lookupLocalStorage: LANGUAGE_KEY, caches: [] },
  });

export function isLanguage(value: string | undefined): value is Language {
  return languages.some((language) => language === value);
}

export function currentLanguage(): Language {
  const resolved = i18n.resolvedLanguage;
  return isLanguage(resolved) ? resolved : "en";
}

function syncDocument(language: Language) {
  if (typeof document !== "undefined") document.documentElement.lang = language;
}

syncDocument(currentLanguage());
i18n.on("languageChanged", () => syncDocument(currentLanguage()));

/** Switches the language; `remember` stores an explicit choice for the next visit. */
export async function switchLanguage(language: Language, remember: boolean) {
  if (remember) {
    try {
      localStorage.setItem(LANGUAGE_KEY, language);
    } catch {
      // No storage: the choice holds for this visit.
    }
  }
  if (currentLanguage() !== language) await i18n.changeLanguage(language);
}

/**
 * The formatting locale: the browser's own tag when it speaks the app language ("de-AT", "en-GB"),
 * so dates and numbers look as the user expects, else the bare language.
 */
export function localeFor(language: Language): string {
  const preferred = typeof navigator === "undefined" ? [] : navigator.languages;
  return preferred.find((tag) => tag.toLowerCase().split("-")[0] === language) ?? language;
}

export function useLocale(): { language: Language; locale: string } {
  const { i18n: instance } = useTranslation();
  const language = isLanguage(instance.resolvedLanguage) ? instance.resolvedLanguage : "en";
  return { language, locale: localeFor(language) };
}

export { i18n };
