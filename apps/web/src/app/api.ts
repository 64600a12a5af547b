import { AUTH_HEADER } from "@mitai/shared";
import type { z } from "zod";
import { ApiError, networkError, toApiError } from "../lib/apiError";
import { clearToken, getToken } from "./token";

type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
type Query = Record<string, string | number | undefined>;
/** A JSON body, or FormData for a multipart upload. */
type CallOptions = { body?: unknown; query?: Query; signal?: AbortSignal };

function url(path: string, query?: Query): string {
  if (!query) return `/api${path}`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/api${path}?${search}` : `/api${path}`;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    const json: unknown = JSON.parse(text);
    return json;
  } catch {
    return text;
  }
}

/** One request; resolves with the parsed JSON body (undefined when empty), throws `ApiError`. */
async function send(
  method: Method,
  path: string,
  { body, query, signal }: CallOptions = {},
): Promise<unknown> {
  const headers = new Headers({ Accept: "application/json" });
  const token = getToken();
  if (token) headers.set(AUTH_HEADER, token);
  // A file upload: the browser sets the multipart boundary itself.
  const form = body instanceof FormData;
  if (body !== undefined && !form) headers.set("Content-Type", "application/json");

  let response: Response;
  try {
    response = await fetch(url(path, query), {
      method,
      headers,
      body: body === undefined ? undefined : form ? body : JSON.stringify(body),
      signal,
      cache: "no-store",
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw networkError();
  }

  const data = await readJson(response);
  if (response.ok) return data;
  const error = toApiError(response.status, data);
  // A session the server no longer knows: drop it, the router sends the user to the login page.
  if (error.status === 401 && token && error.code !== "invalid_credentials") clearToken("expired");
  throw error;
}

/** Calls the API and checks the answer against the shared schema of the contract. */
export async function call<T>(
  method: Method,
  path: string,
  schema: z.ZodType<T>,
  options?: CallOptions,
): Promise<T> {
  const data = await send(method, path, options);
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    throw new ApiError(502, "invalid_response", `Unexpected answer from ${method} ${path}`);
  }
  return parsed.data;
}

/** Calls the API where only success matters (202, 204). */
export async function callVoid(method: Method, path: string, options?: CallOptions): Promise<void> {
  await send(method, path, options);
}
