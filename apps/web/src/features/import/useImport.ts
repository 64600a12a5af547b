import {
  type ImportJob,
  type ImportKind,
  type ImportMappingInput,
  type ImportStatus,
  importCreated,
  importJob,
} from "@mitai/shared";
import { queryOptions, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { z } from "zod";
import { call, callVoid } from "../../app/api";
import { bpKeys } from "../blood-pressure/useBloodPressure";
import { nutritionKeys } from "../nutrition/useNutrition";
import { sleepKeys } from "../sleep/useSleep";
import { trainingKeys } from "../training/useTraining";
import { vitalsKeys } from "../vitals/useVitals";
import { addedKinds } from "./kinds";

const jobList = z.array(importJob);

export const importKeys = {
  all: ["import"] as const,
  list: ["import", "list"] as const,
  job: (id: string) => ["import", "job", id] as const,
  mappings: ["import", "mappings"] as const,
};

/** The cached lists an import of each kind makes stale (their pages and the dashboard tiles). */
const kindKeys: Record<ImportKind, readonly string[]> = {
  blood_pressure: bpKeys.all,
  vitals: vitalsKeys.all,
  sleep: sleepKeys.all,
  activity: trainingKeys.activity,
  nutrition: nutritionKeys.all,
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

const jobQuery = (id: string) =>
  queryOptions({
    queryKey: importKeys.job(id),
    queryFn: ({ signal }) => call("GET", `/import/${encodeURIComponent(id)}`, importJob, { signal }),
  });

/** One job, asked again every half second while the server works on it. */
export function useImportJob(id: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    ...jobQuery(id ?? ""),
    enabled: id !== null,
    refetchInterval: (q) => (q.state.data && !isRunning(q.state.data.status) ? false : POLL_MS),
  });
  const status = query.data?.status;
  // When the job settles, the history, the remembered mappings and (after a commit) the lists of
  // what it added are out of date.
  useEffect(() => {
    if (!status || isRunning(status) || id === null) return;
    void queryClient.invalidateQueries({ queryKey: importKeys.list });
    void queryClient.invalidateQueries({ queryKey: importKeys.mappings });
    if (status !== "done") return;
    const job = queryClient.getQueryData(jobQuery(id).queryKey);
    for (const kind of job ? addedKinds(job) : []) {
      void queryClient.invalidateQueries({ queryKey: kindKeys[kind] });
    }
  }, [status, id, queryClient]);
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

/** Tells the server what a generic CSV's columns hold; the job is analysed again. */
export function useSetMapping() {
  const queryClient = useQueryClient();
  return useMutation<ImportJob, Error, { id: string; input: ImportMappingInput }>({
    mutationFn: ({ id, input }) =>
      call("PUT", `/import/${encodeURIComponent(id)}/mapping`, importJob, { body: input }),
    onSuccess: (job) => queryClient.setQueryData(importKeys.job(job.id), job),
    onSettled: (_job, _error, { id }) => {
      void queryClient.invalidateQueries({ queryKey: importKeys.job(id) });
      void queryClient.invalidateQueries({ queryKey: importKeys.mappings });
    },
  });
}
