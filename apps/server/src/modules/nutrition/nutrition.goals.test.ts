import { profile as profileSchema, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildTestApp,
  newProfile,
  newWeightEntry,
  type TestApp,
  type TestProfile,
} from "../../test/helpers.js";
import { getToday, insertNutrition, logNutrition, setGoals } from "./nutrition.fixtures.js";

let t: TestApp;
let anna: TestProfile;
const today = () => todayIn("Europe/Berlin");
const noGoals = {
  kcalTarget: null,
  proteinTarget: null,
  proteinTargetUnit: "g",
  fatTargetG: null,
  carbsTargetG: null,
};

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
});

async function ownProfile(who: TestProfile) {
  const res = await t.app.inject({ url: "/api/profile", headers: who.headers });
  expect(res.statusCode).toBe(200);
  return profileSchema.parse(res.json());
}

describe("goals in the profile", () => {
  it("starts without targets", async () => {
    expect(await ownProfile(anna)).toMatchObject(noGoals);
  });

  it("keeps the targets PUT /api/profile sets, and clears them with null", async () => {
    const goals = {
      kcalTarget: 2300,
      proteinTarget: 1.8,
      proteinTargetUnit: "g_per_kg",
      fatTargetG: 75.5,
      carbsTargetG: 260,
    };
    const res = await t.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: anna.headers,
      payload: goals,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject(goals);
    expect(await ownProfile(anna)).toMatchObject(goals);
    await setGoals(t, anna, { ...noGoals, proteinTargetUnit: "g_per_kg" });
    expect(await ownProfile(anna)).toMatchObject({ ...noGoals, proteinTargetUnit: "g_per_kg" });
  });

  it.each([
    ["6 g per kg", { proteinTarget: 6, proteinTargetUnit: "g_per_kg" }, "proteinTarget"],
    ["a kcal target below 500", { kcalTarget: 499 }, "kcalTarget"],
    ["a kcal target above 10,000", { kcalTarget: 10_001 }, "kcalTarget"],
    ["a fractional kcal target", { kcalTarget: 2000.5 }, "kcalTarget"],
    ["a negative fat target", { fatTargetG: -1 }, "fatTargetG"],
    ["carbohydrate over 2,000 g", { carbsTargetG: 2001 }, "carbsTargetG"],
    ["an unknown unit", { proteinTargetUnit: "oz" }, "proteinTargetUnit"],
  ])("refuses %s with 422 and changes nothing", async (_name, payload, path) => {
    await setGoals(t, anna, { ...noGoals, kcalTarget: 2000 });
    const res = await t.app.inject({ method: "PUT", url: "/api/profile", headers: anna.headers, payload });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe("validation_error");
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
    expect(await ownProfile(anna)).toMatchObject({ ...noGoals, kcalTarget: 2000 });
  });

  it("refuses switching 150 g of protein to per kg (150 g/kg), keeping the grams", async () => {
    await setGoals(t, anna, { ...noGoals, proteinTarget: 150 });
    const res = await t.app.inject({
      method: "PUT",
      url: "/api/profile",
      headers: anna.headers,
      payload: { proteinTargetUnit: "g_per_kg" },
    });
    expect(res.statusCode, res.body).toBe(422);
    expect(await ownProfile(anna)).toMatchObject({ proteinTarget: 150, proteinTargetUnit: "g" });
  });
});

describe("GET /api/nutrition/today", () => {
  it("answers zeros, not logged and no progress with nothing logged and no targets", async () => {
    const ben = await newProfile(t);
    expect(await getToday(t, ben)).toEqual({
      date: today(),
      totals: { kcal: 0, proteinG: 0, fatG: 0, carbsG: 0, fiberG: null },
      logged: false,
      targets: { kcal: null, proteinG: null, fatG: null, carbsG: null, protein: null },
      progress: { kcal: null, proteinG: null, fatG: null, carbsG: null },
    });
  });

  it("sums today's sources against the targets, protein per kg made grams with the latest weight", async () => {
    const carl = await newProfile(t);
    await setGoals(t, carl, {
      kcalTarget: 2400,
      proteinTarget: 2,
      proteinTargetUnit: "g_per_kg",
      fatTargetG: 80,
      carbsTargetG: 200,
    });
    await newWeightEntry(t, carl.profile.id, { date: "2025-01-10", weight: 90 });
    await newWeightEntry(t, carl.profile.id, { date: "2025-01-20", weight: 75 });
    await logNutrition(t, carl, { date: today(), kcal: 1500, proteinG: 90, fatG: 50, carbsG: 150 });
    await insertNutrition(t, carl, [
      { date: today(), kcal: 300, proteinG: 15, fatG: 10, carbsG: 30, fiberG: 4, source: "fddb" },
    ]);
    // An earlier day's entry is no part of today.
    await insertNutrition(t, carl, [{ date: "2025-01-20", kcal: 999, proteinG: 99, fatG: 9, carbsG: 9 }]);
    const answer = await getToday(t, carl);
    expect(answer).toEqual({
      date: today(),
      totals: { kcal: 1800, proteinG: 105, fatG: 60, carbsG: 180, fiberG: 4 },
      logged: true,
      // 2 g/kg × 75 kg (the latest weight) = 150 g.
      targets: {
        kcal: 2400,
        proteinG: 150,
        fatG: 80,
        carbsG: 200,
        protein: { value: 2, unit: "g_per_kg", weightKg: 75 },
      },
      progress: { kcal: 0.75, proteinG: 0.7, fatG: 0.75, carbsG: 0.9 },
    });

    // A weight logged today becomes the protein target's weight at once: 2 × 70 = 140 g.
    const weighed = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: carl.headers,
      payload: { date: today(), weight: 70 },
    });
    expect(weighed.statusCode).toBe(201);
    const after = await getToday(t, carl);
    expect(after.targets).toMatchObject({ proteinG: 140, protein: { weightKg: 70 } });
    expect(after.progress.proteinG).toBe(0.75);
  });

  it("has no protein grams per kg target without any weight, and a plain gram target needs none", async () => {
    const dora = await newProfile(t);
    await setGoals(t, dora, { proteinTarget: 1.8, proteinTargetUnit: "g_per_kg" });
    await logNutrition(t, dora, { date: today(), kcal: 1000, proteinG: 60, fatG: 30, carbsG: 120 });
    const perKg = await getToday(t, dora);
    expect(perKg.targets).toMatchObject({
      proteinG: null,
      protein: { value: 1.8, unit: "g_per_kg", weightKg: null },
    });
    expect(perKg.progress.proteinG).toBeNull();

    await setGoals(t, dora, { proteinTarget: 120, proteinTargetUnit: "g" });
    const grams = await getToday(t, dora);
    expect(grams.targets).toMatchObject({
      proteinG: 120,
      protein: { value: 120, unit: "g", weightKg: null },
    });
    expect(grams.progress.proteinG).toBe(0.5);
  });

  it("takes today in the profile's time zone", async () => {
    const eve = await newProfile(t, { timeZone: "Pacific/Kiritimati" });
    const theirToday = todayIn("Pacific/Kiritimati");
    await logNutrition(t, eve, { date: theirToday, kcal: 1234, proteinG: 1, fatG: 1, carbsG: 1 });
    const answer = await getToday(t, eve);
    expect(answer).toMatchObject({ date: theirToday, logged: true, totals: { kcal: 1234 } });
  });
});
