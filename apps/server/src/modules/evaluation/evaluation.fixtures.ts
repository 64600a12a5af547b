import { activityNameKey, type Evaluation, evaluation } from "@mitai/shared";
import { inArray } from "drizzle-orm";
import { expect } from "vitest";
import { newProfile, settle, type TestApp, type TestProfile } from "../../test/helpers.js";
import { activityLog } from "../activity/activity.table.js";
import { trainingTypes } from "../training-types/training-type.table.js";

/** A session as the tests write it: the type by key (null: none), the optional figures. */
export type Session = {
  date: string;
  type: "running" | "weight_training" | "yoga" | null;
  name?: string;
  durationMin: number;
  rpe?: number;
  hrAvg?: number;
  kcalActive?: number;
  distanceKm?: number;
};

/** Sessions written straight into the database (the activity routes are not what is tested here). */
export async function addSessions(t: TestApp, who: TestProfile, sessions: Session[]): Promise<void> {
  const keys = ["running", "weight_training", "yoga"];
  const types = await t.db
    .select({ id: trainingTypes.id, key: trainingTypes.key })
    .from(trainingTypes)
    .where(inArray(trainingTypes.key, keys));
  const typeId = new Map(types.map((type) => [type.key, type.id]));
  await t.db.insert(activityLog).values(
    sessions.map((s) => {
      const name = s.name ?? s.type ?? "Session";
      return {
        profileId: who.profile.id,
        date: s.date,
        name,
        nameKey: activityNameKey(name),
        trainingTypeId: s.type ? (typeId.get(s.type) ?? null) : null,
        durationMin: s.durationMin,
        rpe: s.rpe ?? null,
        hrAvg: s.hrAvg ?? null,
        kcalActive: s.kcalActive ?? null,
        distanceKm: s.distanceKm ?? null,
      };
    }),
  );
  // Written behind the app's back: wait until it has heard, as it caches evaluations.
  await settle(t);
}

/** GET /api/evaluation for a profile: must answer 200 with a body the shared schema accepts. */
export async function evaluate(t: TestApp, who: TestProfile, query: string): Promise<Evaluation> {
  const res = await t.app.inject({ url: `/api/evaluation${query}`, headers: who.headers });
  expect(res.statusCode, res.body).toBe(200);
  return evaluation.parse(res.json());
}

/**
 * Anna's three weeks, Monday 2025-03-03 to Sunday 2025-03-23, session load = minutes × RPE:
 *   03-03 Mon run     30 min RPE 5 → 150   HR 150  300 kcal  5 km
 *   03-04 Tue weights 60 min RPE 7 → 420   HR 110  250 kcal
 *   03-06 Thu run     45 min RPE 6 → 270   HR 145  450 kcal  8.5 km
 *   03-09 Sun yoga    40 min (no RPE, HR, kcal)
 *   03-12 Wed run     60 min RPE 8 → 480           600 kcal  10.25 km
 *   03-14 Fri weights 50 min RPE 8 → 400   HR 120  200 kcal
 *   03-18 Tue "Gartenarbeit" (no type) 90 min RPE 3 → 270  HR 100  350 kcal
 * Outside the period: a run on 02-20 (50 min RPE 6 → 300, inside the chronic window of the first
 * days) and one on 03-24 (after it). Ben has one hard run (100 min RPE 10) on 03-10, in the middle
 * of Anna's period.
 */
export async function threeWeeks(t: TestApp) {
  const anna = await newProfile(t);
  const ben = await newProfile(t);
  const run = (date: string, durationMin: number, more: Partial<Session> = {}): Session => ({
    date,
    type: "running",
    durationMin,
    ...more,
  });
  const weights = (date: string, durationMin: number, more: Partial<Session> = {}): Session => ({
    date,
    type: "weight_training",
    durationMin,
    ...more,
  });
  await addSessions(t, anna, [
    run("2025-02-20", 50, { rpe: 6, hrAvg: 200, kcalActive: 999 }),
    run("2025-03-03", 30, { rpe: 5, hrAvg: 150, kcalActive: 300, distanceKm: 5 }),
    weights("2025-03-04", 60, { rpe: 7, hrAvg: 110, kcalActive: 250 }),
    run("2025-03-06", 45, { rpe: 6, hrAvg: 145, kcalActive: 450, distanceKm: 8.5 }),
    { date: "2025-03-09", type: "yoga", durationMin: 40 },
    run("2025-03-12", 60, { rpe: 8, kcalActive: 600, distanceKm: 10.25 }),
    weights("2025-03-14", 50, { rpe: 8, hrAvg: 120, kcalActive: 200 }),
    {
      date: "2025-03-18",
      type: null,
      name: "Gartenarbeit",
      durationMin: 90,
      rpe: 3,
      hrAvg: 100,
      kcalActive: 350,
    },
    run("2025-03-24", 30, { rpe: 5, distanceKm: 5 }),
  ]);
  await addSessions(t, ben, [
    run("2025-03-10", 100, { rpe: 10, hrAvg: 170, kcalActive: 1000, distanceKm: 20 }),
  ]);
  return { anna, ben };
}
