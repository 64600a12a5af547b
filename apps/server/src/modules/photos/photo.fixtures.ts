import { randomBytes } from "node:crypto";
import { readdir } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";
import type { TestApp, TestProfile } from "../../test/helpers.js";

/* Test fixtures for the photo module: images made with sharp, and multipart bodies. */

export type Part = { name: string; value: string | Buffer; filename?: string; type?: string };

/** A multipart/form-data body as a browser sends it. */
export function multipart(parts: Part[]): { payload: Buffer; contentType: string } {
  const boundary = `----mitai${randomBytes(8).toString("hex")}`;
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const disposition = `form-data; name="${p.name}"${p.filename ? `; filename="${p.filename}"` : ""}`;
    const type = p.filename ? `\r\nContent-Type: ${p.type ?? "application/octet-stream"}` : "";
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}${type}\r\n\r\n`));
    chunks.push(typeof p.value === "string" ? Buffer.from(p.value) : p.value);
    chunks.push(Buffer.from("\r\n"));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

export function uploadPhoto(
  t: TestApp,
  who: TestProfile,
  file: Buffer,
  filename: string,
  fields: Record<string, string> = {},
) {
  const body = multipart([
    ...Object.entries(fields).map(([name, value]) => ({ name, value })),
    { name: "file", value: file, filename, type: "image/jpeg" },
  ]);
  return t.app.inject({
    method: "POST",
    url: "/api/photos",
    headers: { ...who.headers, "content-type": body.contentType },
    payload: body.payload,
  });
}

/** A landscape picture, red in its top half and blue below, so a rotation shows. */
async function twoTone(width: number, height: number) {
  const top = await sharp({
    create: { width, height: Math.round(height / 2), channels: 3, background: "#ff0000" },
  })
    .png()
    .toBuffer();
  return sharp({ create: { width, height, channels: 3, background: "#0000ff" } }).composite([
    { input: top, left: 0, top: 0 },
  ]);
}

/**
 * A phone's JPEG held sideways: stored 600 × 400 with EXIF orientation 6 (turn 90° clockwise to
 * show), the camera's date and a GPS position.
 */
export async function sidewaysPhoneJpeg(dateTimeOriginal: string, offset?: string): Promise<Buffer> {
  return (await twoTone(600, 400))
    .jpeg({ quality: 90 })
    .withExif({
      IFD0: { Make: "TestCam", Model: "Phone 1" },
      IFD2: { DateTimeOriginal: dateTimeOriginal, ...(offset ? { OffsetTimeOriginal: offset } : {}) },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 31/1 12/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "13/1 24/1 36/1",
      },
    })
    .withMetadata({ orientation: 6 })
    .toBuffer();
}

/** Noise compresses badly, so the JPEG's scan data fill most of the file (a cut lands inside them). */
export async function noisyJpeg(width = 800, height = 600): Promise<Buffer> {
  return sharp(randomBytes(width * height * 3), { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

export async function pngWithAlpha(): Promise<Buffer> {
  return sharp({
    create: { width: 300, height: 500, channels: 4, background: { r: 0, g: 128, b: 0, alpha: 0.5 } },
  })
    .png()
    .toBuffer();
}

export async function webp(): Promise<Buffer> {
  return (await twoTone(3000, 2000)).webp({ quality: 80 }).toBuffer();
}

/** Every file under a folder, recursively (empty folders do not count). */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
