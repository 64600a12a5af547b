import { addDays, todayIn } from "@mitai/shared";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, settle, type TestApp, type TestProfile } from "../../test/helpers.js";
import { profiles } from "../profiles/profile.table.js";
import { weightLog } from "../weight/weight.table.js";
import {
  getDays,
  getStats,
  getToday,
  insertNutrition,
  logNutrition,
  setGoals,
} from "./nutrition.fixtures.js";
import { nutritionLog } from "./nutrition.table.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;
const today = () => todayIn("Europe/Berlin");
const yesterday = () => addDays(today(), -1);

/** Every cached answer of a profile, asked for once so the next read could come from memory. */
async function answers(who: TestProfile) {
  return {
    days: await getDays(t, who),
    today: await getToday(t, who),
    stats: await getStats(t, who, 7),
  };
}

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
  ben = await newProfile(t);
});

describe("cached nutrition answers stay true", () => {
  it("caches while nothing changes", async () => {
    expect(t.app.changeCache.active).toBe(true);
    const first = await answers(anna);
    expect(await answers(anna)).toEqual(first);
  });

  it("sends a cached answer again byte for byte, as JSON with its length", async () => {
    await logNutrition(t, ben, { date: yesterday(), kcal: 1900, proteinG: 95, fatG: 60, carbsG: 230 });
    for (const url of ["/api/nutrition/days", "/api/nutrition/today", "/api/nutrition/stats?days=28"]) {
      const first = await t.app.inject({ url, headers: ben.headers });
      const again = await t.app.inject({ url, headers: ben.headers });
      expect(again.statusCode).toBe(200);
      expect(again.body).toBe(first.body);
      expect(again.headers["content-type"]).toMatch(/^application\/json/);
      expect(Number(again.headers["content-length"])).toBe(Buffer.byteLength(again.body));
    }
    expect((await getDays(t, ben)).days.map((d) => d.kcal)).toEqual([1900]);
  });

  it("shows an entry logged through the API at once", async () => {
    expect((await answers(anna)).today.logged).toBe(false);
    const entry = await logNutrition(t, anna, {
      date: today(),
      kcal: 2000,
      proteinG: 100,
      fatG: 70,
      carbsG: 250,
    });
    const after = await answers(anna);
    expect(after.today).toMatchObject({ logged: true, totals: { kcal: 2000 } });
    expect(after.days.days.map((d) => d.kcal)).toEqual([2000]);
    expect(after.stats).toMatchObject({ loggedDays: 1, average: { kcal: 2000 } });

    const put = await t.app.inject({
      method: "PUT",
      url: `/api/nutrition/${entry.id}`,
      headers: anna.headers,
      payload: { kcal: 2200 },
    });
    expect(put.statusCode).toBe(200);
    expect((await answers(anna)).stats.average?.kcal).toBe(2200);
  });

  it("shows an import's entry written straight into the database once the change is announced", async () => {
    await answers(anna);
    await insertNutrition(t, anna, [
      { date: today(), kcal: 300, proteinG: 20, fatG: 10, carbsG: 30, source: "fddb" },
      { date: yesterday(), kcal: 1800, proteinG: 90, fatG: 60, carbsG: 200, source: "fddb" },
    ]);
    const after = await answers(anna);
    expect(after.today.totals.kcal).toBe(2500);
    expect(after.days.days.map((d) => [d.kcal, d.sources])).toEqual([
      [1800, ["fddb"]],
      [2500, ["fddb", "manual"]],
    ]);
    expect(after.stats.loggedDays).toBe(2);

    await t.db.delete(nutritionLog).where(eq(nutritionLog.date, yesterday()));
    await settle(t);
    expect((await answers(anna)).stats.loggedDays).toBe(1);
  });

  it("follows a change of the profile's goals", async () => {
    expect((await answers(anna)).today.targets.kcal).toBeNull();
    await setGoals(t, anna, { kcalTarget: 2500 });
    const after = await answers(anna);
    expect(after.today.progress.kcal).toBe(1);
    expect(after.stats.adherence.kcal).toEqual({ days: 1, of: 1, share: 1 });

    // Changed behind the app's back (a second server process, an admin's SQL).
    await t.db.update(profiles).set({ kcalTarget: 5000 }).where(eq(profiles.id, anna.profile.id));
    await settle(t);
    expect((await answers(anna)).today.progress.kcal).toBe(0.5);
  });

  it("follows a weight logged through the API and one written straight into the database", async () => {
    await setGoals(t, anna, { proteinTarget: 2, proteinTargetUnit: "g_per_kg" });
    const before = await answers(anna);
    expect(before.today.targets.proteinG).toBeNull();
    expect(before.days.days.at(-1)?.proteinPerKg).toBeNull();

    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: anna.headers,
      payload: { date: yesterday(), weight: 80 },
    });
    expect(res.statusCode).toBe(201);
    const weighed = await answers(anna);
    expect(weighed.today.targets.proteinG).toBe(160);
    // 120 g of protein today over 80 kg carried from yesterday.
    expect(weighed.days.days.at(-1)).toMatchObject({ weightKg: 80, proteinPerKg: 1.5 });
    expect(weighed.stats.proteinPerKg).toBe(1.5);

    await t.db.insert(weightLog).values({ profileId: anna.profile.id, date: today(), weight: 75 });
    await settle(t);
    const direct = await answers(anna);
    expect(direct.today.targets.proteinG).toBe(150);
    expect(direct.days.days.at(-1)).toMatchObject({ weightKg: 75, proteinPerKg: 1.6 });
  });

  it("follows a deleted entry", async () => {
    const entries = await t.app.inject({ url: `/api/nutrition?source=manual`, headers: anna.headers });
    const [manual] = entries.json();
    const del = await t.app.inject({
      method: "DELETE",
      url: `/api/nutrition/${manual.id}`,
      headers: anna.headers,
    });
    expect(del.statusCode).toBe(204);
    expect((await answers(anna)).today.totals).toMatchObject({ kcal: 300, proteinG: 20 });
  });

  it("keeps each profile's answers apart", async () => {
    const annas = await answers(anna);
    expect((await answers(ben)).today.logged).toBe(false);
    await logNutrition(t, ben, { date: today(), kcal: 1111, proteinG: 1, fatG: 1, carbsG: 1 });
    expect((await answers(ben)).today.totals.kcal).toBe(1111);
    expect(await answers(anna)).toEqual(annas);
  });
});
