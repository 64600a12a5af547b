import { addDays, todayIn } from "@mitai/shared";
import { z } from "zod";
import type { TestApp, TestProfile } from "../../test/helpers.js";

const typeList = z.array(z.object({ id: z.string(), key: z.string() }));

/** The id of every training type by its key (deactivated ones included). */
export async function trainingTypeIds(t: TestApp, who: TestProfile): Promise<Map<string, string>> {
  const res = await t.app.inject({ url: "/api/training-types?all=true", headers: who.headers });
  return new Map(typeList.parse(res.json()).map((type) => [type.key, type.id]));
}

/** The id of a type that must exist: a test fails loudly on a missing key instead of posting `undefined`. */
export function typeId(ids: Map<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`no training type ${key}`);
  return id;
}

export function postActivity(t: TestApp, who: TestProfile, payload: Record<string, unknown>) {
  return t.app.inject({ method: "POST", url: "/api/activity", headers: who.headers, payload });
}

export function patchActivity(t: TestApp, who: TestProfile, id: string, payload: Record<string, unknown>) {
  return t.app.inject({ method: "PATCH", url: `/api/activity/${id}`, headers: who.headers, payload });
}

/** Logs a session and answers its entry; fails the test when the server refuses it. */
export async function newActivity(t: TestApp, who: TestProfile, payload: Record<string, unknown>) {
  const res = await postActivity(t, who, { durationMin: 30, ...payload });
  if (res.statusCode !== 201) throw new Error(`activity refused: ${res.body}`);
  return activityJson.parse(res.json());
}

export const activityJson = z.object({
  id: z.string(),
  date: z.string(),
  name: z.string(),
  trainingTypeId: z.string().nullable(),
  trainingType: z.object({ key: z.string(), category: z.string() }).nullable(),
  conflictsWithRestDay: z.boolean(),
});

export async function listActivities(t: TestApp, who: TestProfile, query = "") {
  const res = await t.app.inject({ url: `/api/activity?limit=5000${query}`, headers: who.headers });
  return z.array(activityJson).parse(res.json());
}

/** A day some days before the profile's today. */
export function daysAgo(who: TestProfile, days: number): string {
  return addDays(todayIn(who.profile.timeZone), -days);
}

export const mappingJson = z.object({
  id: z.string(),
  name: z.string(),
  trainingTypeId: z.string(),
  trainingType: z.object({ key: z.string() }),
  scope: z.enum(["profile", "global"]),
});

export function categorizeName(t: TestApp, who: TestProfile, name: string, trainingTypeId: string) {
  return t.app.inject({
    method: "POST",
    url: "/api/activity/categorize",
    headers: who.headers,
    payload: { name, trainingTypeId },
  });
}

export async function ownMappings(t: TestApp, who: TestProfile) {
  const res = await t.app.inject({ url: "/api/activity/mappings", headers: who.headers });
  return z.array(mappingJson).parse(res.json());
}

/** The global mappings, as an administrator sees them. */
export async function globalMappings(t: TestApp, admin: TestProfile) {
  const res = await t.app.inject({ url: "/api/admin/activity-mappings", headers: admin.headers });
  return z.array(mappingJson).parse(res.json());
}
