import { readFile } from "node:fs/promises";
import path from "node:path";
import { type PhotoEntry, todayIn } from "@mitai/shared";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import {
  filesUnder,
  multipart,
  noisyJpeg,
  pngWithAlpha,
  sidewaysPhoneJpeg,
  uploadPhoto,
  webp,
} from "./photo.fixtures.js";

let t: TestApp;
let anna: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { timeZone: "Europe/Berlin" });
});

const fetchFile = async (url: string) => {
  const res = await t.app.inject({ url });
  return { res, body: res.rawPayload };
};

/** The colour of one pixel, as [r, g, b]. */
async function pixel(image: Buffer, left: number, top: number): Promise<number[]> {
  const raw = await sharp(image).extract({ left, top, width: 1, height: 1 }).raw().toBuffer();
  return [...raw.subarray(0, 3)];
}

/** What a stored file gives away besides its pixels: nothing is the aim. */
async function expectNoMetadata(image: Buffer) {
  const meta = await sharp(image).metadata();
  expect(meta.format).toBe("jpeg");
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.iptc).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  expect(meta.orientation).toBeUndefined();
  expect(image.includes("Exif\0\0", 0, "latin1")).toBe(false);
  expect(image.includes("TestCam", 0, "latin1")).toBe(false);
}

async function storedFiles(entry: PhotoEntry) {
  const out: Record<string, Buffer> = {};
  for (const size of ["thumb", "display", "full"] as const) {
    const { res, body } = await fetchFile(entry.urls[size]);
    expect(res.statusCode).toBe(200);
    out[size] = body;
  }
  return out;
}

describe("POST /api/photos", () => {
  it("turns a sideways phone JPEG upright, keeps the camera's date and drops EXIF and GPS from every file", async () => {
    const res = await uploadPhoto(
      t,
      anna,
      await sidewaysPhoneJpeg("2025:03:14 09:26:53", "+01:00"),
      "IMG.JPG",
      {
        date: "2025-01-01",
        pose: "side",
        note: "after the holidays",
      },
    );
    expect(res.statusCode).toBe(201);
    const entry: PhotoEntry = res.json();
    expect(entry).toMatchObject({
      date: "2025-03-14",
      takenAt: "2025-03-14T08:26:53.000Z",
      pose: "side",
      note: "after the holidays",
      width: 400,
      height: 600,
    });
    const files = await storedFiles(entry);
    for (const file of Object.values(files)) await expectNoMetadata(file);
    expect(entry.bytes).toBe(files.full?.length);
    const full = files.full ?? Buffer.alloc(0);
    // Turned clockwise: the red top of the scene is now on the right.
    expect((await pixel(full, 350, 300))[0]).toBeGreaterThan(200);
    expect((await pixel(full, 50, 300))[2]).toBeGreaterThan(200);
    const thumb = await sharp(files.thumb).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 320]);
  });

  it("reads a camera time without offset in the profile's time zone", async () => {
    const res = await uploadPhoto(t, anna, await sidewaysPhoneJpeg("2025:07:01 23:30:00"), "night.jpg");
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ date: "2025-07-01", takenAt: "2025-07-01T21:30:00.000Z" });
  });

  it("stores a PNG with transparency under the chosen date, flattened onto white", async () => {
    const res = await uploadPhoto(t, anna, await pngWithAlpha(), "scan.png", { date: "2025-01-02" });
    expect(res.statusCode).toBe(201);
    const entry: PhotoEntry = res.json();
    expect(entry).toMatchObject({
      date: "2025-01-02",
      takenAt: null,
      pose: "front",
      width: 300,
      height: 500,
    });
    const { full } = await storedFiles(entry);
    const [r, g, b] = await pixel(full ?? Buffer.alloc(0), 10, 10);
    expect(r).toBeGreaterThan(100);
    expect(g).toBeGreaterThan(180);
    expect(b).toBeGreaterThan(100);
  });

  it("stores a large WebP without a date under the profile's today, scaled to 2560, 1280 and 320 px", async () => {
    const res = await uploadPhoto(t, anna, await webp(), "photo.webp");
    expect(res.statusCode).toBe(201);
    const entry: PhotoEntry = res.json();
    expect(entry).toMatchObject({ date: todayIn("Europe/Berlin"), width: 2560, height: 1707 });
    const files = await storedFiles(entry);
    expect((await sharp(files.display).metadata()).width).toBe(1280);
    expect((await sharp(files.thumb).metadata()).width).toBe(320);
  });

  it("decodes a phone's HEIC, dates it from its EXIF and stores it without metadata", async () => {
    const heic = await readFile(path.join(import.meta.dirname, "testdata", "sample.heic"));
    const res = await uploadPhoto(t, anna, heic, "IMG_0001.HEIC", { pose: "back" });
    expect(res.statusCode).toBe(201);
    const entry: PhotoEntry = res.json();
    expect(entry).toMatchObject({
      date: "2024-11-02",
      takenAt: "2024-11-02T09:45:00.000Z",
      pose: "back",
      width: 64,
      height: 48,
    });
    const { full } = await storedFiles(entry);
    await expectNoMetadata(full ?? Buffer.alloc(0));
    // The blue block stays in the top-left corner, the rest is orange.
    expect((await pixel(full ?? Buffer.alloc(0), 5, 5))[2]).toBeGreaterThan(150);
    expect((await pixel(full ?? Buffer.alloc(0), 60, 40))[0]).toBeGreaterThan(150);
  });
});

describe("POST /api/photos refuses, leaving no file and no row", () => {
  let ben: TestProfile;
  beforeAll(async () => {
    ben = await newProfile(t);
  });

  async function expectNothingStored() {
    const list = await t.app.inject({ url: "/api/photos", headers: ben.headers });
    expect(list.json()).toEqual([]);
    expect((await filesUnder(path.join(t.config.photosDir, "tmp"))).length).toBe(0);
    expect((await filesUnder(path.join(t.config.photosDir, ben.profile.id))).length).toBe(0);
  }

  it("a text file named .jpg → 415", async () => {
    const res = await uploadPhoto(t, ben, Buffer.from("just some text, honestly\n".repeat(40)), "photo.jpg");
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe("unsupported_file");
    await expectNothingStored();
  });

  it("a 30 MB upload → 413", async () => {
    const big = Buffer.alloc(30 * 1024 * 1024, 7);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await uploadPhoto(t, ben, big, "huge.jpg");
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: "payload_too_large", detail: "The photo is larger than 25 MB" });
    await expectNothingStored();
  });

  it("a truncated JPEG → 422 saying the image cannot be read", async () => {
    const whole = await noisyJpeg();
    const res = await uploadPhoto(t, ben, whole.subarray(0, Math.floor(whole.length / 2)), "cut.jpg");
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("invalid_image");
    expect(res.json().detail).toMatch(/could not be read.*truncated or damaged/);
    await expectNothingStored();
  });

  it("a truncated HEIC → 422", async () => {
    const heic = await readFile(path.join(import.meta.dirname, "testdata", "sample.heic"));
    const res = await uploadPhoto(t, ben, heic.subarray(0, 600), "cut.heic");
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe("invalid_image");
    await expectNothingStored();
  });

  it("a date in the future, an unknown pose or an unknown field → 422", async () => {
    const jpeg = await noisyJpeg(64, 64);
    const refused: Record<string, string>[] = [
      { date: "2999-01-01" },
      { pose: "sideways" },
      { mood: "great" },
    ];
    for (const fields of refused) {
      const res = await uploadPhoto(t, ben, jpeg, "a.jpg", fields);
      expect(res.statusCode).toBe(422);
    }
    await expectNothingStored();
  });

  it("a request without a file → 422, a JSON body → 415", async () => {
    const body = multipart([{ name: "note", value: "forgot the picture" }]);
    const noFile = await t.app.inject({
      method: "POST",
      url: "/api/photos",
      headers: { ...ben.headers, "content-type": body.contentType },
      payload: body.payload,
    });
    expect(noFile.statusCode).toBe(422);
    const json = await t.app.inject({
      method: "POST",
      url: "/api/photos",
      headers: ben.headers,
      payload: {},
    });
    expect(json.statusCode).toBe(415);
    await expectNothingStored();
  });
});
