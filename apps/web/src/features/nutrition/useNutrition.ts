import {
  NUTRITION_LIST_MAX,
  type NutritionCreate,
  type NutritionEntry,
  type NutritionUpdate,
  nutritionDays,
  nutritionEntry,
  nutritionList,
  nutritionStats,
  nutritionToday,
} from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { call, callVoid } from "../../app/api";

export const nutritionKeys = {
  all: ["nutrition"] as const,
  days: (from: string, to: string) => ["nutrition", "days", from, to] as const,
  entries: (from: string, to: string) => ["nutrition", "entries", from, to] as const,
  today: ["nutrition", "today"] as const,
  stats: (days: number) => ["nutrition", "stats", days] as const,
};

/** Each day's totals over all its sources, oldest first as the API sends them. */
export function useNutritionDays(from: string, to: string) {
  return useQuery({
    queryKey: nutritionKeys.days(from, to),
    queryFn: ({ signal }) => call("GET", "/nutrition/days", nutritionDays, { signal, query: { from, to } }),
    placeholderData: (previous) => previous,
  });
}

/** Every entry (all sources) of a period: what each day of the list is made of. */
export function useNutritionEntries(from: string, to: string) {
  return useQuery({
    queryKey: nutritionKeys.entries(from, to),
    queryFn: ({ signal }) =>
      call("GET", "/nutrition", nutritionList, {
        signal,
        query: { from, to, limit: NUTRITION_LIST_MAX },
      }),
    placeholderData: (previous) => previous,
  });
}

export function useNutritionToday() {
  return useQuery({
    queryKey: nutritionKeys.today,
    queryFn: ({ signal }) => call("GET", "/nutrition/today", nutritionToday, { signal }),
  });
}

export function useNutritionStats(days: number) {
  return useQuery({
    queryKey: nutritionKeys.stats(days),
    queryFn: ({ signal }) => call("GET", "/nutrition/stats", nutritionStats, { signal, query: { days } }),
    placeholderData: (previous) => previous,
  });
}

/** Every nutrition view (list, today, stats, charts) is refreshed after any change. */
export function useInvalidateNutrition() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: nutritionKeys.all });
}

export function useCreateNutrition() {
  const invalidate = useInvalidateNutrition();
  return useMutation<NutritionEntry, Error, NutritionCreate>({
    mutationFn: (body) => call("POST", "/nutrition", nutritionEntry, { body }),
    // Also after a refusal: a 409 means this page's copy of the day is out of date.
    onSettled: invalidate,
  });
}

export function useUpdateNutrition() {
  const invalidate = useInvalidateNutrition();
  return useMutation<NutritionEntry, Error, { id: string; body: NutritionUpdate }>({
    mutationFn: ({ id, body }) =>
      call("PUT", `/nutrition/${encodeURIComponent(id)}`, nutritionEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteNutrition() {
  const invalidate = useInvalidateNutrition();
  return useMutation<void, Error, NutritionEntry>({
    mutationFn: (entry) => callVoid("DELETE", `/nutrition/${encodeURIComponent(entry.id)}`),
    onSettled: invalidate,
  });
}
