import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildTestApp,
  newProfile,
  newWeightEntry,
  type TestApp,
  type TestProfile,
} from "../../test/helpers.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t, { heightCm: 170, goalWeightKg: 65 });
  ben = await newProfile(t);
});

const today = () => todayIn("Europe/Berlin");

async function countWeights(profileId: string) {
  const rows = await t.db.query.weightLog.findMany({ where: (w, { eq }) => eq(w.profileId, profileId) });
  return rows.length;
}

describe("POST /api/weight", () => {
  it("stores a weight and answers 201 with the entry", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: anna.headers,
      payload: { date: "2025-03-01", weight: 80.456, note: "  after run  " },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ date: "2025-03-01", weight: 80.46, note: "after run", source: "manual" });
    expect(body.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(Date.parse(body.createdAt)).toBeGreaterThan(0);
  });

  it("refuses a second weight on the same day with 409 duplicate_date", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: anna.headers,
      payload: { date: "2025-03-01", weight: 81 },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "duplicate_date" });
    const list = await t.app.inject({
      url: "/api/weight?from=2025-03-01&to=2025-03-01",
      headers: anna.headers,
    });
    expect(list.json()).toHaveLength(1);
    expect(list.json()[0].weight).toBe(80.46);
  });

  it("lets another profile log the same day", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: ben.headers,
      payload: { date: "2025-03-01", weight: 90 },
    });
    expect(res.statusCode).toBe(201);
  });

  it.each([
    ["weight too low", { date: "2025-03-02", weight: 19.9 }, "weight"],
    ["weight too high", { date: "2025-03-02", weight: 400.1 }, "weight"],
    ["weight as text", { date: "2025-03-02", weight: "80" }, "weight"],
    ["date before 1900", { date: "1899-12-31", weight: 80 }, "date"],
    ["impossible date", { date: "2025-02-30", weight: 80 }, "date"],
    ["date in another format", { date: "01.03.2025", weight: 80 }, "date"],
    ["missing weight", { date: "2025-03-02" }, "weight"],
    ["note too long", { date: "2025-03-02", weight: 80, note: "x".repeat(501) }, "note"],
    ["unknown field", { date: "2025-03-02", weight: 80, profileId: "someone else" }, "profileId"],
  ])("refuses %s with 422 and stores nothing", async (_name, payload, path) => {
    const before = await countWeights(anna.profile.id);
    const res = await t.app.inject({ method: "POST", url: "/api/weight", headers: anna.headers, payload });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe("validation_error");
    expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countWeights(anna.profile.id)).toBe(before);
  });

  it("refuses a date after the profile's today", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: anna.headers,
      payload: { date: addDays(today(), 2), weight: 80 },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toEqual({ path: "date", message: "must not be in the future" });
  });

  it("judges 'today' in the profile's time zone, not the server's", async () => {
    // Kiritimati is UTC+14: its today is tomorrow for most of the world.
    const early = await newProfile(t, { timeZone: "Pacific/Kiritimati" });
    const late = await newProfile(t, { timeZone: "Pacific/Pago_Pago" });
    const kiritimatiToday = todayIn("Pacific/Kiritimati");
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: early.headers,
      payload: { date: kiritimatiToday, weight: 70 },
    });
    expect(ok.statusCode).toBe(201);
    if (kiritimatiToday > todayIn("Pacific/Pago_Pago")) {
      const refused = await t.app.inject({
        method: "POST",
        url: "/api/weight",
        headers: late.headers,
        payload: { date: kiritimatiToday, weight: 70 },
      });
      expect(refused.statusCode).toBe(422);
    }
  });

  it("answers malformed JSON with 400 and an oversized body with 413", async () => {
    const bad = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: { ...anna.headers, "content-type": "application/json" },
      payload: '{"date": "2025-03-05", "weight": 80',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "malformed_json" });
    const huge = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: anna.headers,
      payload: { date: "2025-03-05", weight: 80, note: "x".repeat(2_000_000) },
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: "payload_too_large" });
    const list = await t.app.inject({
      url: "/api/weight?from=2025-03-05&to=2025-03-05",
      headers: anna.headers,
    });
    expect(list.json()).toEqual([]);
  });

  it("requires a login", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      payload: { date: "2025-03-02", weight: 80 },
    });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: "unauthorized" });
  });
});

describe("GET /api/weight", () => {
  it("lists newest first, filters by period and pages", async () => {
    const p = await newProfile(t);
    for (let i = 0; i < 10; i++)
      await newWeightEntry(t, p.profile.id, { date: `2024-01-${String(10 + i)}`, weight: 70 + i });
    const all = await t.app.inject({ url: "/api/weight", headers: p.headers });
    expect(all.json().map((e: { date: string }) => e.date)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2024-01-${19 - i}`),
    );
    const period = await t.app.inject({
      url: "/api/weight?from=2024-01-12&to=2024-01-14",
      headers: p.headers,
    });
    expect(period.json().map((e: { weight: number }) => e.weight)).toEqual([74, 73, 72]);
    const page = await t.app.inject({ url: "/api/weight?limit=3&offset=3", headers: p.headers });
    expect(page.json().map((e: { date: string }) => e.date)).toEqual([
      "2024-01-16",
      "2024-01-15",
      "2024-01-14",
    ]);
  });

  it("shows nothing of another profile", async () => {
    const res = await t.app.inject({ url: "/api/weight", headers: ben.headers });
    expect(res.json().every((e: { weight: number }) => e.weight === 90)).toBe(true);
  });

  it.each(["limit=0", "limit=abc", "offset=-1", "from=yesterday", "color=red"])(
    "refuses ?%s with 422",
    async (q) => {
      const res = await t.app.inject({ url: `/api/weight?${q}`, headers: anna.headers });
      expect(res.statusCode).toBe(422);
    },
  );
});

describe("PUT and DELETE /api/weight/:id", () => {
  it("changes an entry and keeps updated_at current", async () => {
    const row = await newWeightEntry(t, anna.profile.id, { date: "2025-04-01", weight: 79 });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/weight/${row.id}`,
      headers: anna.headers,
      payload: { weight: 78.5, note: "corrected" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: row.id, date: "2025-04-01", weight: 78.5, note: "corrected" });
    expect(Date.parse(res.json().updatedAt)).toBeGreaterThan(row.updatedAt.getTime());
  });

  it("refuses to move an entry onto a day that has one", async () => {
    const row = await newWeightEntry(t, anna.profile.id, { date: "2025-04-02", weight: 79 });
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/weight/${row.id}`,
      headers: anna.headers,
      payload: { date: "2025-04-01" },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("duplicate_date");
  });

  it("treats another profile's entry as not existing: 404 for read, update and delete", async () => {
    const row = await newWeightEntry(t, anna.profile.id, { date: "2025-04-03", weight: 79 });
    const put = await t.app.inject({
      method: "PUT",
      url: `/api/weight/${row.id}`,
      headers: ben.headers,
      payload: { weight: 50 },
    });
    expect(put.statusCode).toBe(404);
    expect(put.json()).toMatchObject({ code: "not_found" });
    const del = await t.app.inject({ method: "DELETE", url: `/api/weight/${row.id}`, headers: ben.headers });
    expect(del.statusCode).toBe(404);
    const benList = await t.app.inject({
      url: "/api/weight?from=2025-04-03&to=2025-04-03",
      headers: ben.headers,
    });
    expect(benList.json()).toEqual([]);
    const annaList = await t.app.inject({
      url: "/api/weight?from=2025-04-03&to=2025-04-03",
      headers: anna.headers,
    });
    expect(annaList.json()).toMatchObject([{ id: row.id, weight: 79 }]);
  });

  it("deletes with 204, then 404", async () => {
    const row = await newWeightEntry(t, anna.profile.id, { date: "2025-04-04", weight: 79 });
    const del = await t.app.inject({ method: "DELETE", url: `/api/weight/${row.id}`, headers: anna.headers });
    expect(del.statusCode).toBe(204);
    expect(del.body).toBe("");
    const again = await t.app.inject({
      method: "DELETE",
      url: `/api/weight/${row.id}`,
      headers: anna.headers,
    });
    expect(again.statusCode).toBe(404);
  });

  it("refuses a malformed id with 422 and an unknown one with 404", async () => {
    const bad = await t.app.inject({ method: "DELETE", url: "/api/weight/42", headers: anna.headers });
    expect(bad.statusCode).toBe(422);
    const unknown = await t.app.inject({
      method: "DELETE",
      url: "/api/weight/00000000-0000-4000-8000-000000000000",
      headers: anna.headers,
    });
    expect(unknown.statusCode).toBe(404);
  });
});

describe("GET /api/weight/stats", () => {
  it("computes the figures from the profile's own entries", async () => {
    const p = await newProfile(t, { heightCm: 180, goalWeightKg: 75 });
    // 31 days, losing 0.1 kg a day: 90.0 on 2025-01-01 … 87.0 on 2025-01-31.
    for (let i = 0; i <= 30; i++) {
      await newWeightEntry(t, p.profile.id, { date: addDays("2025-01-01", i), weight: 90 - i * 0.1 });
    }
    const res = await t.app.inject({ url: "/api/weight/stats", headers: p.headers });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.count).toBe(31);
    expect(s.latest).toEqual({ date: "2025-01-31", weight: 87 });
    expect(s.change.days7).toBeCloseTo(-0.7, 5);
    expect(s.change.days30).toBeCloseTo(-3, 5);
    expect(s.change.days90).toBeNull();
    expect(s.movingAverage7).toBeCloseTo(87.3, 5);
    expect(s.trend.kgPerWeek).toBeCloseTo(-0.7, 3);
    expect(s.trend.points).toBe(30);
    expect(s.min).toEqual({ date: "2025-01-31", weight: 87 });
    expect(s.max).toEqual({ date: "2025-01-01", weight: 90 });
    expect(s.bmi).toBeCloseTo(26.9, 1);
    expect(s.bmiCategory).toBe("overweight");
    expect(s.goal).toEqual({ goalWeightKg: 75, remainingKg: 12, reached: false });
  });

  it("answers an empty log with nulls", async () => {
    const p = await newProfile(t);
    const s = (await t.app.inject({ url: "/api/weight/stats", headers: p.headers })).json();
    expect(s).toMatchObject({ count: 0, latest: null, movingAverage7: null, bmi: null, goal: null });
  });
});
