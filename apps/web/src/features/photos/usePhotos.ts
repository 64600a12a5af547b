import { type PhotoEntry, type PhotoUpdate, type PhotoUploadFields, photoEntry } from "@mitai/shared";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useRef, useState } from "react";
import { z } from "zod";
import { call, callVoid } from "../../app/api";
import { refreshDelayMs, shouldRefetchAfterError } from "./photoLogic";
import { type UploadProgress, uploadPhoto } from "./uploadPhoto";

const photoList = z.array(photoEntry);

export const photoKeys = {
  all: ["photos"] as const,
  list: ["photos", "list"] as const,
};

/** The server's most; the gallery loads its thumbnails lazily, so the list itself stays small. */
const LIST_LIMIT = 1000;

/**
 * Every photo, newest first. Their links expire after about an hour: the list is fetched again
 * shortly before the first of them does.
 */
export function usePhotos() {
  return useQuery({
    queryKey: photoKeys.list,
    queryFn: ({ signal }) => call("GET", "/photos", photoList, { signal, query: { limit: LIST_LIMIT } }),
    refetchInterval: (query) => refreshDelayMs(query.state.data ?? [], Date.now()),
  });
}

/** For an `<img onError>`: an expired link is replaced by fetching the list again (at most every 30 s). */
export function useRefreshPhotoLinks(): () => void {
  const queryClient = useQueryClient();
  const last = useRef<number | null>(null);
  return useCallback(() => {
    const now = Date.now();
    if (!shouldRefetchAfterError(last.current, now)) return;
    last.current = now;
    void queryClient.invalidateQueries({ queryKey: photoKeys.list });
  }, [queryClient]);
}

function useInvalidatePhotos() {
  const queryClient = useQueryClient();
  return () => void queryClient.invalidateQueries({ queryKey: photoKeys.all });
}

export type UploadInput = { file: File; fields: PhotoUploadFields };

/** The upload with its progress, and a way to cancel it. */
export function useUploadPhoto() {
  const invalidate = useInvalidatePhotos();
  const [progress, setProgress] = useState<UploadProgress | null>(null);
  const controller = useRef<AbortController | null>(null);
  const mutation = useMutation<PhotoEntry, Error, UploadInput>({
    mutationFn: ({ file, fields }) => {
      controller.current = new AbortController();
      setProgress(null);
      return uploadPhoto(file, fields, setProgress, controller.current.signal);
    },
    onSettled: () => {
      controller.current = null;
      invalidate();
    },
  });
  const cancel = useCallback(() => controller.current?.abort(), []);
  return { ...mutation, progress, cancel };
}

export function useUpdatePhoto() {
  const invalidate = useInvalidatePhotos();
  return useMutation<PhotoEntry, Error, { id: string; body: PhotoUpdate }>({
    mutationFn: ({ id, body }) => call("PUT", `/photos/${encodeURIComponent(id)}`, photoEntry, { body }),
    onSettled: invalidate,
  });
}

export function useDeletePhoto() {
  const invalidate = useInvalidatePhotos();
  return useMutation<void, Error, PhotoEntry>({
    mutationFn: (photo) => callVoid("DELETE", `/photos/${encodeURIComponent(photo.id)}`),
    onSettled: invalidate,
  });
}
