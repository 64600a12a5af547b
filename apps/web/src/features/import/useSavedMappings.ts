import { savedMapping } from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { z } from "zod";
import { call, callVoid } from "../../app/api";
import { importKeys } from "./useImport";

const mappingList = z.array(savedMapping);

/** The column mappings the profile asked to remember, applied at once to files with the same headers. */
export function useSavedMappings() {
  return useQuery({
    queryKey: importKeys.mappings,
    queryFn: ({ signal }) => call("GET", "/import/mappings", mappingList, { signal }),
  });
}

export function useDeleteMapping() {
  const queryClient = useQueryClient();
  return useMutation<void, Error, string>({
    mutationFn: (id) => callVoid("DELETE", `/import/mappings/${encodeURIComponent(id)}`),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: importKeys.mappings }),
  });
}
