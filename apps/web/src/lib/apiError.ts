import { type ErrorCode, errorBody, errorCodes } from "@mitai/shared";

/** Codes the client produces itself, beside the server's stable ones. */
export type ClientErrorCode = "network" | "invalid_response";
export type KnownErrorCode = ErrorCode | ClientErrorCode;

export type FieldIssue = { path: string; message: string };

/** A failed API call: the server's `{detail, code, errors}` or a network failure (status 0). */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: string;
  readonly fieldErrors: FieldIssue[];

  constructor(status: number, code: string, detail: string, fieldErrors: FieldIssue[] = []) {
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.detail = detail;
    this.fieldErrors = fieldErrors;
  }
}

const statusCodes: Record<number, ErrorCode> = {
  400: "validation_error",
  401: "unauthorized",
  403: "forbidden",
  404: "not_found",
  413: "payload_too_large",
  415: "unsupported_media_type",
  422: "validation_error",
  429: "rate_limited",
  500: "internal_error",
  502: "service_unavailable",
  503: "service_unavailable",
  504: "service_unavailable",
};

/** The code for an answer without our error body (a proxy's HTML page, an empty 502). */
export function codeForStatus(status: number): ErrorCode {
  return statusCodes[status] ?? (status >= 500 ? "internal_error" : "validation_error");
}

/** Builds the error for a non-2xx answer from its status and (maybe) parsed body. */
export function toApiError(status: number, body: unknown): ApiError {
  const parsed = errorBody.safeParse(body);
  if (parsed.success) {
    const { code, detail, errors } = parsed.data;
    return new ApiError(status, code, detail, errors ?? []);
  }
  return new ApiError(status, codeForStatus(status), `HTTP ${status}`);
}

export const networkError = () => new ApiError(0, "network", "The server cannot be reached.");

const knownCodes: readonly string[] = [...errorCodes, "network", "invalid_response"];

export function isKnownCode(code: string): code is KnownErrorCode {
  return knownCodes.includes(code);
}

export type ErrorDescription = { key: `errors.${KnownErrorCode}` } | { text: string };

/** What to tell the user about a failure: a translation by code, else the server's own words. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    if (isKnownCode(error.code)) return { key: `errors.${error.code}` };
    return { text: error.detail };
  }
  return { key: "errors.internal_error" };
}

/** True when a retry might help (offline, server hiccup) rather than repeat the same refusal. */
export function isTransient(error: unknown): boolean {
  return error instanceof ApiError && (error.status === 0 || error.status >= 500);
}
