import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type WeightRow, weightLog } from "./weight.table.js";

export type WeightRange = { from?: string | undefined; to?: string | undefined };

function inRange(profileId: string, range: WeightRange): SQL | undefined {
  return and(
    eq(weightLog.profileId, profileId),
    range.from ? gte(weightLog.date, range.from) : undefined,
    range.to ? lte(weightLog.date, range.to) : undefined,
  );
}

export async function listWeightRows(
  db: Database,
  profileId: string,
  range: WeightRange,
  page: { limit: number; offset: number },
): Promise<WeightRow[]> {
  return db
    .select()
    .from(weightLog)
    .where(inRange(profileId, range))
    .orderBy(desc(weightLog.date))
    .limit(page.limit)
    .offset(page.offset);
}

/** Every entry of a profile, newest first. */
export async function listAllWeightRows(db: Database, profileId: string): Promise<WeightRow[]> {
  return db.select().from(weightLog).where(eq(weightLog.profileId, profileId)).orderBy(desc(weightLog.date));
}

/** Every (date, weight) of a profile: the input of the stats, two narrow columns only. */
export async function listWeightSeries(db: Database, profileId: string) {
  return db
    .select({ date: weightLog.date, weight: weightLog.weight })
    .from(weightLog)
    .where(eq(weightLog.profileId, profileId))
    .orderBy(desc(weightLog.date));
}

/** An entry of this profile; another profile's entry is simply not found. */
export async function findWeightRow(db: Database, profileId: string, id: string): Promise<WeightRow | null> {
  const rows = await db
    .select()
    .from(weightLog)
    .where(and(eq(weightLog.id, id), eq(weightLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findWeightRowByDate(
  db: Database,
  profileId: string,
  date: string,
): Promise<WeightRow | null> {
  const rows = await db
    .select()
    .from(weightLog)
    .where(and(eq(weightLog.profileId, profileId), eq(weightLog.date, date)))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts unless the day has an entry already; null then (the unique index decides races). */
export async function insertWeightRow(
  db: Database,
  values: { profileId: string; date: string; weight: number; note: string | null; source?: string },
): Promise<WeightRow | null> {
  const rows = await db
    .insert(weightLog)
    .values(values)
    .onConflictDoNothing({ target: [weightLog.profileId, weightLog.date] })
    .returning();
  return rows[0] ?? null;
}

export async function updateWeightRow(
  db: Database,
  profileId: string,
  id: string,
  patch: Partial<{ date: string; weight: number; note: string | null }>,
): Promise<WeightRow | null> {
  const rows = await db
    .update(weightLog)
    .set(patch)
    .where(and(eq(weightLog.id, id), eq(weightLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteWeightRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(weightLog)
    .where(and(eq(weightLog.id, id), eq(weightLog.profileId, profileId)))
    .returning({ id: weightLog.id });
  return rows.length > 0;
}
