import { and, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type SleepRow, sleepLog } from "./sleep.table.js";

export type NewSleepRow = typeof sleepLog.$inferInsert;
export type SleepPatch = Partial<Omit<NewSleepRow, "id" | "profileId" | "createdAt" | "updatedAt">>;
type Range = { from?: string | undefined; to?: string | undefined };

function inRange(profileId: string, range: Range): SQL | undefined {
  return and(
    eq(sleepLog.profileId, profileId),
    range.from ? gte(sleepLog.date, range.from) : undefined,
    range.to ? lte(sleepLog.date, range.to) : undefined,
  );
}

export async function listSleepRows(
  db: Database,
  profileId: string,
  range: Range,
  page: { limit: number; offset: number },
) {
  return db
    .select()
    .from(sleepLog)
    .where(inRange(profileId, range))
    .orderBy(desc(sleepLog.date))
    .limit(page.limit)
    .offset(page.offset);
}

/** The nights of a period as the stats need them; the local bedtime clock computed by the database. */
export async function listNightsForStats(
  db: Database,
  profileId: string,
  from: string,
  to: string,
  timeZone: string,
) {
  const local = sql`${sleepLog.bedtime} at time zone ${timeZone}`;
  return db
    .select({
      date: sleepLog.date,
      durationMin: sleepLog.durationMin,
      quality: sleepLog.quality,
      deepMin: sleepLog.deepMin,
      remMin: sleepLog.remMin,
      lightMin: sleepLog.lightMin,
      awakeMin: sleepLog.awakeMin,
      bedtimeMinuteOfDay:
        // Null for a night without a clock.
        sql`(extract(hour from ${local}) * 60 + extract(minute from ${local}))::int`.mapWith(
          (v: unknown): number | null => (v === null ? null : Number(v)),
        ),
    })
    .from(sleepLog)
    .where(inRange(profileId, { from, to }));
}

export async function findSleepRow(db: Database, profileId: string, id: string): Promise<SleepRow | null> {
  const rows = await db
    .select()
    .from(sleepLog)
    .where(and(eq(sleepLog.id, id), eq(sleepLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findSleepRowByDate(
  db: Database,
  profileId: string,
  date: string,
): Promise<SleepRow | null> {
  const rows = await db
    .select()
    .from(sleepLog)
    .where(and(eq(sleepLog.profileId, profileId), eq(sleepLog.date, date)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSleepRow(db: Database, values: NewSleepRow): Promise<SleepRow | null> {
  const rows = await db
    .insert(sleepLog)
    .values(values)
    .onConflictDoNothing({ target: [sleepLog.profileId, sleepLog.date] })
    .returning();
  return rows[0] ?? null;
}

export async function updateSleepRow(db: Database, profileId: string, id: string, patch: SleepPatch) {
  const rows = await db
    .update(sleepLog)
    .set(patch)
    .where(and(eq(sleepLog.id, id), eq(sleepLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteSleepRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(sleepLog)
    .where(and(eq(sleepLog.id, id), eq(sleepLog.profileId, profileId)))
    .returning({ id: sleepLog.id });
  return rows.length > 0;
}
