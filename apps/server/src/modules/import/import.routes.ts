import { errorBody, importCreated, importJob, importMappingInput, savedMapping } from "@mitai/shared";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as imports from "./import.service.js";

const tags = ["import"];
const idParams = z.object({ id: z.uuid() });

export async function importRoutes(app: App, ctx: imports.ImportContext) {
  app.post(
    "/api/import",
    {
      schema: {
        tags,
        summary:
          "Upload a file (multipart field `file`, optional field `format`); it is analysed in the background",
        consumes: ["multipart/form-data"],
        response: { 202: importCreated, 413: errorBody, 415: errorBody, 422: errorBody },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError(
          415,
          "unsupported_media_type",
          "Send the file as multipart/form-data in the field `file`",
        );
      }
      const part = await request.file();
      if (part?.fieldname !== "file") {
        part?.file.resume();
        throw new AppError(422, "validation_error", "No file in the field `file`", [
          { path: "file", message: "is required" },
        ]);
      }
      const format = part.fields.format;
      const formatValue =
        format && !Array.isArray(format) && format.type === "field" ? String(format.value) : undefined;
      const id = await imports.startImport(ctx, actorOf(request), {
        fileName: part.filename || "upload.csv",
        stream: part.file,
        format: formatValue,
      });
      return reply.code(202).send({ id });
    },
  );

  app.get(
    "/api/import",
    {
      schema: { tags, summary: "The profile's imports, newest first", response: { 200: z.array(importJob) } },
    },
    async (request) => imports.listImports(ctx, actorOf(request)),
  );

  app.get(
    "/api/import/mappings",
    {
      schema: {
        tags,
        summary: "Column mappings remembered for generic CSV files, newest first",
        response: { 200: z.array(savedMapping) },
      },
    },
    async (request) => imports.listSavedMappings(ctx, actorOf(request)),
  );

  app.delete(
    "/api/import/mappings/:id",
    {
      schema: {
        tags,
        summary: "Forget a remembered column mapping",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await imports.forgetMapping(ctx, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.put(
    "/api/import/:id/mapping",
    {
      schema: {
        tags,
        summary:
          "Map a generic CSV's columns to fields; the file is analysed again with the mapping (remembered for files with the same headers unless `remember` is false)",
        params: idParams,
        body: importMappingInput,
        response: { 202: importJob, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await imports.mapImport(ctx, actorOf(request), request.params.id, request.body)),
  );

  app.get(
    "/api/import/:id",
    {
      schema: {
        tags,
        summary: "Status, progress, counts, preview and errors of an import",
        params: idParams,
        response: { 200: importJob, 404: errorBody },
      },
    },
    async (request) => imports.getImport(ctx, actorOf(request), request.params.id),
  );

  app.post(
    "/api/import/:id/commit",
    {
      schema: {
        tags,
        summary: "Store the analysed rows, in one transaction, in the background",
        params: idParams,
        response: { 202: importJob, 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(202).send(await imports.commitImport(ctx, actorOf(request), request.params.id)),
  );

  app.delete(
    "/api/import/:id",
    {
      schema: {
        tags,
        summary: "Cancel an import; a commit in progress is rolled back whole",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody, 409: errorBody },
      },
    },
    async (request, reply) => {
      await imports.cancelImport(ctx, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
