import { and, desc, eq, gte, lte, type SQL } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type VitalsRow, vitalsBaseline } from "./vitals.table.js";

export type NewVitalsRow = typeof vitalsBaseline.$inferInsert;
export type VitalsPatch = Partial<Omit<NewVitalsRow, "id" | "profileId" | "createdAt" | "updatedAt">>;
type Range = { from?: string | undefined; to?: string | undefined };

function inRange(profileId: string, range: Range): SQL | undefined {
  return and(
    eq(vitalsBaseline.profileId, profileId),
    range.from ? gte(vitalsBaseline.date, range.from) : undefined,
    range.to ? lte(vitalsBaseline.date, range.to) : undefined,
  );
}

export async function listVitalsRows(
  db: Database,
  profileId: string,
  range: Range,
  page: { limit: number; offset: number },
): Promise<VitalsRow[]> {
  return db
    .select()
    .from(vitalsBaseline)
    .where(inRange(profileId, range))
    .orderBy(desc(vitalsBaseline.date))
    .limit(page.limit)
    .offset(page.offset);
}

/** The values of a period, for the baselines. */
export async function listVitalsValues(db: Database, profileId: string, from: string, to: string) {
  return db
    .select({
      date: vitalsBaseline.date,
      restingHr: vitalsBaseline.restingHr,
      hrv: vitalsBaseline.hrv,
      vo2Max: vitalsBaseline.vo2Max,
      spo2: vitalsBaseline.spo2,
      respiratoryRate: vitalsBaseline.respiratoryRate,
    })
    .from(vitalsBaseline)
    .where(inRange(profileId, { from, to }));
}

export async function findVitalsRow(db: Database, profileId: string, id: string): Promise<VitalsRow | null> {
  const rows = await db
    .select()
    .from(vitalsBaseline)
    .where(and(eq(vitalsBaseline.id, id), eq(vitalsBaseline.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findVitalsRowByDate(
  db: Database,
  profileId: string,
  date: string,
): Promise<VitalsRow | null> {
  const rows = await db
    .select()
    .from(vitalsBaseline)
    .where(and(eq(vitalsBaseline.profileId, profileId), eq(vitalsBaseline.date, date)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertVitalsRow(db: Database, values: NewVitalsRow): Promise<VitalsRow | null> {
  const rows = await db
    .insert(vitalsBaseline)
    .values(values)
    .onConflictDoNothing({ target: [vitalsBaseline.profileId, vitalsBaseline.date] })
    .returning();
  return rows[0] ?? null;
}

export async function updateVitalsRow(db: Database, profileId: string, id: string, patch: VitalsPatch) {
  const rows = await db
    .update(vitalsBaseline)
    .set(patch)
    .where(and(eq(vitalsBaseline.id, id), eq(vitalsBaseline.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteVitalsRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(vitalsBaseline)
    .where(and(eq(vitalsBaseline.id, id), eq(vitalsBaseline.profileId, profileId)))
    .returning({ id: vitalsBaseline.id });
  return rows.length > 0;
}
