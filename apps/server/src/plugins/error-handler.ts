import type { FastifyError, FastifyInstance } from "fastify";
import fp from "fastify-plugin";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import { AppError } from "../errors.js";

type Issue = { path: string; message: string };

/** Fastify's own client errors, by their code, as `{status, code, detail}`. */
const fastifyErrors: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "malformed_json", "The body is not valid JSON"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "malformed_json", "The body is empty but declared as JSON"],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "payload_too_large", "The body is too large"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "unsupported_media_type", "Send the body as application/json"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "bad_request", "Content-Length does not match the body"],
  FST_REQ_FILE_TOO_LARGE: [413, "payload_too_large", "The file is larger than imports accept"],
  FST_INVALID_MULTIPART_CONTENT_TYPE: [415, "unsupported_media_type", "Send the file as multipart/form-data"],
};

function issuePath(instancePath: string, prefix: string): string {
  return instancePath.replace(/^\//, "").replace(/\//g, ".") || prefix;
}

/**
 * One error handler for the whole API: domain errors and validation failures become
 * `{detail, code}` (spec §4); anything unexpected is logged and answered without internals.
 */
export const errorHandlerPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      return reply
        .code(error.status)
        .send({ detail: error.message, code: error.code, ...(error.errors ? { errors: error.errors } : {}) });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? "body";
      const errors: Issue[] = error.validation.map((v) => {
        const keys = (v.params as { keys?: unknown }).keys;
        if (v.keyword === "unrecognized_keys" && Array.isArray(keys)) {
          return { path: keys.join(", "), message: "is not a known field" };
        }
        return { path: issuePath(v.instancePath, where), message: v.message ?? "is invalid" };
      });
      const first = errors[0];
      return reply.code(422).send({
        detail: first ? `Invalid ${where}: ${first.path} ${first.message}` : `Invalid ${where}`,
        code: "validation_error",
        errors,
      });
    }
    const known = error.code ? fastifyErrors[error.code] : undefined;
    if (known) {
      const [status, code, detail] = known;
      return reply.code(status).send({ detail, code });
    }
    if (error.statusCode === 429) {
      return reply
        .code(429)
        .send({ detail: "Too many requests, try again in a minute", code: "rate_limited" });
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .send({ detail: "The request could not be processed", code: "bad_request" });
    }
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, "response does not match its schema");
    } else {
      request.log.error({ err: error }, "unhandled error");
    }
    return reply.code(500).send({ detail: "Something went wrong on the server", code: "internal_error" });
  });
});
