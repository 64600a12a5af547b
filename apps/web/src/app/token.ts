/** The session token in localStorage, observable so the app reacts when it appears or goes. */
const TOKEN_KEY = "mitai-jinkendo_token";

export type SignOutReason = "logout" | "expired";

type Listener = () => void;
const listeners = new Set<Listener>();
let lastSignOut: SignOutReason | null = null;

function read(): string | null {
  try {
    return localStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

let current = read();

function emit() {
  for (const listener of listeners) listener();
}

export function getToken(): string | null {
  return current;
}

export function setToken(token: string) {
  current = token;
  lastSignOut = null;
  try {
    localStorage.setItem(TOKEN_KEY, token);
  } catch {
    // Private mode without storage: the session lasts as long as the tab.
  }
  emit();
}

export function clearToken(reason: SignOutReason) {
  if (current === null) return;
  current = null;
  lastSignOut = reason;
  try {
    localStorage.removeItem(TOKEN_KEY);
  } catch {
    // Nothing stored, nothing to remove.
  }
  emit();
}

/** Why the last session ended, so the login page can say "your session has ended". */
export function lastSignOutReason(): SignOutReason | null {
  return lastSignOut;
}

export function subscribeToken(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Another tab logged in or out.
if (typeof window !== "undefined") {
  window.addEventListener("storage", (event) => {
    if (event.key !== TOKEN_KEY && event.key !== null) return;
    const next = read();
    if (next === current) return;
    current = next;
    lastSignOut = next === null ? "logout" : null;
    emit();
  });
}
