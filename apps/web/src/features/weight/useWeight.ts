import {
  WEIGHT_LIST_MAX,
  type WeightCreate,
  type WeightEntry,
  type WeightUpdate,
  weightEntry,
  weightList,
  weightStats,
} from "@mitai/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, callVoid } from "../../app/api";
import { caliperKeys } from "../body/useCaliper";

export const weightKeys = {
  all: ["weight"] as const,
  stats: ["weight", "stats"] as const,
  range: (from: string | null) => ["weight", "range", from] as const,
  pages: ["weight", "pages"] as const,
};

export const WEIGHT_PAGE_SIZE = 30;

export function useWeightStats() {
  return useQuery({
    queryKey: weightKeys.stats,
    queryFn: ({ signal }) => call("GET", "/weight/stats", weightStats, { signal }),
  });
}

/** Every entry from `from` on (or all of them), for a chart. Newest first, as the API sends them. */
export function useWeightRange(from: string | null) {
  return useQuery({
    queryKey: weightKeys.range(from),
    queryFn: ({ signal }) =>
      call("GET", "/weight", weightList, {
        signal,
        query: { from: from ?? undefined, limit: WEIGHT_LIST_MAX },
      }),
    placeholderData: (previous) => previous,
  });
}

/** The history list, a page at a time. */
export function useWeightPages() {
  return useInfiniteQuery({
    queryKey: weightKeys.pages,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      call("GET", "/weight", weightList, { signal, query: { limit: WEIGHT_PAGE_SIZE, offset: pageParam } }),
    getNextPageParam: (last, pages) =>
      last.length < WEIGHT_PAGE_SIZE ? undefined : pages.reduce((n, page) => n + page.length, 0),
  });
}

/** The entry of one day, if there is one (to edit it after a "duplicate_date" refusal). */
export async function fetchWeightOn(date: string): Promise<WeightEntry | null> {
  const entries = await call("GET", "/weight", weightList, { query: { from: date, to: date, limit: 1 } });
  return entries[0] ?? null;
}

/** Refreshes every weight view in the background; the form closes without waiting for it. */
function useInvalidateWeight() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: weightKeys.all });
    // A caliper measurement's fat and lean mass come from the weight of its week.
    void queryClient.invalidateQueries({ queryKey: caliperKeys.all });
  };
}

export function useCreateWeight() {
  const invalidate = useInvalidateWeight();
  return useMutation<WeightEntry, Error, WeightCreate>({
    mutationFn: (body) => call("POST", "/weight", weightEntry, { body }),
    // Also after a refusal: a 404 or 409 means this page's copy of the list is out of date.
    onSettled: invalidate,
  });
}

export function useUpdateWeight() {
  const invalidate = useInvalidateWeight();
  return useMutation<WeightEntry, Error, { id: string; body: WeightUpdate }>({
    mutationFn: ({ id, body }) => call("PUT", `/weight/${encodeURIComponent(id)}`, weightEntry, { body }),
    // Also after a refusal: a 404 or 409 means this page's copy of the list is out of date.
    onSettled: invalidate,
  });
}

export function useDeleteWeight() {
  const invalidate = useInvalidateWeight();
  return useMutation<void, Error, WeightEntry>({
    mutationFn: (entry) => callVoid("DELETE", `/weight/${encodeURIComponent(entry.id)}`),
    // Also after a refusal: a 404 or 409 means this page's copy of the list is out of date.
    onSettled: invalidate,
  });
}
