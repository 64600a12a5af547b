import { QueryClient } from "@tanstack/react-query";
import { isTransient } from "../lib/apiError";

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // A refusal (404, 403, 422) stays a refusal; only offline and server hiccups are retried.
        retry: (failures, error) => isTransient(error) && failures < 2,
        refetchOnWindowFocus: true,
      },
      mutations: { retry: false },
    },
  });
}
