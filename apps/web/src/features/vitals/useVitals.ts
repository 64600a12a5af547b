import { type VitalsCreate, type VitalsEntry, type VitalsUpdate, vitalsEntry } from "@mitai/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

const entryList = z.array(vitalsEntry);
const PATH = "/vitals/baseline";

export const vitalsKeys = {
  all: ["vitals"] as const,
  latest: ["vitals", "latest"] as const,
  range: (from: string) => ["vitals", "range", from] as const,
  pages: ["vitals", "pages"] as const,
};

export const VITALS_PAGE_SIZE = 50;

/** The newest entries (enough to find the latest resting HR and HRV even if one day lacks one). */
export function useLatestVitals() {
  return useQuery({
    queryKey: vitalsKeys.latest,
    queryFn: ({ signal }) => call("GET", PATH, entryList, { signal, query: { limit: 7 } }),
  });
}

/** Every entry from `from` on, newest first, for the chart. */
export function useVitalsRange(from: string) {
  return useQuery({
    queryKey: vitalsKeys.range(from),
    queryFn: ({ signal }) => call("GET", PATH, entryList, { signal, query: { from, limit: 500 } }),
    placeholderData: (previous) => previous,
  });
}

/** The list of entries, a page at a time. */
export function useVitalsPages() {
  return useInfiniteQuery({
    queryKey: vitalsKeys.pages,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      call("GET", PATH, entryList, { signal, query: { limit: VITALS_PAGE_SIZE, offset: pageParam } }),
    getNextPageParam: (last, pages) =>
      last.length < VITALS_PAGE_SIZE ? undefined : pages.reduce((n, page) => n + page.length, 0),
  });
}

/** The entry of one day, or null. */
export async function fetchVitalsOn(date: string): Promise<VitalsEntry | null> {
  const list = await call("GET", PATH, entryList, { query: { from: date, to: date, limit: 1 } });
  return list[0] ?? null;
}

/** Every entry's analysis depends on its neighbours: a change refreshes all vitals views. */
function useInvalidateVitals() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: vitalsKeys.all });
  };
}

export function useCreateVitals() {
  const invalidate = useInvalidateVitals();
  return useMutation<VitalsEntry, Error, VitalsCreate>({
    mutationFn: (body) => call("POST", PATH, vitalsEntry, { body }),
    onSettled: invalidate,
  });
}

export function useUpdateVitals() {
  const invalidate = useInvalidateVitals();
  return useMutation<VitalsEntry, Error, { id: string; body: VitalsUpdate }>({
    mutationFn: ({ id, body }) => call("PUT", `${PATH}/${encodeURIComponent(id)}`, vitalsEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteVitals() {
  const invalidate = useInvalidateVitals();
  return useMutation<void, Error, VitalsEntry>({
    mutationFn: (entry) => callVoid("DELETE", `${PATH}/${encodeURIComponent(entry.id)}`),
    onSettled: invalidate,
  });
}
