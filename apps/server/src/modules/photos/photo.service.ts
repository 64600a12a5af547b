import { randomUUID } from "node:crypto";
import { mkdir, rename } from "node:fs/promises";
import {
  MIN_LOG_DATE,
  type PhotoEntry,
  type PhotoSize,
  type PhotoUpdate,
  type PhotoUploadFields,
  type photoListQuery,
  photoSizes,
  todayIn,
} from "@mitai/shared";
import type { z } from "zod";
import { AppError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import {
  allSizes,
  fileSize,
  type PhotoContext,
  profileDir,
  readHead,
  removeFiles,
  renderPaths,
  storedPaths,
} from "./photo.files.js";
import { photoKindOf, renderPhoto, STORED_MIME, takenAtFromExif } from "./photo.image.js";
import { checkPhotoLink, linkExpiry, signedPhotoUrl } from "./photo.links.js";
import {
  deletePhotoRow,
  findPhotoRow,
  findPhotoRowById,
  insertPhotoRow,
  listPhotoRows,
  updatePhotoRow,
} from "./photo.repo.js";
import type { PhotoRow } from "./photo.table.js";

export type { PhotoContext };

export function toPhotoEntry(ctx: PhotoContext, row: PhotoRow, nowMs: number = Date.now()): PhotoEntry {
  const exp = linkExpiry(nowMs);
  const url = (size: PhotoSize) =>
    signedPhotoUrl(ctx.linkKey, { profileId: row.profileId, photoId: row.id, size }, exp);
  return {
    id: row.id,
    date: row.date,
    takenAt: row.takenAt?.toISOString() ?? null,
    pose: row.pose,
    note: row.note,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    urls: { thumb: url("thumb"), display: url("display"), full: url("full") },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function notInFuture(actor: Actor, date: string | undefined): void {
  if (date && date > todayIn(actor.profile.timeZone))
    throw new ValidationError("date", "must not be in the future");
}

/**
 * Stores an upload already received to `upload` (which is always removed): its renditions are
 * written under temporary names, the row inserted, then the files renamed into place. Whatever
 * fails on the way, no file and no row remain.
 */
export async function createPhoto(
  ctx: PhotoContext,
  actor: Actor,
  upload: string,
  fields: PhotoUploadFields,
): Promise<PhotoEntry> {
  const id = randomUUID();
  const temp = renderPaths(ctx, id);
  try {
    notInFuture(actor, fields.date);
    const kind = photoKindOf(await readHead(upload));
    if (!kind) {
      throw new AppError(415, "unsupported_file", "The file is not a JPEG, PNG, WebP or HEIC image", [
        { path: "file", message: "must be a JPEG, PNG, WebP or HEIC image" },
      ]);
    }
    const rendered = await renderPhoto(upload, kind, temp);
    const today = todayIn(actor.profile.timeZone);
    const taken = takenAtFromExif(rendered.exif, actor.profile.timeZone);
    // A camera whose clock was never set says 1970 or the future; then the form's date counts.
    const fromCamera = taken && taken.date >= MIN_LOG_DATE && taken.date <= today ? taken : null;
    const stored = storedPaths(ctx, actor.profile.id, id);
    await mkdir(profileDir(ctx, actor.profile.id), { recursive: true });
    const row = await insertPhotoRow(ctx.db, {
      id,
      profileId: actor.profile.id,
      date: fromCamera?.date ?? fields.date ?? today,
      takenAt: fromCamera?.at ?? null,
      pose: fields.pose ?? "front",
      note: fields.note || null,
      mime: STORED_MIME,
      width: rendered.width,
      height: rendered.height,
      bytes: rendered.bytes,
    });
    try {
      for (const size of photoSizes) await rename(temp[size], stored[size]);
    } catch (err) {
      await deletePhotoRow(ctx.db, actor.profile.id, id);
      await removeFiles(allSizes(stored));
      throw err;
    }
    return toPhotoEntry(ctx, row);
  } finally {
    await removeFiles([upload, ...allSizes(temp)]);
  }
}

export async function listPhotos(
  ctx: PhotoContext,
  actor: Actor,
  query: z.output<typeof photoListQuery>,
): Promise<PhotoEntry[]> {
  const now = Date.now();
  return (await listPhotoRows(ctx.db, actor.profile.id, query, query)).map((r) => toPhotoEntry(ctx, r, now));
}

export async function getPhoto(ctx: PhotoContext, actor: Actor, id: string): Promise<PhotoEntry> {
  const row = await findPhotoRow(ctx.db, actor.profile.id, id);
  if (!row) throw new NotFoundError("Photo");
  return toPhotoEntry(ctx, row);
}

export async function updatePhoto(
  ctx: PhotoContext,
  actor: Actor,
  id: string,
  patch: PhotoUpdate,
): Promise<PhotoEntry> {
  notInFuture(actor, patch.date);
  const row = await updatePhotoRow(ctx.db, actor.profile.id, id, {
    ...(patch.date !== undefined ? { date: patch.date } : {}),
    ...(patch.pose !== undefined ? { pose: patch.pose } : {}),
    ...(patch.note !== undefined ? { note: patch.note || null } : {}),
  });
  if (!row) throw new NotFoundError("Photo");
  return toPhotoEntry(ctx, row);
}

/** The row goes first: a file left by a failed removal is unreachable, a row without files would show broken. */
export async function deletePhoto(ctx: PhotoContext, actor: Actor, id: string): Promise<void> {
  const row = await deletePhotoRow(ctx.db, actor.profile.id, id);
  if (!row) throw new NotFoundError("Photo");
  try {
    await removeFiles(allSizes(storedPaths(ctx, row.profileId, row.id)));
  } catch (err) {
    ctx.log.error({ err, photoId: row.id }, "the files of a deleted photo could not be removed");
  }
}

export type PhotoFile = { path: string; mime: string; bytes: number; maxAgeS: number };

/**
 * The file behind a signed link. A link that was not made for this photo is answered like a
 * photo that does not exist; only a genuine link that has run out says so (the page then fetches
 * fresh links).
 */
export async function openPhotoFile(
  ctx: PhotoContext,
  photoId: string,
  size: PhotoSize,
  query: { exp?: string | undefined; sig?: string | undefined },
): Promise<PhotoFile> {
  const row = await findPhotoRowById(ctx.db, photoId);
  if (!row) throw new NotFoundError("Photo");
  const check = checkPhotoLink(ctx.linkKey, { profileId: row.profileId, photoId, size }, query);
  if (!check.ok) {
    if (check.reason === "expired") {
      throw new AppError(403, "link_expired", "This photo link has expired; reload the page for a fresh one");
    }
    throw new NotFoundError("Photo");
  }
  const file = storedPaths(ctx, row.profileId, row.id)[size];
  const bytes = await fileSize(file);
  if (bytes === null) throw new NotFoundError("Photo file");
  return { path: file, mime: row.mime, bytes, maxAgeS: check.maxAgeS };
}
