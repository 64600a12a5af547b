import { useSyncExternalStore } from "react";

export const themes = ["light", "dark", "system"] as const;
export type Theme = (typeof themes)[number];

const THEME_KEY = "mitai-jinkendo_theme";
const darkQuery = typeof window === "undefined" ? null : window.matchMedia("(prefers-color-scheme: dark)");
const listeners = new Set<() => void>();

function isTheme(value: string | null): value is Theme {
  return themes.some((theme) => theme === value);
}

function stored(): Theme {
  try {
    const value = localStorage.getItem(THEME_KEY);
    return isTheme(value) ? value : "system";
  } catch {
    return "system";
  }
}

let theme: Theme = stored();

/** What the page shows: the chosen theme, or the system's when "system" is chosen. */
export function resolvedTheme(choice: Theme = theme): "light" | "dark" {
  if (choice !== "system") return choice;
  return darkQuery?.matches ? "dark" : "light";
}

export function applyTheme() {
  const resolved = resolvedTheme();
  document.documentElement.dataset.theme = resolved;
  // The browser chrome (address bar, PWA title bar) follows the page.
  const color = resolved === "dark" ? "#0d1513" : "#f4f7f6";
  for (const meta of document.querySelectorAll('meta[name="theme-color"]'))
    meta.setAttribute("content", color);
}

export function setTheme(next: Theme) {
  theme = next;
  try {
    localStorage.setItem(THEME_KEY, next);
  } catch {
    // No storage: the choice holds for this visit.
  }
  applyTheme();
  for (const listener of listeners) listener();
}

darkQuery?.addEventListener("change", () => {
  if (theme === "system") applyTheme();
});

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, () => theme);
}
