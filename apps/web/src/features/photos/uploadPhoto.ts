import { AUTH_HEADER, type PhotoEntry, type PhotoUploadFields, photoEntry } from "@mitai/shared";
import { clearToken, getToken } from "../../app/token";
import { ApiError, networkError, toApiError } from "../../lib/apiError";

export type UploadProgress = { loaded: number; total: number };

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    return json;
  } catch {
    return text;
  }
}

/**
 * Sends a photo as multipart/form-data. XMLHttpRequest rather than `call` (fetch), because only it
 * reports how much of the body has gone out: a phone's 8 MB photo on a slow line takes a while.
 */
export function uploadPhoto(
  file: File,
  fields: PhotoUploadFields,
  onProgress: (progress: UploadProgress) => void,
  signal?: AbortSignal,
): Promise<PhotoEntry> {
  const body = new FormData();
  // The fields first: the server reads them whichever comes first, but a proxy sees them early.
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string" && value !== "") body.append(key, value);
  }
  body.append("file", file, file.name);

  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/photos");
    xhr.setRequestHeader("Accept", "application/json");
    const token = getToken();
    if (token) xhr.setRequestHeader(AUTH_HEADER, token);

    xhr.upload.addEventListener("progress", (event) => {
      if (event.lengthComputable) onProgress({ loaded: event.loaded, total: event.total });
    });
    xhr.addEventListener("load", () => {
      const data = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) {
        const parsed = photoEntry.safeParse(data);
        if (parsed.success) resolve(parsed.data);
        else reject(new ApiError(502, "invalid_response", "Unexpected answer from POST /photos"));
        return;
      }
      const error = toApiError(xhr.status, data);
      if (error.status === 401 && token) clearToken("expired");
      reject(error);
    });
    xhr.addEventListener("error", () => reject(networkError()));
    xhr.addEventListener("abort", () => reject(new DOMException("The upload was cancelled", "AbortError")));

    if (signal?.aborted) {
      reject(new DOMException("The upload was cancelled", "AbortError"));
      return;
    }
    signal?.addEventListener("abort", () => xhr.abort(), { once: true });
    xhr.send(body);
  });
}

/** Upload progress in whole percent (0 before the browser knows the size). */
export function progressPercent(progress: UploadProgress | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.round((progress.loaded / progress.total) * 100));
}
