import {
  type BloodPressureCreate,
  type BloodPressureReading,
  type BloodPressureUpdate,
  bloodPressureReading,
  bloodPressureStats,
} from "@mitai/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

const readingList = z.array(bloodPressureReading);

export const bpKeys = {
  all: ["blood-pressure"] as const,
  latest: ["blood-pressure", "latest"] as const,
  stats: (days: number) => ["blood-pressure", "stats", days] as const,
  range: (from: string) => ["blood-pressure", "range", from] as const,
  pages: ["blood-pressure", "pages"] as const,
};

export const BP_PAGE_SIZE = 50;
/** The most readings a chart asks for (90 days of four a day). */
const BP_RANGE_MAX = 1000;

/** The newest reading, or null before the first one. */
export function useLatestReading() {
  return useQuery({
    queryKey: bpKeys.latest,
    queryFn: async ({ signal }) => {
      const list = await call("GET", "/blood-pressure", readingList, { signal, query: { limit: 1 } });
      return list[0] ?? null;
    },
  });
}

export function useBloodPressureStats(days: number) {
  return useQuery({
    queryKey: bpKeys.stats(days),
    queryFn: ({ signal }) =>
      call("GET", "/blood-pressure/stats", bloodPressureStats, { signal, query: { days } }),
    placeholderData: (previous) => previous,
  });
}

/** Every reading from `from` on, newest first, for the chart. */
export function useReadingRange(from: string) {
  return useQuery({
    queryKey: bpKeys.range(from),
    queryFn: ({ signal }) =>
      call("GET", "/blood-pressure", readingList, { signal, query: { from, limit: BP_RANGE_MAX } }),
    placeholderData: (previous) => previous,
  });
}

/** The list of readings, a page at a time. */
export function useReadingPages() {
  return useInfiniteQuery({
    queryKey: bpKeys.pages,
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      call("GET", "/blood-pressure", readingList, {
        signal,
        query: { limit: BP_PAGE_SIZE, offset: pageParam },
      }),
    getNextPageParam: (last, pages) =>
      last.length < BP_PAGE_SIZE ? undefined : pages.reduce((n, page) => n + page.length, 0),
  });
}

/** Refreshes every blood pressure view in the background; the form closes without waiting for it. */
function useInvalidateReadings() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: bpKeys.all });
  };
}

export function useCreateReading() {
  const invalidate = useInvalidateReadings();
  return useMutation<BloodPressureReading, Error, BloodPressureCreate>({
    mutationFn: (body) => call("POST", "/blood-pressure", bloodPressureReading, { body }),
    // Also after a refusal: a 409 means this page's copy of the list is out of date.
    onSettled: invalidate,
  });
}

export function useUpdateReading() {
  const invalidate = useInvalidateReadings();
  return useMutation<BloodPressureReading, Error, { id: string; body: BloodPressureUpdate }>({
    mutationFn: ({ id, body }) =>
      call("PUT", `/blood-pressure/${encodeURIComponent(id)}`, bloodPressureReading, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteReading() {
  const invalidate = useInvalidateReadings();
  return useMutation<void, Error, BloodPressureReading>({
    mutationFn: (reading) => callVoid("DELETE", `/blood-pressure/${encodeURIComponent(reading.id)}`),
    onSettled: invalidate,
  });
}
