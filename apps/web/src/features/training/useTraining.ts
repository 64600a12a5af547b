import {
  type ActivityCreate,
  type ActivityEntry,
  type ActivityUpdate,
  activityEntry,
  type CategorizeResult,
  categorizeResult,
  type TrainingCategory,
  trainingType,
  uncategorizedName,
} from "@mitai/shared";
import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

const activityList = z.array(activityEntry);
const typeList = z.array(trainingType);
const nameList = z.array(uncategorizedName);

/** The list filter: one category, or the sessions without a type, or everything. */
export type ActivityFilter = TrainingCategory | "uncategorized" | "all";

export const trainingKeys = {
  types: ["training-types"] as const,
  activity: ["activity"] as const,
  pages: (filter: ActivityFilter) => ["activity", "pages", filter] as const,
  range: (from: string, to: string) => ["activity", "range", from, to] as const,
  uncategorized: ["activity", "uncategorized-names"] as const,
};

export const ACTIVITY_PAGE_SIZE = 100;

/** The training types (built in and the admins' own); they change rarely. */
export function useTrainingTypes() {
  return useQuery({
    queryKey: trainingKeys.types,
    queryFn: ({ signal }) => call("GET", "/training-types", typeList, { signal }),
    staleTime: 10 * 60_000,
  });
}

function filterQuery(filter: ActivityFilter): { category?: TrainingCategory; uncategorized?: string } {
  if (filter === "all") return {};
  if (filter === "uncategorized") return { uncategorized: "true" };
  return { category: filter };
}

/** The sessions, newest first, a page at a time. */
export function useActivityPages(filter: ActivityFilter) {
  return useInfiniteQuery({
    queryKey: trainingKeys.pages(filter),
    initialPageParam: 0,
    queryFn: ({ pageParam, signal }) =>
      call("GET", "/activity", activityList, {
        signal,
        query: { ...filterQuery(filter), limit: ACTIVITY_PAGE_SIZE, offset: pageParam },
      }),
    getNextPageParam: (last, pages) =>
      last.length < ACTIVITY_PAGE_SIZE ? undefined : pages.reduce((n, page) => n + page.length, 0),
  });
}

/** Every session of a period (a week for the dashboard). */
export function useActivityRange(from: string, to: string) {
  return useQuery({
    queryKey: trainingKeys.range(from, to),
    queryFn: ({ signal }) =>
      call("GET", "/activity", activityList, { signal, query: { from, to, limit: 1000 } }),
  });
}

export function useUncategorizedNames() {
  return useQuery({
    queryKey: trainingKeys.uncategorized,
    queryFn: ({ signal }) => call("GET", "/activity/uncategorized-names", nameList, { signal }),
  });
}

/**
 * A change to one session may touch every list, the week totals, the uncategorized names, and the
 * rest days' conflict marks (`restDayKeys.all` in useRestDays, which imports this file).
 */
function useInvalidateActivity() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: trainingKeys.activity });
    void queryClient.invalidateQueries({ queryKey: ["rest-days"] });
  };
}

export function useCreateActivity() {
  const invalidate = useInvalidateActivity();
  return useMutation<ActivityEntry, Error, ActivityCreate>({
    mutationFn: (body) => call("POST", "/activity", activityEntry, { body }),
    onSettled: invalidate,
  });
}

export function useUpdateActivity() {
  const invalidate = useInvalidateActivity();
  return useMutation<ActivityEntry, Error, { id: string; body: ActivityUpdate }>({
    mutationFn: ({ id, body }) =>
      call("PATCH", `/activity/${encodeURIComponent(id)}`, activityEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteActivity() {
  const invalidate = useInvalidateActivity();
  return useMutation<void, Error, ActivityEntry>({
    mutationFn: (entry) => callVoid("DELETE", `/activity/${encodeURIComponent(entry.id)}`),
    onSettled: invalidate,
  });
}

/** Gives every session of a name one type; the server remembers the choice for later imports. */
export function useCategorize() {
  const invalidate = useInvalidateActivity();
  return useMutation<CategorizeResult, Error, { name: string; trainingTypeId: string }>({
    mutationFn: (body) => call("POST", "/activity/categorize", categorizeResult, { body }),
    onSettled: invalidate,
  });
}
