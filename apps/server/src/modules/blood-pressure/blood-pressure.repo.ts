import { and, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type BloodPressureRow, bloodPressureLog } from "./blood-pressure.table.js";

export type NewBloodPressureRow = typeof bloodPressureLog.$inferInsert;
export type BloodPressurePatch = Partial<
  Omit<NewBloodPressureRow, "id" | "profileId" | "createdAt" | "updatedAt">
>;

function inRange(
  profileId: string,
  range: { from?: string | undefined; to?: string | undefined },
): SQL | undefined {
  return and(
    eq(bloodPressureLog.profileId, profileId),
    range.from ? gte(bloodPressureLog.date, range.from) : undefined,
    range.to ? lte(bloodPressureLog.date, range.to) : undefined,
  );
}

export async function listBloodPressureRows(
  db: Database,
  profileId: string,
  range: { from?: string | undefined; to?: string | undefined },
  page: { limit: number; offset: number },
): Promise<BloodPressureRow[]> {
  return db
    .select()
    .from(bloodPressureLog)
    .where(inRange(profileId, range))
    .orderBy(desc(bloodPressureLog.measuredAt))
    .limit(page.limit)
    .offset(page.offset);
}

/** The period's readings as the stats need them, the local hour computed by the database. */
export async function listBloodPressurePoints(
  db: Database,
  profileId: string,
  from: string,
  to: string,
  timeZone: string,
) {
  return db
    .select({
      date: bloodPressureLog.date,
      hour: sql<number>`extract(hour from ${bloodPressureLog.measuredAt} at time zone ${timeZone})::int`.mapWith(
        Number,
      ),
      systolic: bloodPressureLog.systolic,
      diastolic: bloodPressureLog.diastolic,
      pulse: bloodPressureLog.pulse,
    })
    .from(bloodPressureLog)
    .where(inRange(profileId, { from, to }));
}

export async function findBloodPressureRow(db: Database, profileId: string, id: string) {
  const rows = await db
    .select()
    .from(bloodPressureLog)
    .where(and(eq(bloodPressureLog.id, id), eq(bloodPressureLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts unless that instant has a reading of the same source already; null then. */
export async function insertBloodPressureRow(db: Database, values: NewBloodPressureRow) {
  const rows = await db
    .insert(bloodPressureLog)
    .values(values)
    .onConflictDoNothing({
      target: [bloodPressureLog.profileId, bloodPressureLog.source, bloodPressureLog.measuredAt],
    })
    .returning();
  return rows[0] ?? null;
}

export async function updateBloodPressureRow(
  db: Database,
  profileId: string,
  id: string,
  patch: BloodPressurePatch,
) {
  const rows = await db
    .update(bloodPressureLog)
    .set(patch)
    .where(and(eq(bloodPressureLog.id, id), eq(bloodPressureLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteBloodPressureRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(bloodPressureLog)
    .where(and(eq(bloodPressureLog.id, id), eq(bloodPressureLog.profileId, profileId)))
    .returning({ id: bloodPressureLog.id });
  return rows.length > 0;
}
