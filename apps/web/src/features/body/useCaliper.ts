import { type CaliperCreate, type CaliperEntry, type CaliperUpdate, caliperEntry } from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

const entryList = z.array(caliperEntry);
const PATH = "/caliper";

export const caliperKeys = {
  all: ["caliper"] as const,
  latest: ["caliper", "latest"] as const,
  history: ["caliper", "history"] as const,
};

/** The newest measurement, for the dashboard. */
export function useLatestCaliper() {
  return useQuery({
    queryKey: caliperKeys.latest,
    queryFn: ({ signal }) => call("GET", PATH, entryList, { signal, query: { limit: 1 } }),
  });
}

/** Every measurement (up to 500, newest first): few people pinch more often than weekly. */
export function useCaliperHistory() {
  return useQuery({
    queryKey: caliperKeys.history,
    queryFn: ({ signal }) => call("GET", PATH, entryList, { signal, query: { limit: 500 } }),
  });
}

function useInvalidateCaliper() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: caliperKeys.all });
  };
}

export function useCreateCaliper() {
  const invalidate = useInvalidateCaliper();
  return useMutation<CaliperEntry, Error, CaliperCreate>({
    mutationFn: (body) => call("POST", PATH, caliperEntry, { body }),
    onSettled: invalidate,
  });
}

export function useUpdateCaliper() {
  const invalidate = useInvalidateCaliper();
  return useMutation<CaliperEntry, Error, { id: string; body: CaliperUpdate }>({
    mutationFn: ({ id, body }) => call("PUT", `${PATH}/${encodeURIComponent(id)}`, caliperEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeleteCaliper() {
  const invalidate = useInvalidateCaliper();
  return useMutation<void, Error, CaliperEntry>({
    mutationFn: (entry) => callVoid("DELETE", `${PATH}/${encodeURIComponent(entry.id)}`),
    onSettled: invalidate,
  });
}
