import { type SleepCreate, type SleepEntry, type SleepUpdate, sleepEntry, sleepStats } from "@mitai/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

const nightList = z.array(sleepEntry);

export const sleepKeys = {
  all: ["sleep"] as const,
  latest: ["sleep", "latest"] as const,
  stats: ["sleep", "stats"] as const,
  range: (from: string) => ["sleep", "range", from] as const,
  pages: ["sleep", "pages"] as const,
};

export const SLEEP_PAGE_SIZE = 30;

/** The newest night, or null before the first one. */
export function useLastNight() {
  return useQuery({
    queryKey: sleepKeys.latest,
    queryFn: async ({ signal }) => {
      const list = await call("GET", "/sleep", nightList, { signal, query: { limit: 1 } });
      return list[0] ?? null;
    },
  });
}

/** The 7- and 28-day averages. */
export function useSleepStats() {
  return useQuery({
    queryKey: sleepKeys.stats,
    queryFn: ({ signal }) => call("GET", "/sleep/stats", sleepStats, { signal }),
  });
}

/** Every night that ended on `from` or later, newest first, for the chart. */
export function useNightRange(from: string) {
  return useQuery({
    queryKey: sleepKeys.range(from),
    queryFn: ({ signal }) => call("GET", "/sleep", nightList, { signal, query: { from, limit: 100 } }),
    placeholderData: (previous) => previous,
  });
}

/** The list of nights, a page at a time. */
export function useNightPages() {
  return useInfiniteQuery({
    queryKey: sleepKeys.pages,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      call("GET", "/sleep", nightList, { signal, query: { limit: SLEEP_PAGE_SIZE, offset: pageParam } }),
    getNextPageParam: (last, pages) =>
      last.length < SLEEP_PAGE_SIZE ? undefined : pages.reduce((n, page) => n + page.length, 0),
  });
}

/** Refreshes every sleep view in the background; the form closes without waiting for it. */
function useInvalidateSleep() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: sleepKeys.all });
  };
}

export function useCreateNight() {
  const invalidate = useInvalidateSleep();
  return useMutation<SleepEntry, Error, SleepCreate>({
    mutationFn: (body) => call("POST", "/sleep", sleepEntry, { body }),
    // Also after a refusal: a 409 means this page's copy of the list is out of date.
    onSettled: invalidate,
  });
}

export function useUpdateNight() {
  const invalidate = useInvalidateSleep();
  return useMutation<SleepEntry, Error, { id: string; body: SleepUpdate }>({
    mutationFn: ({ id, body }) => call("PUT", `/sleep/${encodeURIComponent(id)}`, sleepEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteNight() {
  const invalidate = useInvalidateSleep();
  return useMutation<void, Error, SleepEntry>({
    mutationFn: (night) => callVoid("DELETE", `/sleep/${encodeURIComponent(night.id)}`),
    onSettled: invalidate,
  });
}
