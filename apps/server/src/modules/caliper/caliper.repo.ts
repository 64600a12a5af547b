import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { weightLog } from "../weight/weight.table.js";
import { type CaliperRow, caliperLog } from "./caliper.table.js";

export type NewCaliperRow = typeof caliperLog.$inferInsert;
export type CaliperPatch = Partial<Omit<NewCaliperRow, "id" | "profileId" | "createdAt" | "updatedAt">>;
type Range = { from?: string | undefined; to?: string | undefined };

function inRange(profileId: string, range: Range): SQL | undefined {
  return and(
    eq(caliperLog.profileId, profileId),
    range.from ? gte(caliperLog.date, range.from) : undefined,
    range.to ? lte(caliperLog.date, range.to) : undefined,
  );
}

export async function listCaliperRows(
  db: Database,
  profileId: string,
  range: Range,
  page: { limit: number; offset: number },
): Promise<CaliperRow[]> {
  return db
    .select()
    .from(caliperLog)
    .where(inRange(profileId, range))
    .orderBy(desc(caliperLog.date), caliperLog.method)
    .limit(page.limit)
    .offset(page.offset);
}

/** An entry of this profile; another profile's entry is simply not found. */
export async function findCaliperRow(
  db: Database,
  profileId: string,
  id: string,
): Promise<CaliperRow | null> {
  const rows = await db
    .select()
    .from(caliperLog)
    .where(and(eq(caliperLog.id, id), eq(caliperLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findCaliperRowByDateMethod(
  db: Database,
  profileId: string,
  date: string,
  method: CaliperRow["method"],
): Promise<CaliperRow | null> {
  const rows = await db
    .select()
    .from(caliperLog)
    .where(and(eq(caliperLog.profileId, profileId), eq(caliperLog.date, date), eq(caliperLog.method, method)))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts unless the day has an entry of this method already; null then (the unique index decides races). */
export async function insertCaliperRow(db: Database, values: NewCaliperRow): Promise<CaliperRow | null> {
  const rows = await db
    .insert(caliperLog)
    .values(values)
    .onConflictDoNothing({ target: [caliperLog.profileId, caliperLog.date, caliperLog.method] })
    .returning();
  return rows[0] ?? null;
}

export async function updateCaliperRow(
  db: Database,
  profileId: string,
  id: string,
  patch: CaliperPatch,
): Promise<CaliperRow | null> {
  const rows = await db
    .update(caliperLog)
    .set(patch)
    .where(and(eq(caliperLog.id, id), eq(caliperLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteCaliperRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(caliperLog)
    .where(and(eq(caliperLog.id, id), eq(caliperLog.profileId, profileId)))
    .returning({ id: caliperLog.id });
  return rows.length > 0;
}

/**
 * The weights of [from, to], newest first: the caliper entries of a period take their mass from
 * the weight of their day or an earlier one, so callers pass `from` a week before the oldest entry.
 */
export async function listWeightsBetween(
  db: Database,
  profileId: string,
  from: string,
  to: string,
): Promise<{ date: string; weight: number }[]> {
  return db
    .select({ date: weightLog.date, weight: weightLog.weight })
    .from(weightLog)
    .where(and(eq(weightLog.profileId, profileId), gte(weightLog.date, from), lte(weightLog.date, to)))
    .orderBy(desc(weightLog.date));
}
