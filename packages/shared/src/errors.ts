import { z } from "zod";

/** The body of every error answer (spec §4). */
export const errorBody = z
  .object({
    detail: z.string(),
    code: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: "Error" });
export type ErrorBody = z.infer<typeof errorBody>;

/** Stable error codes the client may branch on. */
export const errorCodes = [
  "validation_error",
  "unauthorized",
  "invalid_credentials",
  "email_not_verified",
  "account_disabled",
  "forbidden",
  "not_found",
  "duplicate_date",
  "duplicate_reading",
  "last_admin",
  "email_taken",
  "invalid_token",
  "rate_limited",
  "payload_too_large",
  "unsupported_media_type",
  "malformed_json",
  "bad_request",
  "unsupported_file",
  "empty_file",
  "invalid_image",
  "link_expired",
  "unknown_format",
  "import_not_ready",
  "import_finished",
  "mapping_required",
  "import_not_mappable",
  "training_type_in_use",
  "training_type_key_taken",
  "mapping_exists",
  "unknown_training_type",
  "not_an_activity",
  "internal_error",
  "service_unavailable",
] as const;
export type ErrorCode = (typeof errorCodes)[number];
