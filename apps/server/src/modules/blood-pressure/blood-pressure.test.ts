import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
  ben = await newProfile(t);
});

const post = (who: TestProfile, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/blood-pressure", headers: who.headers, payload });

async function countReadings(who: TestProfile) {
  return (await t.app.inject({ url: "/api/blood-pressure?limit=5000", headers: who.headers })).json().length;
}

describe("POST /api/blood-pressure", () => {
  it("stores a reading with its class, its local day and everything given", async () => {
    const res = await post(anna, {
      measuredAt: "2025-05-20T23:30:00-02:00", // 01:30 UTC: 03:30 on the 21st in Berlin
      systolic: 142,
      diastolic: 92,
      pulse: 71,
      context: "after_waking",
      irregularHeartbeat: true,
      note: "left arm",
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      measuredAt: "2025-05-21T01:30:00.000Z",
      date: "2025-05-21",
      systolic: 142,
      diastolic: 92,
      pulse: 71,
      context: "after_waking",
      irregularHeartbeat: true,
      note: "left arm",
      classification: "grade_1",
      source: "manual",
    });
  });

  it("takes many readings a day but refuses a second one at the same instant with 409", async () => {
    expect(
      (await post(anna, { measuredAt: "2025-05-21T08:00:00+02:00", systolic: 118, diastolic: 76 }))
        .statusCode,
    ).toBe(201);
    expect(
      (await post(anna, { measuredAt: "2025-05-21T08:05:00+02:00", systolic: 121, diastolic: 79 }))
        .statusCode,
    ).toBe(201);
    const again = await post(anna, { measuredAt: "2025-05-21T06:00:00Z", systolic: 130, diastolic: 80 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("duplicate_reading");
  });

  it.each([
    ["systolic too high", { systolic: 301, diastolic: 80 }, "systolic"],
    ["systolic too low", { systolic: 49, diastolic: 40 }, "systolic"],
    ["diastolic too low", { systolic: 120, diastolic: 29 }, "diastolic"],
    ["diastolic not below systolic", { systolic: 120, diastolic: 120 }, "diastolic"],
    ["a fractional value", { systolic: 120.5, diastolic: 80 }, "systolic"],
    ["pulse out of range", { systolic: 120, diastolic: 80, pulse: 251 }, "pulse"],
    ["an unknown context", { systolic: 120, diastolic: 80, context: "sauna" }, "context"],
    [
      "a timestamp without offset",
      { measuredAt: "2025-05-22T08:00:00", systolic: 120, diastolic: 80 },
      "measuredAt",
    ],
    ["an unknown field", { systolic: 120, diastolic: 80, profileId: "x" }, "profileId"],
  ])("refuses %s with 422 and stores nothing", async (_n, values, path) => {
    const before = await countReadings(anna);
    const res = await post(anna, { measuredAt: "2025-05-22T08:00:00+02:00", ...values });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await countReadings(anna)).toBe(before);
  });

  it("refuses a reading from the future", async () => {
    const res = await post(anna, {
      measuredAt: new Date(Date.now() + 3_600_000).toISOString(),
      systolic: 120,
      diastolic: 80,
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors[0]).toEqual({ path: "measuredAt", message: "must not be in the future" });
  });
});

describe("list, change and delete", () => {
  it("lists newest first and by local day", async () => {
    const res = await t.app.inject({
      url: "/api/blood-pressure?from=2025-05-21&to=2025-05-21",
      headers: anna.headers,
    });
    expect(res.json().map((r: { measuredAt: string }) => r.measuredAt)).toEqual([
      "2025-05-21T06:05:00.000Z",
      "2025-05-21T06:00:00.000Z",
      "2025-05-21T01:30:00.000Z",
    ]);
  });

  it("changes a reading and its class; refuses a diastolic above the stored systolic", async () => {
    const created = (
      await post(anna, { measuredAt: "2025-05-23T08:00:00+02:00", systolic: 125, diastolic: 82 })
    ).json();
    expect(created.classification).toBe("normal");
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/blood-pressure/${created.id}`,
      headers: anna.headers,
      payload: { systolic: 185 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ systolic: 185, diastolic: 82, classification: "isolated_systolic" });
    const bad = await t.app.inject({
      method: "PUT",
      url: `/api/blood-pressure/${created.id}`,
      headers: anna.headers,
      payload: { diastolic: 190 },
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors[0].path).toBe("diastolic");
  });

  it("refuses moving a reading onto the instant of another with 409", async () => {
    const created = (
      await post(anna, { measuredAt: "2025-05-24T08:00:00+02:00", systolic: 125, diastolic: 82 })
    ).json();
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/blood-pressure/${created.id}`,
      headers: anna.headers,
      payload: { measuredAt: "2025-05-21T08:00:00+02:00" },
    });
    expect(res.statusCode).toBe(409);
  });

  it("treats another profile's reading as not existing", async () => {
    const created = (
      await post(anna, { measuredAt: "2025-05-25T08:00:00+02:00", systolic: 125, diastolic: 82 })
    ).json();
    const put = await t.app.inject({
      method: "PUT",
      url: `/api/blood-pressure/${created.id}`,
      headers: ben.headers,
      payload: { systolic: 100 },
    });
    expect(put.statusCode).toBe(404);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/blood-pressure/${created.id}`,
      headers: ben.headers,
    });
    expect(del.statusCode).toBe(404);
    expect(await countReadings(ben)).toBe(0);
    const mine = await t.app.inject({
      method: "DELETE",
      url: `/api/blood-pressure/${created.id}`,
      headers: anna.headers,
    });
    expect(mine.statusCode).toBe(204);
  });
});

describe("GET /api/blood-pressure/stats", () => {
  it("averages the profile's recent readings per day, morning and evening, and per class", async () => {
    const p = await newProfile(t, { timeZone: "Europe/Berlin" });
    const today = todayIn("Europe/Berlin");
    const yesterday = addDays(today, -1);
    const dayBefore = addDays(today, -2);
    const at = (day: string, time: string) => `${day}T${time}:00+01:00`;
    // Winter or summer time: +01:00 may be an hour off local time; the hours stay clear of the edges.
    for (const [day, time, systolic, diastolic] of [
      [yesterday, "07:00", 120, 80],
      [yesterday, "20:00", 140, 90],
      [dayBefore, "13:00", 110, 70],
    ] as const) {
      expect((await post(p, { measuredAt: at(day, time), systolic, diastolic })).statusCode).toBe(201);
    }
    const old = await post(p, {
      measuredAt: at(addDays(today, -40), "07:00"),
      systolic: 200,
      diastolic: 120,
    });
    expect(old.statusCode).toBe(201);
    const res = await t.app.inject({ url: "/api/blood-pressure/stats?days=7", headers: p.headers });
    expect(res.statusCode).toBe(200);
    const s = res.json();
    expect(s.to).toBe(today);
    expect(s.overall).toEqual({ count: 3, systolic: 123.3, diastolic: 80, pulse: null });
    expect(s.morning.count).toBe(1);
    expect(s.evening.count).toBe(1);
    expect(s.days.map((d: { date: string }) => d.date)).toEqual([yesterday, dayBefore]);
    expect(s.classShares.grade_3).toBe(0);
    expect(s.classShares.optimal + s.classShares.normal + s.classShares.grade_1).toBeCloseTo(1, 3);
    const all = (await t.app.inject({ url: "/api/blood-pressure/stats?days=90", headers: p.headers })).json();
    expect(all.overall.count).toBe(4);
    const bad = await t.app.inject({ url: "/api/blood-pressure/stats?days=0", headers: p.headers });
    expect(bad.statusCode).toBe(422);
  });
});
