import {
  type CircumferenceCreate,
  type CircumferenceEntry,
  type CircumferenceUpdate,
  circumferenceEntry,
} from "@mitai/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

const entryList = z.array(circumferenceEntry);
const PATH = "/circumferences";

export const circumferenceKeys = {
  all: ["circumferences"] as const,
  latest: ["circumferences", "latest"] as const,
  history: ["circumferences", "history"] as const,
  pages: ["circumferences", "pages"] as const,
};

export const CIRCUMFERENCE_PAGE_SIZE = 30;

/** The newest few entries: enough to find the latest waist even when the last one lacks it. */
export function useLatestCircumferences() {
  return useQuery({
    queryKey: circumferenceKeys.latest,
    queryFn: ({ signal }) => call("GET", PATH, entryList, { signal, query: { limit: 10 } }),
  });
}

/** Every entry (up to 500, newest first) for the chart. */
export function useCircumferenceHistory() {
  return useQuery({
    queryKey: circumferenceKeys.history,
    queryFn: ({ signal }) => call("GET", PATH, entryList, { signal, query: { limit: 500 } }),
  });
}

/** The list, a page at a time. */
export function useCircumferencePages() {
  return useInfiniteQuery({
    queryKey: circumferenceKeys.pages,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      call("GET", PATH, entryList, {
        signal,
        query: { limit: CIRCUMFERENCE_PAGE_SIZE, offset: pageParam },
      }),
    getNextPageParam: (last, pages) =>
      last.length < CIRCUMFERENCE_PAGE_SIZE ? undefined : pages.reduce((n, page) => n + page.length, 0),
  });
}

/** The entry of one day, or null. */
export async function fetchCircumferenceOn(date: string): Promise<CircumferenceEntry | null> {
  const list = await call("GET", PATH, entryList, { query: { from: date, to: date, limit: 1 } });
  return list[0] ?? null;
}

function useInvalidateCircumferences() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: circumferenceKeys.all });
  };
}

export function useCreateCircumference() {
  const invalidate = useInvalidateCircumferences();
  return useMutation<CircumferenceEntry, Error, CircumferenceCreate>({
    mutationFn: (body) => call("POST", PATH, circumferenceEntry, { body }),
    onSettled: invalidate,
  });
}

export function useUpdateCircumference() {
  const invalidate = useInvalidateCircumferences();
  return useMutation<CircumferenceEntry, Error, { id: string; body: CircumferenceUpdate }>({
    mutationFn: ({ id, body }) =>
      call("PUT", `${PATH}/${encodeURIComponent(id)}`, circumferenceEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteCircumference() {
  const invalidate = useInvalidateCircumferences();
  return useMutation<void, Error, CircumferenceEntry>({
    mutationFn: (entry) => callVoid("DELETE", `${PATH}/${encodeURIComponent(entry.id)}`),
    onSettled: invalidate,
  });
}
