import { createReadStream } from "node:fs";
import {
  errorBody,
  PHOTO_MAX_BYTES,
  type PhotoUploadFields,
  photoEntry,
  photoFileQuery,
  photoListQuery,
  photoSize,
  photoUpdate,
  photoUploadFields,
} from "@mitai/shared";
import type { FastifyRequest } from "fastify";
import { z } from "zod";
import { AppError } from "../../errors.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import { type PhotoContext, receiveUpload, removeFiles, sweepTempFiles } from "./photo.files.js";
import { loadPhotoLinkKey } from "./photo.links.js";
import * as photos from "./photo.service.js";

const tags = ["photos"];
const idParams = z.object({ id: z.uuid() });

/** Per-route multipart limits: one photo, a few short fields (the app-wide limits are the imports'). */
const uploadLimits = { fileSize: PHOTO_MAX_BYTES, files: 1, fields: 5, fieldSize: 4096, parts: 6 };

/**
 * The multipart body: the file streamed to a temporary file as it arrives, the fields (which may
 * come before or after it) collected and checked afterwards.
 */
async function readUpload(
  ctx: PhotoContext,
  request: FastifyRequest,
): Promise<{ file: string; fields: PhotoUploadFields }> {
  if (!request.isMultipart()) {
    throw new AppError(
      415,
      "unsupported_media_type",
      "Send the photo as multipart/form-data in the field `file`",
    );
  }
  let file: string | null = null;
  const raw: Record<string, string> = {};
  try {
    for await (const part of request.parts({ limits: uploadLimits })) {
      if (part.type === "file") {
        if (part.fieldname !== "file" || file) part.file.resume();
        else file = await receiveUpload(ctx, part.file);
      } else if (typeof part.value === "string" && part.value !== "") {
        raw[part.fieldname] = part.value;
      }
    }
    if (!file) {
      throw new AppError(422, "validation_error", "No photo in the field `file`", [
        { path: "file", message: "is required" },
      ]);
    }
    const parsed = photoUploadFields.safeParse(raw);
    if (!parsed.success) {
      const errors = parsed.error.issues.map((i) => ({
        path: i.path.join(".") || (i.code === "unrecognized_keys" ? i.keys.join(", ") : "body"),
        message: i.code === "unrecognized_keys" ? "is not a known field" : i.message,
      }));
      throw new AppError(
        422,
        "validation_error",
        `Invalid field: ${errors[0]?.path} ${errors[0]?.message}`,
        errors,
      );
    }
    return { file, fields: parsed.data };
  } catch (err) {
    if (file) await removeFiles([file]);
    throw err;
  }
}

export async function photoRoutes(app: App, opts: Omit<PhotoContext, "linkKey"> & { dataDir: string }) {
  const { dataDir, ...rest } = opts;
  const ctx: PhotoContext = { ...rest, linkKey: await loadPhotoLinkKey(dataDir) };
  app.addHook("onReady", () => sweepTempFiles(ctx));

  app.post(
    "/api/photos",
    {
      schema: {
        tags,
        summary:
          "Upload a photo (multipart: `file` — JPEG, PNG, WebP or HEIC up to 25 MB — and optional `date`, `pose`, `note`); the date comes from the camera's EXIF when it has one",
        consumes: ["multipart/form-data"],
        response: { 201: photoEntry, 413: errorBody, 415: errorBody, 422: errorBody },
      },
    },
    async (request, reply) => {
      const { file, fields } = await readUpload(ctx, request);
      return reply.code(201).send(await photos.createPhoto(ctx, actorOf(request), file, fields));
    },
  );

  app.get(
    "/api/photos",
    {
      schema: {
        tags,
        summary: "Photos, newest first, with signed links to their files",
        querystring: photoListQuery,
        response: { 200: z.array(photoEntry), 422: errorBody },
      },
    },
    async (request) => photos.listPhotos(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/photos/:id",
    {
      schema: { tags, summary: "One photo", params: idParams, response: { 200: photoEntry, 404: errorBody } },
    },
    async (request) => photos.getPhoto(ctx, actorOf(request), request.params.id),
  );

  app.put(
    "/api/photos/:id",
    {
      schema: {
        tags,
        summary: "Change a photo's date, pose or note",
        params: idParams,
        body: photoUpdate,
        response: { 200: photoEntry, 404: errorBody, 422: errorBody },
      },
    },
    async (request) => photos.updatePhoto(ctx, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/photos/:id",
    {
      schema: {
        tags,
        summary: "Delete a photo and its files",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await photos.deletePhoto(ctx, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  app.get(
    "/api/photos/:id/file/:size",
    {
      // No session header here (`<img>` cannot send one): the link's signature is the authorisation.
      config: { access: "public" },
      schema: {
        tags,
        summary:
          "A photo's file (JPEG), through the signed link in the entry's `urls`; 404 for a link not made for it, 403 `link_expired` once it ran out",
        params: z.object({ id: z.uuid(), size: photoSize }),
        querystring: photoFileQuery,
        // The JPEG itself, streamed (Fastify serialises no stream, so no column can leak through here).
        response: { 200: z.unknown().meta({ description: "image/jpeg" }), 403: errorBody, 404: errorBody },
      },
    },
    async (request, reply) => {
      const { id, size } = request.params;
      const file = await photos.openPhotoFile(ctx, id, size, request.query);
      return reply
        .type(file.mime)
        .header("content-length", file.bytes)
        .header("cache-control", `private, max-age=${file.maxAgeS}`)
        .header("x-content-type-options", "nosniff")
        .send(createReadStream(file.path));
    },
  );
}
