import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, open, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PHOTO_MAX_BYTES, type PhotoSize, photoSizes } from "@mitai/shared";
import type { FastifyBaseLogger } from "fastify";
import type { Database } from "../../db/client.js";
import { AppError } from "../../errors.js";
import { STORED_EXT } from "./photo.image.js";
import type { PhotoLinkKey } from "./photo.links.js";

/*
 * Where a photo's files live: PHOTOS_DIR/<profile id>/<photo id>-<size>.jpg once stored, and
 * PHOTOS_DIR/tmp/ while an upload is received and rendered (the same file system, so moving a
 * finished file into place is an atomic rename).
 */

export type PhotoContext = {
  db: Database;
  photosDir: string;
  linkKey: PhotoLinkKey;
  log: FastifyBaseLogger;
};

export type SizePaths = Record<PhotoSize, string>;

export const tempDir = (ctx: PhotoContext) => path.join(ctx.photosDir, "tmp");
export const profileDir = (ctx: PhotoContext, profileId: string) => path.join(ctx.photosDir, profileId);

function pathsIn(dir: string, photoId: string, suffix = ""): SizePaths {
  const at = (size: PhotoSize) => path.join(dir, `${photoId}-${size}.${STORED_EXT}${suffix}`);
  return { full: at("full"), display: at("display"), thumb: at("thumb") };
}

export const storedPaths = (ctx: PhotoContext, profileId: string, photoId: string) =>
  pathsIn(profileDir(ctx, profileId), photoId);
export const renderPaths = (ctx: PhotoContext, photoId: string) => pathsIn(tempDir(ctx), photoId, ".part");

export async function removeFiles(files: Iterable<string>): Promise<void> {
  await Promise.all([...files].map((f) => rm(f, { force: true })));
}

export const allSizes = (paths: SizePaths) => photoSizes.map((s) => paths[s]);

function tooLarge(): AppError {
  return new AppError(
    413,
    "payload_too_large",
    `The photo is larger than ${PHOTO_MAX_BYTES / 1024 / 1024} MB`,
  );
}

/** Streams an upload to a temporary file (never whole in memory); nothing is left when it fails. */
export async function receiveUpload(
  ctx: PhotoContext,
  stream: Readable & { truncated?: boolean },
): Promise<string> {
  await mkdir(tempDir(ctx), { recursive: true });
  const file = path.join(tempDir(ctx), `${randomUUID()}.upload`);
  try {
    await pipeline(stream, createWriteStream(file, { mode: 0o600 }));
    if (stream.truncated) throw tooLarge();
  } catch (err) {
    await removeFiles([file]);
    if (err instanceof Error && "code" in err && err.code === "FST_REQ_FILE_TOO_LARGE") throw tooLarge();
    throw err;
  }
  return file;
}

/** The first bytes of a file, where the magic numbers are. */
export async function readHead(file: string, bytes = 512): Promise<Buffer> {
  const handle = await open(file, "r");
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/** The size of a stored file, or null when it is gone. */
export async function fileSize(file: string): Promise<number | null> {
  try {
    return (await stat(file)).size;
  } catch {
    return null;
  }
}

/** Temporary files older than this belong to no upload still running (uploads take seconds). */
const STALE_TEMP_MS = 3_600_000;

/** At start-up: what uploads interrupted by a stop left in the temporary folder is removed. */
export async function sweepTempFiles(ctx: PhotoContext): Promise<void> {
  const dir = tempDir(ctx);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const before = Date.now() - STALE_TEMP_MS;
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    const info = await stat(file).catch(() => null);
    if (info?.isFile() && info.mtimeMs < before) {
      await rm(file, { force: true });
      removed += 1;
    }
  }
  if (removed > 0) ctx.log.warn({ removed }, "temporary photo files of interrupted uploads were removed");
}
