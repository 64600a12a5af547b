import {
  type ActivityMapping,
  type ActivityMappingCreate,
  activityMapping,
  type TrainingType,
  type TrainingTypeCreate,
  type TrainingTypeUpdate,
  trainingType,
} from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";

/*
 * The admin's training types and global name mappings. The types' key sits under the pickers' own
 * `["training-types"]`, so one invalidation refreshes both; sessions and evaluations show the
 * types' names and categories, so `["activity"]` goes stale with them.
 */
export const adminTrainingKeys = {
  types: ["training-types", "admin"] as const,
  mappings: ["activity-mappings", "global"] as const,
};

const typeList = z.array(trainingType);
const mappingList = z.array(activityMapping);

function useInvalidateTypes() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ["training-types"] }),
      queryClient.invalidateQueries({ queryKey: ["activity"] }),
      queryClient.invalidateQueries({ queryKey: adminTrainingKeys.mappings }),
    ]);
}

/** Every type, the inactive ones included. */
export function useAdminTrainingTypes() {
  return useQuery({
    queryKey: adminTrainingKeys.types,
    queryFn: ({ signal }) => call("GET", "/admin/training-types", typeList, { signal }),
  });
}

export function useCreateTrainingType() {
  const invalidate = useInvalidateTypes();
  return useMutation<TrainingType, Error, TrainingTypeCreate>({
    mutationFn: (body) => call("POST", "/admin/training-types", trainingType, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateTrainingType() {
  const invalidate = useInvalidateTypes();
  return useMutation<TrainingType, Error, { id: string; body: TrainingTypeUpdate }>({
    mutationFn: ({ id, body }) =>
      call("PATCH", `/admin/training-types/${encodeURIComponent(id)}`, trainingType, { body }),
    onSuccess: invalidate,
  });
}

export function useDeleteTrainingType() {
  const invalidate = useInvalidateTypes();
  return useMutation<void, Error, TrainingType>({
    mutationFn: (type) => callVoid("DELETE", `/admin/training-types/${encodeURIComponent(type.id)}`),
    onSuccess: invalidate,
  });
}

/** The global mappings (a profile's own ones stay private to it). */
export function useGlobalMappings() {
  return useQuery({
    queryKey: adminTrainingKeys.mappings,
    queryFn: ({ signal }) => call("GET", "/admin/activity-mappings", mappingList, { signal }),
  });
}

function useInvalidateMappings() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: adminTrainingKeys.mappings });
}

export function useCreateMapping() {
  const invalidate = useInvalidateMappings();
  return useMutation<ActivityMapping, Error, ActivityMappingCreate>({
    mutationFn: (body) => call("POST", "/admin/activity-mappings", activityMapping, { body }),
    onSuccess: invalidate,
  });
}

export function useUpdateMapping() {
  const queryClient = useQueryClient();
  return useMutation<ActivityMapping, Error, { id: string; trainingTypeId: string }>({
    mutationFn: ({ id, trainingTypeId }) =>
      call("PATCH", `/admin/activity-mappings/${encodeURIComponent(id)}`, activityMapping, {
        body: { trainingTypeId },
      }),
    onSuccess: (saved) => {
      queryClient.setQueryData<ActivityMapping[]>(adminTrainingKeys.mappings, (list) =>
        list?.map((entry) => (entry.id === saved.id ? saved : entry)),
      );
    },
  });
}

export function useDeleteMapping() {
  const invalidate = useInvalidateMappings();
  return useMutation<void, Error, ActivityMapping>({
    mutationFn: (mapping) => callVoid("DELETE", `/admin/activity-mappings/${encodeURIComponent(mapping.id)}`),
    onSuccess: invalidate,
  });
}
