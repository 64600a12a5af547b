import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";

let t: TestApp;
let max: TestProfile;
let eva: TestProfile;

/** Sets the profile fields the derived figures read. */
async function describeBody(who: TestProfile, body: Record<string, unknown>) {
  const res = await t.app.inject({ method: "PUT", url: "/api/profile", headers: who.headers, payload: body });
  expect(res.statusCode).toBe(200);
}

beforeAll(async () => {
  t = await buildTestApp();
  max = await newProfile(t);
  eva = await newProfile(t);
  await describeBody(max, { sex: "male", heightCm: 180 });
  await describeBody(eva, { sex: "female", heightCm: 165 });
});

const post = (who: TestProfile, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/circumferences", headers: who.headers, payload });
const put = (who: TestProfile, id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "PUT", url: `/api/circumferences/${id}`, headers: who.headers, payload });
const list = async (who: TestProfile, q = "") =>
  (await t.app.inject({ url: `/api/circumferences${q}`, headers: who.headers })).json();

/** The published inch form of the US Navy equations (DoD Instruction 1308.3), fed centimetres. */
const inch = (cm: number) => cm / 2.54;
const navyMan = (height: number, neck: number, waist: number) =>
  86.01 * Math.log10(inch(waist - neck)) - 70.041 * Math.log10(inch(height)) + 36.76;
const navyWoman = (height: number, neck: number, waist: number, hip: number) =>
  163.205 * Math.log10(inch(waist + hip - neck)) - 97.684 * Math.log10(inch(height)) - 78.387;

describe("POST /api/circumferences", () => {
  it("stores any subset of the eight points and answers with the ratios and US Navy body fat", async () => {
    const res = await post(max, {
      date: "2025-03-01",
      neck: 38,
      waist: 85,
      hip: 100,
      arm: 34,
      note: "morning",
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      date: "2025-03-01",
      neck: 38,
      chest: null,
      waist: 85,
      hip: 100,
      arm: 34,
      note: "morning",
      source: "manual",
    });
    // 85 / 100 and 85 / 180; 47 cm waist-neck and 180 cm height → 16.15 %
    expect(body.derived).toEqual({
      waistHipRatio: 0.85,
      waistHeightRatio: 0.472,
      waistHeightRisk: "low",
      navyBodyFatPct: 16.2,
      missing: [],
    });
    expect(body.derived.navyBodyFatPct).toBeCloseTo(navyMan(180, 38, 85), 1);
  });

  it("uses the hip for a woman's Navy estimate and says so when it is missing", async () => {
    const without = (await post(eva, { date: "2025-03-01", neck: 32, waist: 70 })).json();
    expect(without.derived).toMatchObject({
      waistHipRatio: null,
      waistHeightRatio: 0.424,
      navyBodyFatPct: null,
      missing: ["hip"],
    });
    const withHip = (await post(eva, { date: "2025-03-02", neck: 32, waist: 70, hip: 95 })).json();
    // 133 cm waist+hip-neck and 165 cm height → 25.10 %
    expect(withHip.derived.navyBodyFatPct).toBe(25.1);
    expect(withHip.derived.navyBodyFatPct).toBeCloseTo(navyWoman(165, 32, 70, 95), 1);
    expect(withHip.derived.waistHipRatio).toBe(0.737);
  });

  it("puts the waist-height ratio in its risk band: 0.5 up to 0.6 increased, 0.6 and above high", async () => {
    const increased = (await post(max, { date: "2025-03-02", waist: 100 })).json();
    expect(increased.derived).toMatchObject({ waistHeightRatio: 0.556, waistHeightRisk: "increased" });
    const high = (await post(max, { date: "2025-03-03", waist: 110 })).json();
    expect(high.derived).toMatchObject({ waistHeightRatio: 0.611, waistHeightRisk: "high" });
    expect(high.derived.missing).toEqual(["neck", "hip"]);
  });

  it("names what the profile lacks when height and sex are not set", async () => {
    const p = await newProfile(t);
    const body = (await post(p, { date: "2025-03-01", neck: 38, waist: 85, hip: 100 })).json();
    expect(body.derived).toEqual({
      waistHipRatio: 0.85,
      waistHeightRatio: null,
      waistHeightRisk: null,
      navyBodyFatPct: null,
      missing: ["height", "sex"],
    });
  });

  it("allows one entry per day", async () => {
    const res = await post(max, { date: "2025-03-01", chest: 100 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("duplicate_date");
  });

  it.each([
    ["an empty set of points", { date: "2025-04-01", note: "forgot the tape" }, "waist"],
    ["a point below 10 cm", { date: "2025-04-01", waist: 9 }, "waist"],
    ["a point above 250 cm", { date: "2025-04-01", belly: 251 }, "belly"],
    ["a point that is not a number", { date: "2025-04-01", calf: "38" }, "calf"],
    ["an unknown point", { date: "2025-04-01", waist: 80, forearm: 28 }, "forearm"],
    ["a date that does not exist", { date: "2025-02-30", waist: 80 }, "date"],
  ])("refuses %s with 422 and stores nothing", async (_n, payload, path) => {
    const before = (await list(max)).length;
    const res = await post(max, payload);
    expect(res.statusCode).toBe(422);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect((await list(max)).length).toBe(before);
  });

  it("refuses a date after the profile's today", async () => {
    const before = (await list(max)).length;
    const res = await post(max, { date: addDays(todayIn("Europe/Berlin"), 2), waist: 80 });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ path: "date", message: "must not be in the future" }]);
    expect((await list(max)).length).toBe(before);
  });
});

describe("GET /api/circumferences", () => {
  it("lists newest first, by period and page, and gets one by id", async () => {
    const p = await newProfile(t);
    for (const [i, waist] of [80, 81, 82, 83].entries()) {
      expect((await post(p, { date: addDays("2025-05-01", i), waist })).statusCode).toBe(201);
    }
    const all = await list(p);
    expect(all.map((e: { waist: number }) => e.waist)).toEqual([83, 82, 81, 80]);
    const period = await list(p, "?from=2025-05-02&to=2025-05-03");
    expect(period.map((e: { date: string }) => e.date)).toEqual(["2025-05-03", "2025-05-02"]);
    const page = await list(p, "?limit=2&offset=1");
    expect(page.map((e: { waist: number }) => e.waist)).toEqual([82, 81]);
    const one = await t.app.inject({ url: `/api/circumferences/${all[0].id}`, headers: p.headers });
    expect(one.statusCode).toBe(200);
    expect(one.json()).toEqual(all[0]);
    expect((await t.app.inject({ url: "/api/circumferences?limit=0", headers: p.headers })).statusCode).toBe(
      422,
    );
  });
});

describe("PUT and DELETE /api/circumferences/:id", () => {
  it("changes and clears single points, keeps the others and derives again", async () => {
    const created = (await post(max, { date: "2025-03-10", neck: 38, waist: 85, hip: 100 })).json();
    const res = await put(max, created.id, { waist: 90, hip: null, thigh: 58 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ neck: 38, waist: 90, hip: null, thigh: 58 });
    // 90 / 180; 52 cm waist-neck → 19.9 %
    expect(res.json().derived).toMatchObject({
      waistHipRatio: null,
      waistHeightRatio: 0.5,
      waistHeightRisk: "increased",
      missing: ["hip"],
    });
    expect(res.json().derived.navyBodyFatPct).toBeCloseTo(navyMan(180, 38, 90), 1);
  });

  it("refuses clearing the last point and a point out of range", async () => {
    const created = (await post(max, { date: "2025-03-11", waist: 84 })).json();
    expect((await put(max, created.id, { waist: null })).statusCode).toBe(422);
    expect((await put(max, created.id, { waist: 300 })).statusCode).toBe(422);
    expect((await put(max, created.id, { date: addDays(todayIn("Europe/Berlin"), 1) })).statusCode).toBe(422);
    const stored = await t.app.inject({ url: `/api/circumferences/${created.id}`, headers: max.headers });
    expect(stored.json()).toMatchObject({ date: "2025-03-11", waist: 84 });
  });

  it("refuses moving an entry onto a day that has one", async () => {
    const created = (await post(max, { date: "2025-03-12", waist: 84 })).json();
    const res = await put(max, created.id, { date: "2025-03-01" });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("duplicate_date");
    expect((await put(max, created.id, { date: "2025-03-13" })).json().date).toBe("2025-03-13");
  });

  it("treats another profile's entry as not existing", async () => {
    const created = (await post(max, { date: "2025-03-14", waist: 84 })).json();
    const url = `/api/circumferences/${created.id}`;
    expect((await t.app.inject({ url, headers: eva.headers })).statusCode).toBe(404);
    expect((await put(eva, created.id, { waist: 60 })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url, headers: eva.headers })).statusCode).toBe(404);
    expect((await list(eva)).map((e: { id: string }) => e.id)).not.toContain(created.id);
    expect((await t.app.inject({ url, headers: max.headers })).json().waist).toBe(84);
    expect((await t.app.inject({ method: "DELETE", url, headers: max.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url, headers: max.headers })).statusCode).toBe(404);
  });
});
