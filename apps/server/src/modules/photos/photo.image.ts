import { readFile } from "node:fs/promises";
import type { PhotoSize } from "@mitai/shared";
import exifReader from "exif-reader";
import sharp, { type Sharp, type SharpOptions } from "sharp";
import { AppError } from "../../errors.js";
import { type DecodedHeic, decodeHeic } from "./photo.heic.js";

/*
 * What an uploaded photo becomes: its type judged by its bytes, its orientation applied, its
 * metadata dropped (sharp writes none unless asked to with `withMetadata`/`keepExif`), and three
 * JPEG renditions written. The camera's date is read from the EXIF before it is dropped.
 */

export type PhotoKind = "jpeg" | "png" | "webp" | "heic";

/** The stored files' type: JPEG, which every browser shows and which suits photographs. */
export const STORED_MIME = "image/jpeg";
export const STORED_EXT = "jpg";

/** Longest side (px) of each rendition; the thumbnail is cropped to a square of this side. */
const LONG_SIDE: Record<PhotoSize, number> = { full: 2560, display: 1280, thumb: 320 };
const JPEG = { quality: 85, progressive: true } as const;
/** Guards against decompression bombs: no phone camera comes near this (a 200 MP sensor does). */
const MAX_INPUT_PIXELS = 200_000_000;
/** A HEIC file is decoded whole into RGBA in memory (4 bytes a pixel), so it gets a tighter bound. */
const MAX_HEIC_PIXELS = 64_000_000;

// Each upload's file is read once; libvips' operation cache would only hold memory between uploads.
sharp.cache(false);

const HEIC_BRANDS = new Set(["heic", "heix", "hevc", "hevx", "heim", "heis", "hevm", "hevs"]);

/** The image type by its magic numbers, or null for anything else (whatever its name claims). */
export function photoKindOf(head: Buffer): PhotoKind | null {
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "jpeg";
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (head.toString("latin1", 0, 4) === "RIFF" && head.toString("latin1", 8, 12) === "WEBP") return "webp";
  if (head.length >= 16 && head.toString("latin1", 4, 8) === "ftyp") {
    // The ftyp box: major brand, minor version, then compatible brands up to the box's end.
    const boxEnd = Math.min(head.readUInt32BE(0), head.length);
    const brands = [head.toString("latin1", 8, 12)];
    for (let at = 16; at + 4 <= boxEnd; at += 4) brands.push(head.toString("latin1", at, at + 4));
    // `mif1` alone is also AVIF's; a HEVC brand says the image inside is HEIC.
    if (brands.some((b) => HEIC_BRANDS.has(b))) return "heic";
  }
  return null;
}

/** The camera's clock when the photo was taken: the calendar day as shown there, and the instant if knowable. */
export type TakenAt = { date: string; at: Date };

/**
 * EXIF DateTimeOriginal, a wall-clock time without zone (exif-reader reads it as if UTC). With
 * OffsetTimeOriginal the instant is exact; without it the profile's time zone is assumed.
 */
export function takenAtFromExif(exif: Buffer | undefined, timeZone: string): TakenAt | null {
  if (!exif) return null;
  let wall: Date | undefined;
  let offset: string | undefined;
  try {
    const tags = exifReader(exif);
    wall = tags.Photo?.DateTimeOriginal;
    offset = tags.Photo?.OffsetTimeOriginal;
  } catch {
    // A damaged EXIF block costs the date, not the photo.
    return null;
  }
  if (!(wall instanceof Date) || Number.isNaN(wall.getTime())) return null;
  const date = wall.toISOString().slice(0, 10);
  const match = offset ? /^([+-])(\d{2}):(\d{2})$/.exec(offset.trim()) : null;
  if (match) {
    const minutes = (Number(match[2]) * 60 + Number(match[3])) * (match[1] === "-" ? -1 : 1);
    return { date, at: new Date(wall.getTime() - minutes * 60_000) };
  }
  return { date, at: new Date(wall.getTime() - zoneOffsetMs(timeZone, wall.getTime())) };
}

/** How far `timeZone`'s clock is ahead of UTC around the wall-clock time `wallMs` (read as UTC). */
function zoneOffsetMs(timeZone: string, wallMs: number): number {
  const offsetAt = (ms: number) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    }).formatToParts(ms);
    const n = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
    return Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")) - ms;
  };
  // Twice, so a wall time just after a DST change gets the offset in force then.
  const first = offsetAt(wallMs);
  return offsetAt(wallMs - first);
}

export type RenderedPhoto = { width: number; height: number; bytes: number; exif: Buffer | undefined };

function unreadable(reason: string): AppError {
  return new AppError(
    422,
    "invalid_image",
    `The image could not be read (${reason}); it may be truncated or damaged`,
    [{ path: "file", message: "is not a readable image" }],
  );
}

/** libvips reports a bad image as a plain Error; a system error (disk full, …) carries a code and is ours. */
function asImageError(err: unknown): unknown {
  if (err instanceof Error && !("code" in err)) {
    return unreadable(err.message.split("\n")[0]?.slice(0, 120) || "unknown error");
  }
  return err;
}

/** The upload as sharp input; HEIC through the WASM decoder (see photo.heic.ts). */
async function openSource(
  file: string,
  kind: PhotoKind,
): Promise<{ image: Sharp; exif: Buffer | undefined }> {
  const options: SharpOptions = { failOn: "truncated", limitInputPixels: MAX_INPUT_PIXELS };
  // Reading the header is cheap and gives the EXIF even for HEIC, which libvips can parse but not decode.
  const meta = await sharp(file, options).metadata();
  if (kind !== "heic") return { image: sharp(file, options).rotate(), exif: meta.exif };
  if (meta.width * meta.height > MAX_HEIC_PIXELS) throw unreadable("too many pixels");
  let decoded: DecodedHeic;
  try {
    decoded = await decodeHeic(await readFile(file));
  } catch (err) {
    throw unreadable(err instanceof Error ? err.message.split("\n")[0]?.slice(0, 120) || "HEIC" : "HEIC");
  }
  // libheif has applied the container's rotation already; the EXIF orientation must not be applied again.
  const image = sharp(decoded.rgba, { raw: { width: decoded.width, height: decoded.height, channels: 4 } });
  return { image, exif: meta.exif };
}

/**
 * Writes the three renditions to `out` (full from the source, the smaller ones from the full one,
 * which is already upright and small) and answers the full one's size.
 */
export async function renderPhoto(
  file: string,
  kind: PhotoKind,
  out: Record<PhotoSize, string>,
): Promise<RenderedPhoto> {
  try {
    const { image, exif } = await openSource(file, kind);
    const full = await image
      .resize(LONG_SIDE.full, LONG_SIDE.full, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg(JPEG)
      .toFile(out.full);
    await Promise.all([
      sharp(out.full)
        .resize(LONG_SIDE.display, LONG_SIDE.display, { fit: "inside", withoutEnlargement: true })
        .jpeg(JPEG)
        .toFile(out.display),
      sharp(out.full).resize(LONG_SIDE.thumb, LONG_SIDE.thumb, { fit: "cover" }).jpeg(JPEG).toFile(out.thumb),
    ]);
    return { width: full.width, height: full.height, bytes: full.size, exif };
  } catch (err) {
    throw asImageError(err);
  }
}
