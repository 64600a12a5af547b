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
  t.app.inject({ method: "POST", url: "/api/vitals/baseline", headers: who.headers, payload });
const list = async (who: TestProfile, q = "") =>
  (await t.app.inject({ url: `/api/vitals/baseline${q}`, headers: who.headers })).json();

describe("POST /api/vitals/baseline", () => {
  it("stores any subset of the five values, one entry per day", async () => {
    const res = await post(anna, { date: "2025-04-01", restingHr: 52, hrv: 68.5, note: "slept well" });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      date: "2025-04-01",
      restingHr: 52,
      hrv: 68.5,
      vo2Max: null,
      spo2: null,
      respiratoryRate: null,
      note: "slept well",
      source: "manual",
      analysis: { restingHr: { value: 52, baseline7: null, baseline28: null, flagged: false }, vo2Max: null },
    });
    const again = await post(anna, { date: "2025-04-01", spo2: 97 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("duplicate_date");
  });

  it.each([
    ["no value at all", { date: "2025-04-02", note: "nothing measured" }, "restingHr"],
    ["resting HR too low", { date: "2025-04-02", restingHr: 24 }, "restingHr"],
    ["resting HR fractional", { date: "2025-04-02", restingHr: 52.5 }, "restingHr"],
    ["HRV too high", { date: "2025-04-02", hrv: 301 }, "hrv"],
    ["VO2max too low", { date: "2025-04-02", vo2Max: 9 }, "vo2Max"],
    ["SpO2 above 100", { date: "2025-04-02", spo2: 101 }, "spo2"],
    ["respiratory rate too high", { date: "2025-04-02", respiratoryRate: 61 }, "respiratoryRate"],
    ["an unknown field", { date: "2025-04-02", restingHr: 50, bodyTemp: 36.6 }, "bodyTemp"],
  ])("refuses %s with 422 and stores nothing", async (_n, payload, path) => {
    const before = (await list(anna)).length;
    const res = await post(anna, payload);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await list(anna)).length).toBe(before);
  });

  it("refuses a date after the profile's today", async () => {
    const res = await post(anna, { date: addDays(todayIn("Europe/Berlin"), 2), restingHr: 50 });
    expect(res.statusCode).toBe(422);
  });
});

describe("baselines", () => {
  it("gives each value its 7- and 28-day baselines and flags one more than 1.5 SD off", async () => {
    const p = await newProfile(t);
    const rhr = [52, 54, 51, 53, 52, 55, 53, 52, 54, 51];
    for (const [i, restingHr] of rhr.entries()) {
      expect((await post(p, { date: addDays("2025-06-01", i), restingHr, hrv: 60 + i })).statusCode).toBe(
        201,
      );
    }
    const ill = await post(p, { date: "2025-06-11", restingHr: 64, hrv: 45 });
    expect(ill.statusCode).toBe(201);
    const a = ill.json().analysis;
    // the 10 earlier resting HRs: mean 52.7, sample SD 1.34
    expect(a.restingHr.baseline28).toMatchObject({ count: 10, mean: 52.7, sd: 1.34, delta: 11.3 });
    expect(a.restingHr.baseline7.count).toBe(7);
    expect(a.restingHr.flagged).toBe(true);
    expect(a.hrv.flagged).toBe(true);
    const entries = await list(p, "?from=2025-06-10&to=2025-06-11");
    expect(entries.map((e: { date: string }) => e.date)).toEqual(["2025-06-11", "2025-06-10"]);
    // listing a short period still measures against the days before it
    expect(entries[1].analysis.restingHr.baseline28.count).toBe(9);
    expect(entries[1].analysis.restingHr.flagged).toBe(false);
  });
});

describe("PUT and DELETE /api/vitals/baseline/:id", () => {
  it("changes single values and keeps the others", async () => {
    const created = (await post(anna, { date: "2025-04-05", restingHr: 55, spo2: 96 })).json();
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/vitals/baseline/${created.id}`,
      headers: anna.headers,
      payload: { spo2: 98, vo2Max: 48.5 },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ restingHr: 55, spo2: 98, vo2Max: 48.5 });
  });

  it("refuses clearing the last value", async () => {
    const created = (await post(anna, { date: "2025-04-06", hrv: 70 })).json();
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/vitals/baseline/${created.id}`,
      headers: anna.headers,
      payload: { hrv: null },
    });
    expect(res.statusCode).toBe(422);
  });

  it("refuses moving an entry onto a day that has one", async () => {
    const created = (await post(anna, { date: "2025-04-07", hrv: 70 })).json();
    const res = await t.app.inject({
      method: "PUT",
      url: `/api/vitals/baseline/${created.id}`,
      headers: anna.headers,
      payload: { date: "2025-04-01" },
    });
    expect(res.statusCode).toBe(409);
  });

  it("treats another profile's entry as not existing", async () => {
    const created = (await post(anna, { date: "2025-04-08", hrv: 70 })).json();
    const put = await t.app.inject({
      method: "PUT",
      url: `/api/vitals/baseline/${created.id}`,
      headers: ben.headers,
      payload: { hrv: 10 },
    });
    expect(put.statusCode).toBe(404);
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/vitals/baseline/${created.id}`,
      headers: ben.headers,
    });
    expect(del.statusCode).toBe(404);
    expect(await list(ben)).toEqual([]);
    const mine = await t.app.inject({
      method: "DELETE",
      url: `/api/vitals/baseline/${created.id}`,
      headers: anna.headers,
    });
    expect(mine.statusCode).toBe(204);
  });
});
