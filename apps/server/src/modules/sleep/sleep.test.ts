import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { timeZone: "Europe/Berlin" });
  ben = await newProfile(t);
});

const post = (who: TestProfile, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/sleep", headers: who.headers, payload });
const count = async (who: TestProfile) =>
  (await t.app.inject({ url: "/api/sleep", headers: who.headers })).json().length;

const goodNight = {
  bedtime: "2025-05-20T23:10:00+02:00",
  wakeTime: "2025-05-21T06:40:00+02:00",
  quality: 4,
  deepMin: 85,
  remMin: 95,
  lightMin: 240,
  awakeMin: 30,
  segments: [
    { phase: "light", start: "2025-05-20T23:10:00+02:00", end: "2025-05-20T23:40:00+02:00" },
    { phase: "deep", start: "2025-05-20T23:40:00+02:00", end: "2025-05-21T01:05:00+02:00" },
  ],
  note: "quiet night",
};

describe("POST /api/sleep", () => {
  it("stores a night across midnight under its wake-up day, with duration and segments", async () => {
    const res = await post(anna, goodNight);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      date: "2025-05-21",
      bedtime: "2025-05-20T21:10:00.000Z",
      wakeTime: "2025-05-21T04:40:00.000Z",
      durationMin: 450,
      quality: 4,
      deepMin: 85,
      segments: goodNight.segments,
      note: "quiet night",
    });
  });

  it("refuses a second night with the same wake-up day with 409", async () => {
    const res = await post(anna, {
      bedtime: "2025-05-21T01:00:00+02:00",
      wakeTime: "2025-05-21T09:00:00+02:00",
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("duplicate_date");
  });

  it.each([
    [
      "wake before bed",
      { bedtime: "2025-06-02T07:00:00+02:00", wakeTime: "2025-06-02T06:00:00+02:00" },
      "wakeTime",
    ],
    [
      "phase minutes longer than the night",
      {
        bedtime: "2025-06-01T23:00:00+02:00",
        wakeTime: "2025-06-02T01:00:00+02:00",
        lightMin: 100,
        deepMin: 40,
      },
      "deepMin",
    ],
    [
      "a segment outside the night",
      {
        bedtime: "2025-06-01T23:00:00+02:00",
        wakeTime: "2025-06-02T06:00:00+02:00",
        segments: [{ phase: "rem", start: "2025-06-02T05:30:00+02:00", end: "2025-06-02T06:30:00+02:00" }],
      },
      "segments.0",
    ],
    [
      "an unknown phase",
      {
        bedtime: "2025-06-01T23:00:00+02:00",
        wakeTime: "2025-06-02T06:00:00+02:00",
        segments: [{ phase: "dream", start: "2025-06-02T01:00:00+02:00", end: "2025-06-02T02:00:00+02:00" }],
      },
      "segments.0.phase",
    ],
    [
      "quality 6",
      { bedtime: "2025-06-01T23:00:00+02:00", wakeTime: "2025-06-02T06:00:00+02:00", quality: 6 },
      "quality",
    ],
    [
      "a time without offset",
      { bedtime: "2025-06-01T23:00:00", wakeTime: "2025-06-02T06:00:00+02:00" },
      "bedtime",
    ],
  ])("refuses %s with 422 and the reason, storing nothing", async (_n, payload, path) => {
    const before = await count(anna);
    const res = await post(anna, payload);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await count(anna)).toBe(before);
  });
});

describe("PUT and DELETE /api/sleep/:id", () => {
  it("checks the whole night again when a part changes", async () => {
    const created = (
      await post(anna, {
        bedtime: "2025-05-22T23:00:00+02:00",
        wakeTime: "2025-05-23T07:00:00+02:00",
        lightMin: 400,
      })
    ).json();
    const shorter = await t.app.inject({
      method: "PUT",
      url: `/api/sleep/${created.id}`,
      headers: anna.headers,
      payload: { wakeTime: "2025-05-23T03:00:00+02:00" },
    });
    expect(shorter.statusCode).toBe(422);
    const ok = await t.app.inject({
      method: "PUT",
      url: `/api/sleep/${created.id}`,
      headers: anna.headers,
      payload: { wakeTime: "2025-05-23T07:30:00+02:00", quality: 3 },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ durationMin: 510, quality: 3, lightMin: 400 });
  });

  it("treats another profile's night as not existing", async () => {
    const created = (
      await post(anna, { bedtime: "2025-05-24T23:00:00+02:00", wakeTime: "2025-05-25T07:00:00+02:00" })
    ).json();
    const put = await t.app.inject({
      method: "PUT",
      url: `/api/sleep/${created.id}`,
      headers: ben.headers,
      payload: { quality: 1 },
    });
    expect(put.statusCode).toBe(404);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/sleep/${created.id}`, headers: ben.headers }))
        .statusCode,
    ).toBe(404);
    expect(await count(ben)).toBe(0);
    expect(
      (await t.app.inject({ method: "DELETE", url: `/api/sleep/${created.id}`, headers: anna.headers }))
        .statusCode,
    ).toBe(204);
  });
});

describe("GET /api/sleep/stats", () => {
  it("averages the last 7 and 28 days and measures bedtime regularity", async () => {
    const p = await newProfile(t, { timeZone: "UTC" });
    const today = todayIn("UTC");
    // three nights in the last week (bed 22:30, 23:30, 00:30 UTC), one three weeks ago
    const nights = [
      [addDays(today, -2), "22:30", addDays(today, -1), "06:30", 4],
      [addDays(today, -3), "23:30", addDays(today, -2), "07:30", 2],
      [addDays(today, -3), "00:30", addDays(today, -3), "06:30", 3],
      [addDays(today, -22), "23:00", addDays(today, -21), "07:00", 5],
    ] as const;
    for (const [bedDay, bed, wakeDay, wake, quality] of nights) {
      const res = await post(p, {
        bedtime: `${bedDay}T${bed}:00Z`,
        wakeTime: `${wakeDay}T${wake}:00Z`,
        quality,
        deepMin: 60,
        remMin: 90,
        lightMin: 200,
        awakeMin: 10,
      });
      expect(res.statusCode).toBe(201);
    }
    const s = (await t.app.inject({ url: "/api/sleep/stats", headers: p.headers })).json();
    expect(s.days7).toMatchObject({
      days: 7,
      nights: 3,
      avgDurationMin: 440,
      avgQuality: 3,
      avgBedtime: "23:30",
    });
    expect(s.days7.bedtimeSdMin).toBeCloseTo(60, 1);
    expect(s.days7.phaseShares).toEqual({ deep: 0.1667, rem: 0.25, light: 0.5556, awake: 0.0278 });
    expect(s.days28.nights).toBe(4);
  });
});
