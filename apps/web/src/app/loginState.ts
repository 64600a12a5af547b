/** What the router carries to the login page. */
export type LoginLocationState = { from?: string; expired?: boolean; passwordReset?: boolean };

/** A path inside this app: "/weight", never "//other.host" or "https://…". */
function isAppPath(value: unknown): value is string {
  return (
    typeof value === "string" && value.startsWith("/") && !value.startsWith("//") && !value.includes("\\")
  );
}

/** Reads the state the router carries to the login page, whatever shape it arrives in. */
export function readLoginState(state: unknown): LoginLocationState {
  if (typeof state !== "object" || state === null) return {};
  const out: LoginLocationState = {};
  if ("from" in state && isAppPath(state.from)) out.from = state.from;
  if ("expired" in state && state.expired === true) out.expired = true;
  if ("passwordReset" in state && state.passwordReset === true) out.passwordReset = true;
  return out;
}
