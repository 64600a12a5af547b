import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import {
  buildTestApp,
  newProfile,
  newWeightEntry,
  type TestApp,
  type TestProfile,
} from "../../test/helpers.js";
import { getStats, insertNutrition, setGoals } from "./nutrition.fixtures.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;
let carl: TestProfile;
/** The day `k` days before the profile's today (all profiles here live in Berlin). */
const ago = (k: number) => addDays(todayIn("Europe/Berlin"), -k);

/**
 * Anna, targets 2,000 kcal, 1.6 g protein per kg, 70 g fat, 250 g carbohydrate. Days ago → kcal, P, F, C:
 *   0: 2500 160 90 240 (fiber 25)    1: 1800+400 fddb = 2200 140 80 230    3: 1700 100 80 200
 *   5: 2150 120 60 300               6: 2000 150 70 250 (fiber 30)
 *   8: 1900 110 65 240   12: 2100 125 72 260   15: 2300 140 75 280   20: 1600 90 55 190   25: 2050 120 68 255
 *   30: 2200 130 70 270  40: 2400 100 90 300   60: 1800 150 60 180   89: 2100 120 75 250
 *   90: 5000 (one day before the 90-day window: never counted)
 * Her weights lie on a line losing 0.05 kg a day (0.35 kg a week; 385 kcal a day at 7,700 kcal/kg):
 * 80 + 0.05 × k kg on days k = 0, 3, 6 | 10, 13, 16, 20, 24, 27 | 35, 50, 70, 89, and an outlier of
 * 70 kg on day 120, before every window. Latest weight 80 kg → protein target 1.6 × 80 = 128 g.
 */
const annaDays: [number, number, number, number, number, (number | null)?][] = [
  [0, 2500, 160, 90, 240, 25],
  [1, 1800, 130, 60, 200],
  [3, 1700, 100, 80, 200],
  [5, 2150, 120, 60, 300],
  [6, 2000, 150, 70, 250, 30],
  [8, 1900, 110, 65, 240],
  [12, 2100, 125, 72, 260],
  [15, 2300, 140, 75, 280],
  [20, 1600, 90, 55, 190],
  [25, 2050, 120, 68, 255],
  [30, 2200, 130, 70, 270],
  [40, 2400, 100, 90, 300],
  [60, 1800, 150, 60, 180],
  [89, 2100, 120, 75, 250],
  [90, 5000, 10, 10, 10],
];
const annaWeightDays = [0, 3, 6, 10, 13, 16, 20, 24, 27, 35, 50, 70, 89];

beforeAll(async () => {
  t = await buildTestApp();
  anna = await newProfile(t);
  ben = await newProfile(t);
  carl = await newProfile(t);
  await setGoals(t, anna, {
    kcalTarget: 2000,
    proteinTarget: 1.6,
    proteinTargetUnit: "g_per_kg",
    fatTargetG: 70,
    carbsTargetG: 250,
  });
  await insertNutrition(t, anna, [
    ...annaDays.map(([k, kcal, proteinG, fatG, carbsG, fiberG]) => ({
      date: ago(k),
      kcal,
      proteinG,
      fatG,
      carbsG,
      fiberG: fiberG ?? null,
    })),
    { date: ago(1), kcal: 400, proteinG: 10, fatG: 20, carbsG: 30, source: "fddb" },
  ]);
  for (const k of annaWeightDays)
    await newWeightEntry(t, anna.profile.id, { date: ago(k), weight: 80 + 0.05 * k });
  await newWeightEntry(t, anna.profile.id, { date: ago(120), weight: 70 });
});

describe("GET /api/nutrition/stats", () => {
  it("sums up the last 7 days", async () => {
    const stats = await getStats(t, anna, 7);
    expect(stats).toMatchObject({ days: 7, from: ago(6), to: ago(0), loggedDays: 5 });
    // (2500 + 2200 + 1700 + 2150 + 2000) / 5 = 2110; fiber over the two days stating it.
    expect(stats.average).toEqual({ kcal: 2110, proteinG: 134, fatG: 76, carbsG: 244, fiberG: 27.5 });
    // 134 g over the window's weights 80, 80.15 and 80.3 (80.15 kg).
    expect(stats.proteinPerKg).toBe(1.67);
    expect(stats.targets).toEqual({
      kcal: 2000,
      proteinG: 128,
      fatG: 70,
      carbsG: 250,
      protein: { value: 1.6, unit: "g_per_kg", weightKg: 80 },
    });
    // kcal 1800–2200: 2200 ✓ 1700 ✗ 2150 ✓ 2000 ✓ 2500 ✗; protein 115.2–140.8: 120 and 140;
    // fat 63–77: 70; carbohydrate 225–275: 250, 230 and 240.
    expect(stats.adherence).toEqual({
      kcal: { days: 3, of: 5, share: 0.6 },
      proteinG: { days: 2, of: 5, share: 0.4 },
      fatG: { days: 1, of: 5, share: 0.2 },
      carbsG: { days: 3, of: 5, share: 0.6 },
    });
    expect(stats.energyBalance).toEqual({
      nutritionDays: 5,
      weightDays: 3,
      avgIntakeKcal: 2110,
      weightTrendKgPerWeek: -0.35,
      balanceKcalPerDay: -385,
      maintenanceKcal: null,
    });
  });

  it("gives no maintenance estimate over 28 days with 10 days of nutrition but only 9 of weight", async () => {
    const stats = await getStats(t, anna, 28);
    expect(stats).toMatchObject({ days: 28, from: ago(27), to: ago(0), loggedDays: 10 });
    expect(stats.average).toEqual({ kcal: 2050, proteinG: 125.5, fatG: 71.5, carbsG: 244.5, fiberG: 27.5 });
    // 125.5 g over the nine weights' mean of 725.95 / 9 = 80.661 kg.
    expect(stats.proteinPerKg).toBe(1.56);
    expect(stats.adherence).toEqual({
      kcal: { days: 6, of: 10, share: 0.6 },
      proteinG: { days: 5, of: 10, share: 0.5 },
      fatG: { days: 5, of: 10, share: 0.5 },
      carbsG: { days: 6, of: 10, share: 0.6 },
    });
    expect(stats.energyBalance).toEqual({
      nutritionDays: 10,
      weightDays: 9,
      avgIntakeKcal: 2050,
      weightTrendKgPerWeek: -0.35,
      balanceKcalPerDay: -385,
      maintenanceKcal: null,
    });
  });

  it("estimates maintenance over 90 days from 14 days of nutrition and 13 of weight", async () => {
    const stats = await getStats(t, anna, 90);
    expect(stats).toMatchObject({ days: 90, from: ago(89), to: ago(0), loggedDays: 14 });
    // 29,000 kcal / 14 = 2071.4; 1755 g / 14 = 125.36; 1010 / 14 = 72.14; 3445 / 14 = 246.07.
    expect(stats.average).toEqual({ kcal: 2071, proteinG: 125.4, fatG: 72.1, carbsG: 246.1, fiberG: 27.5 });
    // 125.36 g over 1058.15 / 13 = 81.396 kg (the 70 kg of day 120 lies before the window).
    expect(stats.proteinPerKg).toBe(1.54);
    expect(stats.adherence).toEqual({
      kcal: { days: 9, of: 14, share: 9 / 14 },
      proteinG: { days: 7, of: 14, share: 0.5 },
      fatG: { days: 7, of: 14, share: 0.5 },
      carbsG: { days: 8, of: 14, share: 8 / 14 },
    });
    // Losing 0.05 kg a day on 2071.4 kcal: maintenance is 2071.4 + 385 = 2456 kcal.
    expect(stats.energyBalance).toEqual({
      nutritionDays: 14,
      weightDays: 13,
      avgIntakeKcal: 2071,
      weightTrendKgPerWeek: -0.35,
      balanceKcalPerDay: -385,
      maintenanceKcal: 2456,
    });
  });

  it("looks at the last 28 days when no window is asked for", async () => {
    expect(await getStats(t, anna, 28)).toEqual(
      await t.app.inject({ url: "/api/nutrition/stats", headers: anna.headers }).then((r) => r.json()),
    );
  });

  it("answers with nothing logged: no averages, no adherence, no estimate", async () => {
    const stats = await getStats(t, ben, 7);
    expect(stats).toMatchObject({ loggedDays: 0, average: null, proteinPerKg: null });
    expect(stats.targets).toEqual({ kcal: null, proteinG: null, fatG: null, carbsG: null, protein: null });
    expect(stats.adherence).toEqual({ kcal: null, proteinG: null, fatG: null, carbsG: null });
    expect(stats.energyBalance).toEqual({
      nutritionDays: 0,
      weightDays: 0,
      avgIntakeKcal: null,
      weightTrendKgPerWeek: null,
      balanceKcalPerDay: null,
      maintenanceKcal: null,
    });
  });

  it("takes protein per kg from the last weight before the window when it has none", async () => {
    await newWeightEntry(t, carl.profile.id, { date: ago(40), weight: 75 });
    await insertNutrition(t, carl, [{ date: ago(2), kcal: 2400, proteinG: 150, fatG: 80, carbsG: 280 }]);
    const stats = await getStats(t, carl, 7);
    expect(stats.proteinPerKg).toBe(2);
    expect(stats.energyBalance).toMatchObject({
      nutritionDays: 1,
      weightDays: 0,
      weightTrendKgPerWeek: null,
    });
  });

  it.each(["14", "0", "abc", "7.5"])("refuses days=%s with 422", async (days) => {
    const res = await t.app.inject({ url: `/api/nutrition/stats?days=${days}`, headers: anna.headers });
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json().code).toBe("validation_error");
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain("days");
  });

  it("refuses an unknown parameter with 422", async () => {
    const res = await t.app.inject({
      url: "/api/nutrition/stats?days=7&from=2025-01-01",
      headers: anna.headers,
    });
    expect(res.statusCode).toBe(422);
  });
});
