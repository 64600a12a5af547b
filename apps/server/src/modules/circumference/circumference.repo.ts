import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type CircumferenceRow, circumferenceLog } from "./circumference.table.js";

export type NewCircumferenceRow = typeof circumferenceLog.$inferInsert;
export type CircumferencePatch = Partial<
  Omit<NewCircumferenceRow, "id" | "profileId" | "createdAt" | "updatedAt">
>;
type Range = { from?: string | undefined; to?: string | undefined };

function inRange(profileId: string, range: Range): SQL | undefined {
  return and(
    eq(circumferenceLog.profileId, profileId),
    range.from ? gte(circumferenceLog.date, range.from) : undefined,
    range.to ? lte(circumferenceLog.date, range.to) : undefined,
  );
}

export async function listCircumferenceRows(
  db: Database,
  profileId: string,
  range: Range,
  page: { limit: number; offset: number },
): Promise<CircumferenceRow[]> {
  return db
    .select()
    .from(circumferenceLog)
    .where(inRange(profileId, range))
    .orderBy(desc(circumferenceLog.date))
    .limit(page.limit)
    .offset(page.offset);
}

/** An entry of this profile; another profile's entry is simply not found. */
export async function findCircumferenceRow(
  db: Database,
  profileId: string,
  id: string,
): Promise<CircumferenceRow | null> {
  const rows = await db
    .select()
    .from(circumferenceLog)
    .where(and(eq(circumferenceLog.id, id), eq(circumferenceLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findCircumferenceRowByDate(
  db: Database,
  profileId: string,
  date: string,
): Promise<CircumferenceRow | null> {
  const rows = await db
    .select()
    .from(circumferenceLog)
    .where(and(eq(circumferenceLog.profileId, profileId), eq(circumferenceLog.date, date)))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts unless the day has an entry already; null then (the unique index decides races). */
export async function insertCircumferenceRow(
  db: Database,
  values: NewCircumferenceRow,
): Promise<CircumferenceRow | null> {
  const rows = await db
    .insert(circumferenceLog)
    .values(values)
    .onConflictDoNothing({ target: [circumferenceLog.profileId, circumferenceLog.date] })
    .returning();
  return rows[0] ?? null;
}

export async function updateCircumferenceRow(
  db: Database,
  profileId: string,
  id: string,
  patch: CircumferencePatch,
): Promise<CircumferenceRow | null> {
  const rows = await db
    .update(circumferenceLog)
    .set(patch)
    .where(and(eq(circumferenceLog.id, id), eq(circumferenceLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteCircumferenceRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(circumferenceLog)
    .where(and(eq(circumferenceLog.id, id), eq(circumferenceLog.profileId, profileId)))
    .returning({ id: circumferenceLog.id });
  return rows.length > 0;
}
