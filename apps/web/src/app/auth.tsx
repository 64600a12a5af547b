import { type AuthResponse, type Profile, profile as profileSchema } from "@mitai/shared";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useSyncExternalStore,
} from "react";
import { switchLanguage } from "../i18n";
import { call, callVoid } from "./api";
import { clearToken, getToken, setToken, subscribeToken } from "./token";

export type AuthState =
  | { status: "anonymous" }
  | { status: "loading" }
  | { status: "error"; error: unknown; retry: () => void }
  | { status: "authenticated"; profile: Profile };

type AuthApi = {
  state: AuthState;
  signIn: (auth: AuthResponse) => void;
  signOut: () => Promise<void>;
};

const AuthContext = createContext<AuthApi | null>(null);

export const meKey = ["me"] as const;

function useToken() {
  return useSyncExternalStore(subscribeToken, getToken);
}

export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const token = useToken();

  const me = useQuery({
    queryKey: meKey,
    queryFn: ({ signal }) => call("GET", "/auth/me", profileSchema, { signal }),
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });

  // Signed out (here, in another tab, or by an expired session): forget everything cached.
  useEffect(() => {
    if (token === null) queryClient.clear();
  }, [token, queryClient]);

  // Signed in, the profile's language wins over the browser's.
  const language = me.data?.language;
  useEffect(() => {
    if (token !== null && language) void switchLanguage(language, true);
  }, [token, language]);

  const signIn = useCallback(
    (auth: AuthResponse) => {
      queryClient.setQueryData(meKey, auth.profile);
      setToken(auth.token);
    },
    [queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await callVoid("POST", "/auth/logout");
    } catch {
      // The session is dropped here either way; a server that cannot be reached lets it expire.
    }
    clearToken("logout");
  }, []);

  const { refetch } = me;
  const state: AuthState = useMemo(() => {
    if (token === null) return { status: "anonymous" };
    if (me.data) return { status: "authenticated", profile: me.data };
    if (me.isError) return { status: "error", error: me.error, retry: () => void refetch() };
    return { status: "loading" };
  }, [token, me.data, me.isError, me.error, refetch]);

  const api = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <AuthContext value={api}>{children}</AuthContext>;
}

export function useAuth(): AuthApi {
  const api = useContext(AuthContext);
  if (!api) throw new Error("useAuth needs an AuthProvider above it");
  return api;
}

const ProfileContext = createContext<Profile | null>(null);
export const ProfileProvider = ProfileContext;

/** The signed-in profile; only inside the signed-in part of the app. */
export function useProfile(): Profile {
  const profile = useContext(ProfileContext);
  if (!profile) throw new Error("useProfile is only available to signed-in pages");
  return profile;
}
