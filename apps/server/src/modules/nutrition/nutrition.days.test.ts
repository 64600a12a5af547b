import { addDays, NUTRITION_DAYS_MAX, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildTestApp,
  newProfile,
  newWeightEntry,
  type TestApp,
  type TestProfile,
} from "../../test/helpers.js";
import { getDays, insertNutrition, logNutrition } from "./nutrition.fixtures.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;
const today = () => todayIn("Europe/Berlin");

/**
 * Anna's first week of March 2025 (macro energy = 4 × protein + 9 × fat + 4 × carbohydrate):
 *   02-20 weight 81 kg (before the period: carried into it)
 *   02-28 manual 1,700 kcal (outside the period)
 *   03-01 manual 2,000 kcal, P 100, F 70, C 250, fiber 20   + fddb 500.4 kcal, P 30, F 10, C 60, fiber 5.26
 *         → 2,500 kcal, P 130, F 80, C 310, fiber 25.3; macro 520 + 720 + 1,240 = 2,480 kcal (0.8 % off)
 *         → shares 0.21 / 0.29 / 0.5; 130 g / 81 kg = 1.60 g/kg
 *   03-02 manual 1,000 kcal, P 50, F 50, C 47.5 → macro 840 kcal: 16 % off → mismatch
 *         shares 200/840 = 0.238, 450/840 = 0.536, 190/840 = 0.226
 *   03-03 manual 1,000 kcal, P 50, F 50, C 52.5 → macro 860 kcal: 14 % off → no mismatch
 *   03-04 nothing
 *   03-05 weight 78 kg; manual 1,800 kcal, P 117, F 60, C 200 → 117 / 78 = 1.5 g/kg
 *   03-06 cronometer only 1,500 kcal, P 39, F 50, C 180 → weight 78 carried, 0.5 g/kg
 *   03-07 manual 0 kcal and no macros → no shares, no mismatch
 */
beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
  ben = await newProfile(t);
  await newWeightEntry(t, anna.profile.id, { date: "2025-02-20", weight: 81 });
  await newWeightEntry(t, anna.profile.id, { date: "2025-03-05", weight: 78 });
  await logNutrition(t, anna, { date: "2025-02-28", kcal: 1700, proteinG: 80, fatG: 60, carbsG: 200 });
  await logNutrition(t, anna, {
    date: "2025-03-01",
    kcal: 2000,
    proteinG: 100,
    fatG: 70,
    carbsG: 250,
    fiberG: 20,
  });
  await insertNutrition(t, anna, [
    { date: "2025-03-01", kcal: 500.4, proteinG: 30, fatG: 10, carbsG: 60, fiberG: 5.26, source: "fddb" },
    { date: "2025-03-06", kcal: 1500, proteinG: 39, fatG: 50, carbsG: 180, source: "cronometer" },
  ]);
  await logNutrition(t, anna, { date: "2025-03-02", kcal: 1000, proteinG: 50, fatG: 50, carbsG: 47.5 });
  await logNutrition(t, anna, { date: "2025-03-03", kcal: 1000, proteinG: 50, fatG: 50, carbsG: 52.5 });
  await logNutrition(t, anna, { date: "2025-03-05", kcal: 1800, proteinG: 117, fatG: 60, carbsG: 200 });
  await logNutrition(t, anna, { date: "2025-03-07", kcal: 0, proteinG: 0, fatG: 0, carbsG: 0 });
  await logNutrition(t, ben, { date: "2025-03-04", kcal: 2200, proteinG: 90, fatG: 80, carbsG: 260 });
});

const march = "?from=2025-03-01&to=2025-03-07";

describe("GET /api/nutrition/days", () => {
  it("lists only the logged days of the period, oldest first, and only the profile's own", async () => {
    const answer = await getDays(t, anna, march);
    expect(answer.from).toBe("2025-03-01");
    expect(answer.to).toBe("2025-03-07");
    expect(answer.days.map((d) => d.date)).toEqual([
      "2025-03-01",
      "2025-03-02",
      "2025-03-03",
      "2025-03-05",
      "2025-03-06",
      "2025-03-07",
    ]);
  });

  it("sums a day's manual and imported entries, names both sources and rounds the totals", async () => {
    const [first] = (await getDays(t, anna, march)).days;
    expect(first).toEqual({
      date: "2025-03-01",
      kcal: 2500,
      proteinG: 130,
      fatG: 80,
      carbsG: 310,
      fiberG: 25.3,
      sources: ["fddb", "manual"],
      macroKcal: 2480,
      shares: { protein: 0.21, fat: 0.29, carbs: 0.5 },
      mismatch: false,
      weightKg: 81,
      proteinPerKg: 1.6,
    });
  });

  it("flags a day whose macros' energy is more than 15 % off its kcal, and not one 14 % off", async () => {
    const days = (await getDays(t, anna, march)).days;
    const second = days.find((d) => d.date === "2025-03-02");
    expect(second).toMatchObject({
      macroKcal: 840,
      mismatch: true,
      shares: { protein: 0.238, fat: 0.536, carbs: 0.226 },
      fiberG: null,
      sources: ["manual"],
    });
    expect(days.find((d) => d.date === "2025-03-03")).toMatchObject({ macroKcal: 860, mismatch: false });
  });

  it("carries the last weight forward into protein per kg, also from before the period", async () => {
    const days = (await getDays(t, anna, march)).days;
    const perKg = Object.fromEntries(days.map((d) => [d.date, [d.weightKg, d.proteinPerKg]]));
    expect(perKg).toEqual({
      "2025-03-01": [81, 1.6],
      "2025-03-02": [81, 0.62],
      "2025-03-03": [81, 0.62],
      "2025-03-05": [78, 1.5],
      "2025-03-06": [78, 0.5],
      "2025-03-07": [78, 0],
    });
    // Starting the period after the 78 kg: that weight still reaches back from before it.
    expect((await getDays(t, anna, "?from=2025-03-06&to=2025-03-06")).days[0]).toMatchObject({
      weightKg: 78,
      sources: ["cronometer"],
    });
  });

  it("gives a day of nothing no shares and no mismatch", async () => {
    const last = (await getDays(t, anna, march)).days.at(-1);
    expect(last).toMatchObject({ date: "2025-03-07", kcal: 0, macroKcal: 0, shares: null, mismatch: false });
  });

  it("has no weight and no protein per kg without a weight logged", async () => {
    const answer = await getDays(t, ben, march);
    expect(answer.days).toHaveLength(1);
    expect(answer.days[0]).toMatchObject({ date: "2025-03-04", weightKg: null, proteinPerKg: null });
  });

  it("covers the 90 days up to the profile's today by default", async () => {
    const carl = await newProfile(t);
    const start = addDays(today(), -89);
    await logNutrition(t, carl, { date: addDays(today(), -90), kcal: 1, proteinG: 0, fatG: 0, carbsG: 0 });
    await logNutrition(t, carl, { date: start, kcal: 2, proteinG: 0, fatG: 0, carbsG: 0 });
    await logNutrition(t, carl, { date: today(), kcal: 3, proteinG: 0, fatG: 0, carbsG: 0 });
    const answer = await getDays(t, carl);
    expect(answer).toMatchObject({ from: start, to: today() });
    expect(answer.days.map((d) => d.kcal)).toEqual([2, 3]);
    expect(await getDays(t, carl, `?from=${start}`)).toEqual(answer);
    const earlier = await getDays(t, carl, `?to=${addDays(today(), -1)}`);
    expect(earlier).toMatchObject({ from: addDays(today(), -90), to: addDays(today(), -1) });
    expect(earlier.days.map((d) => d.kcal)).toEqual([1, 2]);
  });

  it("answers the longest period it allows", async () => {
    const answer = await getDays(
      t,
      anna,
      `?from=2020-03-09&to=${addDays("2020-03-09", NUTRITION_DAYS_MAX - 1)}`,
    );
    expect(answer.days.length).toBeGreaterThanOrEqual(7);
  });

  it.each([
    ["from after to", "?from=2025-03-08&to=2025-03-07", "from"],
    ["a period over five years", `?from=2020-03-08&to=${addDays("2020-03-08", NUTRITION_DAYS_MAX)}`, "from"],
    ["a bad date", "?from=2025-02-30", "from"],
    ["an unknown parameter", "?days=7", "days"],
  ])("refuses %s with 422", async (_name, query, path) => {
    const res = await t.app.inject({ url: `/api/nutrition/days${query}`, headers: anna.headers });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe("validation_error");
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
