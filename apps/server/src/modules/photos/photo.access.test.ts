import path from "node:path";
import type { PhotoEntry } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { filesUnder, noisyJpeg, uploadPhoto } from "./photo.fixtures.js";
import { loadPhotoLinkKey, signedPhotoUrl } from "./photo.links.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;
let jpeg: Buffer;

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { timeZone: "Europe/Berlin" });
  ben = await newProfile(t);
  jpeg = await noisyJpeg(120, 90);
});

async function photoOf(who: TestProfile, fields: Record<string, string>): Promise<PhotoEntry> {
  const res = await uploadPhoto(t, who, jpeg, "p.jpg", fields);
  expect(res.statusCode).toBe(201);
  return res.json();
}

const call = (who: TestProfile | null, method: "GET" | "PUT" | "DELETE", url: string, payload?: object) =>
  t.app.inject({ method, url, headers: who?.headers ?? {}, ...(payload ? { payload } : {}) });

describe("list, get, update, delete", () => {
  it("lists newest first, filters by date, and changes date, pose and note", async () => {
    const older = await photoOf(anna, { date: "2025-02-01", pose: "front" });
    const newer = await photoOf(anna, { date: "2025-04-01", pose: "back", note: "week 8" });
    const list = (await call(anna, "GET", "/api/photos")).json();
    expect(list.map((p: PhotoEntry) => p.id)).toEqual([newer.id, older.id]);
    const march = (await call(anna, "GET", "/api/photos?from=2025-03-01&to=2025-04-30")).json();
    expect(march.map((p: PhotoEntry) => p.id)).toEqual([newer.id]);

    const got = await call(anna, "GET", `/api/photos/${older.id}`);
    expect(got.json()).toMatchObject({ id: older.id, date: "2025-02-01", pose: "front", note: null });

    const put = await call(anna, "PUT", `/api/photos/${older.id}`, {
      date: "2025-02-03",
      pose: "side",
      note: "x",
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({ date: "2025-02-03", pose: "side", note: "x", width: 120, height: 90 });
    const cleared = await call(anna, "PUT", `/api/photos/${older.id}`, { note: null });
    expect(cleared.json()).toMatchObject({ date: "2025-02-03", note: null });
    expect((await call(anna, "PUT", `/api/photos/${older.id}`, { pose: "upside" })).statusCode).toBe(422);
    expect((await call(anna, "PUT", `/api/photos/${older.id}`, { date: "2999-01-01" })).statusCode).toBe(422);
  });

  it("deletes an entry together with its files", async () => {
    const photo = await photoOf(anna, { date: "2025-05-01" });
    const own = () => filesUnder(path.join(t.config.photosDir, anna.profile.id));
    expect((await own()).filter((f) => f.includes(photo.id))).toHaveLength(3);
    expect((await call(anna, "DELETE", `/api/photos/${photo.id}`)).statusCode).toBe(204);
    expect((await own()).filter((f) => f.includes(photo.id))).toHaveLength(0);
    expect((await call(anna, "GET", `/api/photos/${photo.id}`)).statusCode).toBe(404);
    expect((await call(null, "GET", photo.urls.thumb)).statusCode).toBe(404);
    expect((await call(anna, "DELETE", `/api/photos/${photo.id}`)).statusCode).toBe(404);
  });

  it("needs a session for everything but the signed file links", async () => {
    expect((await call(null, "GET", "/api/photos")).statusCode).toBe(401);
  });
});

describe("another profile", () => {
  it("finds neither the entry nor its files", async () => {
    const photo = await photoOf(anna, { date: "2025-06-01" });
    expect((await call(ben, "GET", `/api/photos/${photo.id}`)).statusCode).toBe(404);
    expect((await call(ben, "PUT", `/api/photos/${photo.id}`, { note: "mine now" })).statusCode).toBe(404);
    expect((await call(ben, "DELETE", `/api/photos/${photo.id}`)).statusCode).toBe(404);
    expect((await call(ben, "GET", "/api/photos")).json()).toEqual([]);
    for (const size of ["thumb", "display", "full"]) {
      expect((await call(ben, "GET", `/api/photos/${photo.id}/file/${size}`)).statusCode).toBe(404);
    }
    // Ben's own links do not open Anna's photo either.
    const his = await photoOf(ben, { date: "2025-06-01" });
    const borrowed = his.urls.thumb.replace(his.id, photo.id);
    expect((await call(ben, "GET", borrowed)).statusCode).toBe(404);
    expect((await call(anna, "GET", `/api/photos/${photo.id}`)).json().note).toBeNull();
  });
});

describe("signed file links", () => {
  it("serve the file without a session, privately cached, as a JPEG that is not sniffed", async () => {
    const photo = await photoOf(anna, { date: "2025-07-01" });
    const url = new URL(photo.urls.display, "http://x");
    expect(url.pathname).toBe(`/api/photos/${photo.id}/file/display`);
    const exp = Number(url.searchParams.get("exp"));
    const now = Date.now() / 1000;
    expect(exp - now).toBeGreaterThanOrEqual(3600 - 5);
    expect(exp - now).toBeLessThanOrEqual(3600 + 900);

    const res = await call(null, "GET", photo.urls.display);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("image/jpeg");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    const maxAge = Number(/^private, max-age=(\d+)$/.exec(String(res.headers["cache-control"]))?.[1]);
    expect(maxAge).toBeGreaterThan(3500);
    expect(maxAge).toBeLessThanOrEqual(exp - Math.floor(now));
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    expect(Number(res.headers["content-length"])).toBe(res.rawPayload.length);
  });

  it("refuse a tampered link: another size, another expiry, another signature, or none", async () => {
    const photo = await photoOf(anna, { date: "2025-07-02" });
    const url = new URL(photo.urls.thumb, "http://x");
    const exp = Number(url.searchParams.get("exp"));
    const sig = url.searchParams.get("sig") ?? "";
    const base = `/api/photos/${photo.id}/file`;
    const flipped = `${sig.slice(0, -2)}${sig.endsWith("AA") ? "BB" : "AA"}`;
    for (const tampered of [
      `${base}/full?exp=${exp}&sig=${sig}`,
      `${base}/thumb?exp=${exp + 900}&sig=${sig}`,
      `${base}/thumb?exp=${exp}&sig=${flipped}`,
      `${base}/thumb?exp=${exp}`,
      `${base}/thumb`,
      `${base}/thumb?exp=soon&sig=${sig}`,
    ]) {
      const res = await call(null, "GET", tampered);
      expect(res.statusCode, tampered).toBe(404);
    }
    expect((await call(null, "GET", photo.urls.thumb)).statusCode).toBe(200);
  });

  it("refuse an expired link with 403 link_expired", async () => {
    const photo = await photoOf(anna, { date: "2025-07-03" });
    const key = await loadPhotoLinkKey(t.config.dataDir);
    const past = Math.floor(Date.now() / 1000) - 1;
    const expired = signedPhotoUrl(
      key,
      { profileId: anna.profile.id, photoId: photo.id, size: "full" },
      past,
    );
    const res = await call(null, "GET", expired);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("link_expired");
    const fresh = signedPhotoUrl(
      key,
      { profileId: anna.profile.id, photoId: photo.id, size: "full" },
      past + 60,
    );
    expect((await call(null, "GET", fresh)).statusCode).toBe(200);
  });
});
