import { addDays, todayIn } from "@mitai/shared";
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import {
  buildTestApp,
  newProfile,
  newWeightEntry,
  sqlRows,
  type TestApp,
  type TestProfile,
} from "../../test/helpers.js";

let t: TestApp;
/** Born 1990-06-15: 34 in March 2025. */
let max: TestProfile;
/** Born 1985-03-10: 39 on 2025-03-09, 40 from 2025-03-10 (a Durnin-Womersley band edge). */
let eva: TestProfile;

async function setBody(who: TestProfile, body: Record<string, unknown>) {
  const res = await t.app.inject({ method: "PUT", url: "/api/profile", headers: who.headers, payload: body });
  expect(res.statusCode).toBe(200);
}

beforeAll(async () => {
  t = await buildTestApp();
  max = await newProfile(t);
  eva = await newProfile(t);
  await setBody(max, { sex: "male", birthDate: "1990-06-15" });
  await setBody(eva, { sex: "female", birthDate: "1985-03-10" });
});

const post = (who: TestProfile, payload: Record<string, unknown>) =>
  t.app.inject({ method: "POST", url: "/api/caliper", headers: who.headers, payload });
const put = (who: TestProfile, id: string, payload: Record<string, unknown>) =>
  t.app.inject({ method: "PUT", url: `/api/caliper/${id}`, headers: who.headers, payload });
const list = async (who: TestProfile, q = "") =>
  (await t.app.inject({ url: `/api/caliper${q}`, headers: who.headers })).json();
const paths = (body: { errors?: { path: string }[] }) => (body.errors ?? []).map((e) => e.path);
const siri = (density: number) => 495 / density - 450;

const maxJp3 = { chest: 10, abdomen: 20, thigh: 15 };

describe("POST /api/caliper: body fat by method, sex and age", () => {
  it("Jackson-Pollock 3-site for a man, with mass from the weight of the same day", async () => {
    await newWeightEntry(t, max.profile.id, { date: "2025-03-10", weight: 80 });
    const res = await post(max, { date: "2025-03-10", method: "jp3", ...maxJp3, note: "left side" });
    expect(res.statusCode).toBe(201);
    // sum 45 mm, age 34: 1.10938 − 0.0008267·45 + 0.0000016·45² − 0.0002574·34
    const density = 1.10938 - 0.0008267 * 45 + 0.0000016 * 45 ** 2 - 0.0002574 * 34;
    expect(density).toBeCloseTo(1.0666669, 7);
    const fat = siri(density); // 14.06 %
    expect(res.json()).toMatchObject({
      date: "2025-03-10",
      method: "jp3",
      sites: maxJp3,
      density: 1.0667,
      bodyFatPct: 14.1,
      weightKg: 80,
      weightDate: "2025-03-10",
      fatMassKg: 11.2, // 80 · 14.06 % = 11.25
      leanMassKg: 68.8,
      massNote: null,
      category: { key: "healthy" }, // men 20–39: 8–20 %
      note: "left side",
    });
    expect(res.json().bodyFatPct).toBeCloseTo(fat, 1);
    const [stored] = await sqlRows(
      t.db,
      sql`select sex, age_years, density, body_fat_pct from caliper_log where id = ${res.json().id}`,
      z.object({ sex: z.string(), age_years: z.number(), density: z.number(), body_fat_pct: z.number() }),
    );
    expect(stored).toEqual({
      sex: "male",
      age_years: 34,
      density: expect.closeTo(density, 9),
      body_fat_pct: expect.closeTo(fat, 9),
    });
  });

  it("Jackson-Pollock 3-site for a woman uses triceps, suprailiac and thigh", async () => {
    const res = await post(eva, {
      date: "2025-03-10",
      method: "jp3",
      triceps: 18,
      suprailiac: 14,
      thigh: 25,
    });
    expect(res.statusCode).toBe(201);
    // sum 57 mm, age 40: 1.0994921 − 0.0009929·57 + 0.0000023·57² − 0.0001392·40 → 23.77 %
    const density = 1.0994921 - 0.0009929 * 57 + 0.0000023 * 57 ** 2 - 0.0001392 * 40;
    expect(res.json()).toMatchObject({ density: 1.0448, bodyFatPct: 23.8, category: { key: "healthy" } });
    expect(res.json().bodyFatPct).toBeCloseTo(siri(density), 1);
    // no weight logged at all
    expect(res.json()).toMatchObject({ fatMassKg: null, leanMassKg: null, weightKg: null });
    expect(res.json().massNote).toMatch(/No weight logged on 2025-03-10 or in the 7 days before/);
  });

  it("Jackson-Pollock 7-site for a man", async () => {
    const sites = {
      chest: 10,
      axilla: 12,
      triceps: 11,
      subscapular: 14,
      abdomen: 20,
      suprailiac: 13,
      thigh: 15,
    };
    const res = await post(max, { date: "2025-03-10", method: "jp7", ...sites });
    expect(res.statusCode).toBe(201);
    // sum 95 mm, age 34: 1.112 − 0.00043499·95 + 0.00000055·95² − 0.00028826·34 → 14.42 %
    const density = 1.112 - 0.00043499 * 95 + 0.00000055 * 95 ** 2 - 0.00028826 * 34;
    expect(res.json()).toMatchObject({ sites, density: 1.0658, bodyFatPct: 14.4 });
    expect(res.json().bodyFatPct).toBeCloseTo(siri(density), 1);
  });

  it("Durnin-Womersley takes the coefficients of the age band on the measurement date", async () => {
    const sites = { biceps: 8, triceps: 18, subscapular: 15, suprailiac: 14 };
    // women 30–39: 1.1423 − 0.0632·log10(55) → 29.51 %
    const at39 = (await post(eva, { date: "2025-03-09", method: "dw4", ...sites })).json();
    expect(at39.bodyFatPct).toBe(29.5);
    expect(at39.bodyFatPct).toBeCloseTo(siri(1.1423 - 0.0632 * Math.log10(55)), 1);
    // women 40–49, the next day: 1.1333 − 0.0612·log10(55) → 32.09 %
    const at40 = (await post(eva, { date: "2025-03-10", method: "dw4", ...sites })).json();
    expect(at40.bodyFatPct).toBe(32.1);
    expect(at40.density).toBeCloseTo(1.1333 - 0.0612 * Math.log10(55), 4);
    expect(at40.category.key).toBe("healthy"); // women 40–59: 23–34 %
  });

  it("Parrillo 9-site gives fat % from the weight and has no density", async () => {
    await newWeightEntry(t, max.profile.id, { date: "2025-03-20", weight: 80 });
    const sites = {
      ...maxJp3,
      biceps: 4,
      triceps: 11,
      subscapular: 14,
      suprailiac: 13,
      lowerBack: 12,
      calf: 8,
    };
    const res = await post(max, { date: "2025-03-22", method: "parrillo9", ...sites });
    expect(res.statusCode).toBe(201);
    // 27 · 107 mm / (80 kg in lb = 176.37) → 16.38 %
    expect(res.json()).toMatchObject({
      density: null,
      bodyFatPct: 16.4,
      weightKg: 80,
      weightDate: "2025-03-20",
    });
    expect(res.json().bodyFatPct).toBeCloseTo((27 * 107) / (80 / 0.45359237), 1);
  });
});

describe("fat and lean mass", () => {
  it("takes the weight of the day, else the nearest earlier within 7 days, else says why not", async () => {
    const p = await newProfile(t);
    await setBody(p, { sex: "male", birthDate: "1990-06-15" });
    await newWeightEntry(t, p.profile.id, { date: "2025-06-01", weight: 90 });
    await newWeightEntry(t, p.profile.id, { date: "2025-06-10", weight: 88 });
    // a later weight never stands for an earlier day
    await newWeightEntry(t, p.profile.id, { date: "2025-06-14", weight: 70 });
    const threeDaysOn = (await post(p, { date: "2025-06-13", method: "jp3", ...maxJp3 })).json();
    expect(threeDaysOn).toMatchObject({ weightKg: 88, weightDate: "2025-06-10", massNote: null });
    // 88 · 14.06 % = 12.37 kg fat, 75.63 kg lean
    expect(threeDaysOn).toMatchObject({ fatMassKg: 12.4, leanMassKg: 75.6 });
    const eightDaysOn = (await post(p, { date: "2025-06-09", method: "jp3", ...maxJp3 })).json();
    expect(eightDaysOn).toMatchObject({
      fatMassKg: null,
      leanMassKg: null,
      weightKg: null,
      weightDate: null,
    });
    expect(eightDaysOn.massNote).toBe("No weight logged on 2025-06-09 or in the 7 days before");
    const sevenDaysOn = (await post(p, { date: "2025-06-08", method: "jp3", ...maxJp3 })).json();
    expect(sevenDaysOn.weightDate).toBe("2025-06-01");
    // a weight logged afterwards fills the masses in, in the list as in the single entry
    await newWeightEntry(t, p.profile.id, { date: "2025-06-09", weight: 89 });
    const listed = await list(p);
    expect(listed.map((e: { date: string; weightKg: number }) => [e.date, e.weightKg])).toEqual([
      ["2025-06-13", 88],
      ["2025-06-09", 89],
      ["2025-06-08", 90],
    ]);
    const one = await t.app.inject({ url: `/api/caliper/${eightDaysOn.id}`, headers: p.headers });
    expect(one.json()).toMatchObject({ weightKg: 89, massNote: null });
  });
});

describe("bad input: 4xx and nothing stored", () => {
  it.each([
    ["an unknown method", { date: "2025-04-01", method: "jp4", ...maxJp3 }, ["method"]],
    ["a missing site", { date: "2025-04-01", method: "jp3", chest: 10, thigh: 15 }, ["abdomen"]],
    ["two missing sites", { date: "2025-04-01", method: "jp3", chest: 10 }, ["abdomen", "thigh"]],
    [
      "a site the method does not use",
      { date: "2025-04-01", method: "jp3", ...maxJp3, triceps: 9 },
      ["triceps"],
    ],
    ["a skinfold below 2 mm", { date: "2025-04-01", method: "jp3", ...maxJp3, chest: 1.5 }, ["chest"]],
    ["a skinfold above 80 mm", { date: "2025-04-01", method: "jp3", ...maxJp3, thigh: 81 }, ["thigh"]],
    ["an unknown site", { date: "2025-04-01", method: "jp3", ...maxJp3, forearm: 5 }, ["forearm"]],
    ["no method", { date: "2025-04-01", ...maxJp3 }, ["method"]],
    ["a future date", { date: addDays(todayIn("Europe/Berlin"), 2), method: "jp3", ...maxJp3 }, ["date"]],
  ])("refuses %s with 422", async (_n, payload, expected) => {
    const before = (await list(max)).length;
    const res = await post(max, payload);
    expect(res.statusCode).toBe(422);
    expect(paths(res.json())).toEqual(expected);
    expect((await list(max)).length).toBe(before);
  });

  it("names the missing site and the method in the message", async () => {
    const res = await post(eva, { date: "2025-04-01", method: "jp3", triceps: 18, thigh: 25 });
    expect(res.json().errors).toEqual([
      { path: "suprailiac", message: "is needed for Jackson-Pollock 3-site" },
    ]);
  });

  it("refuses Parrillo without a weight within 7 days", async () => {
    await newWeightEntry(t, eva.profile.id, { date: "2025-04-01", weight: 60 });
    const sites = {
      chest: 8,
      abdomen: 15,
      thigh: 20,
      biceps: 6,
      triceps: 15,
      subscapular: 12,
      suprailiac: 12,
      lowerBack: 10,
      calf: 9,
    };
    const before = (await list(eva)).length;
    const res = await post(eva, { date: "2025-04-09", method: "parrillo9", ...sites });
    expect(res.statusCode).toBe(422);
    expect(paths(res.json())).toEqual(["weight"]);
    expect(res.json().detail).toMatch(/Parrillo 9-site needs your weight/);
    expect((await list(eva)).length).toBe(before);
    expect((await post(eva, { date: "2025-04-08", method: "parrillo9", ...sites })).statusCode).toBe(201);
  });

  it("asks a profile without sex or birth date to fill them in", async () => {
    const p = await newProfile(t);
    const res = await post(p, { date: "2025-04-01", method: "jp3", ...maxJp3 });
    expect(res.statusCode).toBe(422);
    expect(res.json().detail).toMatch(/^Set your sex and birth date in your profile/);
    expect(paths(res.json())).toEqual(["sex", "birthDate"]);
    await setBody(p, { sex: "male" });
    const noBirth = await post(p, { date: "2025-04-01", method: "jp3", ...maxJp3 });
    expect(noBirth.statusCode).toBe(422);
    expect(paths(noBirth.json())).toEqual(["birthDate"]);
    expect(await list(p)).toEqual([]);
  });

  it("refuses a result no body has and a date before the birth date", async () => {
    const p = await newProfile(t);
    await setBody(p, { sex: "male", birthDate: "2000-01-01" });
    // men 20–29, four 2 mm folds: 1.1631 − 0.0632·log10(8) = 1.10603 → −2.45 %
    const thin = await post(p, {
      date: "2025-04-01",
      method: "dw4",
      biceps: 2,
      triceps: 2,
      subscapular: 2,
      suprailiac: 2,
    });
    expect(thin.statusCode).toBe(422);
    expect(thin.json().errors[0]).toMatchObject({
      path: "bodyFatPct",
      message: expect.stringMatching(/^comes out at -2.5 %/),
    });
    const unborn = await post(p, { date: "1999-12-31", method: "jp3", ...maxJp3 });
    expect(unborn.statusCode).toBe(422);
    expect(paths(unborn.json())).toEqual(["date"]);
    expect(await list(p)).toEqual([]);
  });

  it("allows one entry per day and method", async () => {
    const first = await post(max, { date: "2025-04-02", method: "jp3", ...maxJp3 });
    expect(first.statusCode).toBe(201);
    const again = await post(max, { date: "2025-04-02", method: "jp3", ...maxJp3, chest: 11 });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("duplicate_date");
    const dw4 = { biceps: 4, triceps: 10, subscapular: 12, suprailiac: 11 };
    expect((await post(max, { date: "2025-04-02", method: "dw4", ...dw4 })).statusCode).toBe(201);
  });
});

describe("GET /api/caliper", () => {
  it("lists newest first, by period and page, and gets one by id", async () => {
    const p = await newProfile(t);
    await setBody(p, { sex: "male", birthDate: "1980-01-01" });
    for (const [i, chest] of [10, 12, 14].entries()) {
      expect(
        (await post(p, { date: addDays("2025-07-01", i), method: "jp3", ...maxJp3, chest })).statusCode,
      ).toBe(201);
    }
    const all = await list(p);
    expect(all.map((e: { sites: { chest: number } }) => e.sites.chest)).toEqual([14, 12, 10]);
    expect(Object.keys(all[0].sites).sort()).toEqual(["abdomen", "chest", "thigh"]);
    expect((await list(p, "?from=2025-07-02&to=2025-07-02")).map((e: { date: string }) => e.date)).toEqual([
      "2025-07-02",
    ]);
    expect((await list(p, "?limit=1&offset=2")).map((e: { date: string }) => e.date)).toEqual(["2025-07-01"]);
    const one = await t.app.inject({ url: `/api/caliper/${all[1].id}`, headers: p.headers });
    expect(one.json()).toEqual(all[1]);
  });
});

describe("PUT and DELETE /api/caliper/:id", () => {
  it("computes again from the changed sites and keeps the result when the profile changes later", async () => {
    const p = await newProfile(t);
    await setBody(p, { sex: "male", birthDate: "1990-06-15" });
    const created = (await post(p, { date: "2025-03-10", method: "jp3", ...maxJp3 })).json();
    const res = await put(p, created.id, { chest: 16, note: "second try" });
    expect(res.statusCode).toBe(200);
    // sum 51 mm, age 34 → 15.73 %
    const density = 1.10938 - 0.0008267 * 51 + 0.0000016 * 51 ** 2 - 0.0002574 * 34;
    expect(res.json()).toMatchObject({ sites: { ...maxJp3, chest: 16 }, note: "second try" });
    expect(res.json().bodyFatPct).toBeCloseTo(siri(density), 1);
    await setBody(p, { birthDate: "1960-06-15" });
    const later = await t.app.inject({ url: `/api/caliper/${created.id}`, headers: p.headers });
    expect(later.json().bodyFatPct).toBe(res.json().bodyFatPct);
  });

  it("switches the method: the old method's other sites are dropped, the new ones are required", async () => {
    const p = await newProfile(t);
    await setBody(p, { sex: "male", birthDate: "1990-06-15" });
    const created = (await post(p, { date: "2025-03-10", method: "jp3", ...maxJp3 })).json();
    const incomplete = await put(p, created.id, { method: "jp7" });
    expect(incomplete.statusCode).toBe(422);
    expect(paths(incomplete.json())).toEqual(["axilla", "triceps", "subscapular", "suprailiac"]);
    const dw4 = { biceps: 4, triceps: 10, subscapular: 12, suprailiac: 11 };
    const switched = await put(p, created.id, { method: "dw4", ...dw4 });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ method: "dw4", sites: dw4 });
    // men 30–39: 1.1422 − 0.0544·log10(37)
    expect(switched.json().bodyFatPct).toBeCloseTo(siri(1.1422 - 0.0544 * Math.log10(37)), 1);
    const stray = await put(p, created.id, { chest: 10 });
    expect(stray.statusCode).toBe(422);
    expect(paths(stray.json())).toEqual(["chest"]);
  });

  it("refuses moving an entry onto a day and method that has one, and a future date", async () => {
    const p = await newProfile(t);
    await setBody(p, { sex: "male", birthDate: "1990-06-15" });
    await post(p, { date: "2025-03-10", method: "jp3", ...maxJp3 });
    const other = (await post(p, { date: "2025-03-11", method: "jp3", ...maxJp3 })).json();
    const res = await put(p, other.id, { date: "2025-03-10" });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("duplicate_date");
    expect((await put(p, other.id, { date: addDays(todayIn("Europe/Berlin"), 1) })).statusCode).toBe(422);
    expect((await put(p, other.id, { date: "2025-03-12" })).json().date).toBe("2025-03-12");
  });

  it("treats another profile's entry as not existing", async () => {
    const created = (await post(max, { date: "2025-05-01", method: "jp3", ...maxJp3 })).json();
    const url = `/api/caliper/${created.id}`;
    expect((await t.app.inject({ url, headers: eva.headers })).statusCode).toBe(404);
    expect((await put(eva, created.id, { chest: 12 })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "DELETE", url, headers: eva.headers })).statusCode).toBe(404);
    expect((await list(eva)).map((e: { id: string }) => e.id)).not.toContain(created.id);
    expect((await t.app.inject({ url, headers: max.headers })).json().sites.chest).toBe(10);
    expect((await t.app.inject({ method: "DELETE", url, headers: max.headers })).statusCode).toBe(204);
    expect((await t.app.inject({ url, headers: max.headers })).statusCode).toBe(404);
  });
});
