import { type ImportJob, type ImportStatus, importCreated, importJob } from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { z } from "zod";
import { call, callVoid } from "../../app/api";
import { bpKeys } from "../blood-pressure/useBloodPressure";

const jobList = z.array(importJob);

export const importKeys = {
  all: ["import"] as const,
  list: ["import", "list"] as const,
  job: (id: string) => ["import", "job", id] as const,
};

/** How often a running job is asked for its progress. */
export const POLL_MS = 500;

/** A job the server is still working on. */
export function isRunning(status: ImportStatus): boolean {
  return status === "analyzing" || status === "committing";
}

/** A job that is over: nothing more will change. */
export function isFinished(status: ImportStatus): boolean {
  return status === "done" || status === "failed" || status === "cancelled";
}

/** The profile's imports, newest first. */
export function useImportJobs() {
  return useQuery({
    queryKey: importKeys.list,
    queryFn: ({ signal }) => call("GET", "/import", jobList, { signal }),
  });
}

/** One job, asked again every half second while the server works on it. */
export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: importKeys.job(id ?? ""),
    queryFn: ({ signal }) => call("GET", `/import/${encodeURIComponent(id ?? "")}`, importJob, { signal }),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data && !isRunning(q.state.data.status) ? false : POLL_MS),
  });
  const status = query.data?.status;
  // When the job settles, the history and (after a commit) the readings are out of date.
  useEffect(() => {
    if (!status || isRunning(status)) return;
    void queryClient.invalidateQueries({ queryKey: importKeys.list });
    if (status === "done") void queryClient.invalidateQueries({ queryKey: bpKeys.all });
  }, [status, queryClient]);
  return query;
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  return useMutation<{ id: string }, Error, File>({
    mutationFn: (file) => {
      const body = new FormData();
      body.append("file", file, file.name);
      return call("POST", "/import", importCreated, { body });
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: importKeys.list }),
  });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation<ImportJob, Error, string>({
    mutationFn: (id) => call("POST", `/import/${encodeURIComponent(id)}/commit`, importJob),
    onSuccess: (job) => queryClient.setQueryData(importKeys.job(job.id), job),
    onSettled: (_job, _error, id) => void queryClient.invalidateQueries({ queryKey: importKeys.job(id) }),
  });
}

export function useCancelImport() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, string>({
    mutationFn: (id) => callVoid("DELETE", `/import/${encodeURIComponent(id)}`),
    onSettled: (_v, _error, id) => {
      void queryClient.invalidateQueries({ queryKey: importKeys.job(id) });
      void queryClient.invalidateQueries({ queryKey: importKeys.list });
    },
  });
}
