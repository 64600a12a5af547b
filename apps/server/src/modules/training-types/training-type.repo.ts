import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { type TrainingTypeRow, trainingTypes } from "./training-type.table.js";

export type NewTrainingTypeRow = Omit<typeof trainingTypes.$inferInsert, "id" | "createdAt" | "updatedAt">;
export type TrainingTypePatch = Partial<
  Pick<TrainingTypeRow, "nameDe" | "nameEn" | "icon" | "category" | "abilities" | "active">
>;

/** The columns an activity or a mapping shows of its type (`trainingTypeRef`). */
export const trainingTypeRefColumns = {
  id: trainingTypes.id,
  key: trainingTypes.key,
  nameDe: trainingTypes.nameDe,
  nameEn: trainingTypes.nameEn,
  icon: trainingTypes.icon,
  category: trainingTypes.category,
};

export async function listTrainingTypeRows(db: Database, includeInactive: boolean) {
  return db
    .select()
    .from(trainingTypes)
    .where(includeInactive ? undefined : eq(trainingTypes.active, true))
    .orderBy(asc(trainingTypes.sortOrder), asc(trainingTypes.key));
}

export async function findTrainingTypeRow(db: Database, id: string): Promise<TrainingTypeRow | null> {
  const rows = await db.select().from(trainingTypes).where(eq(trainingTypes.id, id)).limit(1);
  return rows[0] ?? null;
}

/** Inserts a type after all others; null when its key is taken. */
export async function insertTrainingTypeRow(
  db: Database,
  values: Omit<NewTrainingTypeRow, "sortOrder" | "builtIn">,
): Promise<TrainingTypeRow | null> {
  const rows = await db
    .insert(trainingTypes)
    .values({
      ...values,
      builtIn: false,
      sortOrder: sql`(select coalesce(max(${trainingTypes.sortOrder}), 0) + 10 from ${trainingTypes})`,
    })
    .onConflictDoNothing({ target: trainingTypes.key })
    .returning();
  return rows[0] ?? null;
}

export async function updateTrainingTypeRow(
  db: Database,
  id: string,
  patch: TrainingTypePatch,
): Promise<TrainingTypeRow | null> {
  if (Object.keys(patch).length === 0) return findTrainingTypeRow(db, id);
  const rows = await db.update(trainingTypes).set(patch).where(eq(trainingTypes.id, id)).returning();
  return rows[0] ?? null;
}

/** False when there is no such type. A type still in use makes the database refuse (foreign key). */
export async function deleteTrainingTypeRow(db: Database, id: string): Promise<boolean> {
  const rows = await db
    .delete(trainingTypes)
    .where(eq(trainingTypes.id, id))
    .returning({ id: trainingTypes.id });
  return rows.length > 0;
}

/** Whether a type with this id exists and, when `activeOnly`, is offered for new choices. */
export async function trainingTypeExists(db: Database, id: string, activeOnly: boolean): Promise<boolean> {
  const where: SQL | undefined = and(
    eq(trainingTypes.id, id),
    activeOnly ? eq(trainingTypes.active, true) : undefined,
  );
  const rows = await db.select({ id: trainingTypes.id }).from(trainingTypes).where(where).limit(1);
  return rows.length > 0;
}
