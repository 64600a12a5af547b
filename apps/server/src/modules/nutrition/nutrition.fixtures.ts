import {
  type NutritionCreate,
  type NutritionDays,
  type NutritionEntry,
  type NutritionStats,
  type NutritionToday,
  nutritionDays,
  nutritionEntry,
  nutritionStats,
  nutritionToday,
} from "@mitai/shared";
import { expect } from "vitest";
import { settle, type TestApp, type TestProfile } from "../../test/helpers.js";
import { nutritionLog } from "./nutrition.table.js";

/** POST /api/nutrition for a profile: must answer 201 with a body the shared schema accepts. */
export async function logNutrition(
  t: TestApp,
  who: TestProfile,
  payload: NutritionCreate,
): Promise<NutritionEntry> {
  const res = await t.app.inject({ method: "POST", url: "/api/nutrition", headers: who.headers, payload });
  expect(res.statusCode, res.body).toBe(201);
  return nutritionEntry.parse(res.json());
}

export type DirectEntry = {
  date: string;
  kcal: number;
  proteinG: number;
  fatG: number;
  carbsG: number;
  fiberG?: number | null;
  source?: string;
};

/** Entries written straight into the database, as an import writes them (the app hears of them via NOTIFY). */
export async function insertNutrition(t: TestApp, who: TestProfile, entries: DirectEntry[]): Promise<void> {
  await t.db.insert(nutritionLog).values(
    entries.map((e) => ({
      profileId: who.profile.id,
      date: e.date,
      kcal: e.kcal,
      proteinG: e.proteinG,
      fatG: e.fatG,
      carbsG: e.carbsG,
      fiberG: e.fiberG ?? null,
      source: e.source ?? "manual",
    })),
  );
  await settle(t);
}

/** Every stored entry of a profile (to show that a refused request stored nothing). */
export async function countNutrition(t: TestApp, who: TestProfile): Promise<number> {
  const rows = await t.db.query.nutritionLog.findMany({
    where: (n, { eq }) => eq(n.profileId, who.profile.id),
  });
  return rows.length;
}

export async function getDays(t: TestApp, who: TestProfile, query = ""): Promise<NutritionDays> {
  const res = await t.app.inject({ url: `/api/nutrition/days${query}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return nutritionDays.parse(res.json());
}

export async function getToday(t: TestApp, who: TestProfile): Promise<NutritionToday> {
  const res = await t.app.inject({ url: "/api/nutrition/today", headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return nutritionToday.parse(res.json());
}

export async function getStats(t: TestApp, who: TestProfile, days: number): Promise<NutritionStats> {
  const res = await t.app.inject({ url: `/api/nutrition/stats?days=${days}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return nutritionStats.parse(res.json());
}

/** PUT /api/profile with the given goals: must answer 200. */
export async function setGoals(t: TestApp, who: TestProfile, goals: Record<string, unknown>): Promise<void> {
  const res = await t.app.inject({
    method: "PUT",
    url: "/api/profile",
    headers: who.headers,
    payload: goals,
  });
  expect(res.statusCode, res.body).toBe(200);
}
