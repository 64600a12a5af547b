import { type RestDayCreate, type RestDayEntry, type RestDayUpdate, restDayEntry } from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";
import { trainingKeys } from "./useTraining";

const restDayList = z.array(restDayEntry);

export const restDayKeys = {
  all: ["rest-days"] as const,
  range: (from: string, to: string) => ["rest-days", from, to] as const,
};

/** The rest days of a period, as the server orders them. */
export function useRestDays(from: string, to: string) {
  return useQuery({
    queryKey: restDayKeys.range(from, to),
    queryFn: ({ signal }) => call("GET", "/rest-days", restDayList, { signal, query: { from, to } }),
    placeholderData: (previous) => previous,
  });
}

/** A rest day decides which sessions conflict with it: the session lists refresh too. */
function useInvalidateRestDays() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: restDayKeys.all });
    void queryClient.invalidateQueries({ queryKey: trainingKeys.activity });
  };
}

export function useCreateRestDay() {
  const invalidate = useInvalidateRestDays();
  return useMutation<RestDayEntry, Error, RestDayCreate>({
    mutationFn: (body) => call("POST", "/rest-days", restDayEntry, { body }),
    onSettled: invalidate,
  });
}

export function useUpdateRestDay() {
  const invalidate = useInvalidateRestDays();
  return useMutation<RestDayEntry, Error, { id: string; body: RestDayUpdate }>({
    mutationFn: ({ id, body }) =>
      call("PATCH", `/rest-days/${encodeURIComponent(id)}`, restDayEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteRestDay() {
  const invalidate = useInvalidateRestDays();
  return useMutation<void, Error, RestDayEntry>({
    mutationFn: (day) => callVoid("DELETE", `/rest-days/${encodeURIComponent(day.id)}`),
    onSettled: invalidate,
  });
}
