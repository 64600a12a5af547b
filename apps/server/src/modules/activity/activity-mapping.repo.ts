import { and, asc, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { trainingTypeRefColumns } from "../training-types/training-type.repo.js";
import { trainingTypes } from "../training-types/training-type.table.js";
import { type ActivityMappingRow, activityMappings } from "./activity.table.js";

/** Whose mappings: a profile's own, or the global ones (`null`). */
export type MappingOwner = string | null;

function ownedBy(owner: MappingOwner): SQL {
  return owner === null ? isNull(activityMappings.profileId) : eq(activityMappings.profileId, owner);
}

function mappingQuery(db: Database) {
  return db
    .select({ mapping: activityMappings, trainingType: trainingTypeRefColumns })
    .from(activityMappings)
    .innerJoin(trainingTypes, eq(trainingTypes.id, activityMappings.trainingTypeId));
}
export type MappingView = Awaited<ReturnType<typeof mappingQuery>>[number];

export async function listMappingViews(db: Database, owner: MappingOwner): Promise<MappingView[]> {
  return mappingQuery(db).where(ownedBy(owner)).orderBy(asc(activityMappings.nameKey));
}

export async function findMappingView(
  db: Database,
  owner: MappingOwner,
  id: string,
): Promise<MappingView | null> {
  const rows = await mappingQuery(db)
    .where(and(eq(activityMappings.id, id), ownedBy(owner)))
    .limit(1);
  return rows[0] ?? null;
}

/**
 * Remembers name → type as the profile's own mapping, or points its existing mapping for that name
 * at the new type (keeping the name as first written, which the list shows).
 */
export async function upsertOwnMapping(
  db: Database,
  profileId: string,
  values: { name: string; nameKey: string; trainingTypeId: string },
): Promise<ActivityMappingRow> {
  const [row] = await db
    .insert(activityMappings)
    .values({ profileId, ...values })
    .onConflictDoUpdate({
      target: [activityMappings.profileId, activityMappings.nameKey],
      targetWhere: sql`${activityMappings.profileId} is not null`,
      set: { trainingTypeId: values.trainingTypeId },
    })
    .returning();
  if (!row) throw new Error("upsert into activity_mappings returned no row");
  return row;
}

/** A new global mapping; null when that name has one already. */
export async function insertGlobalMapping(
  db: Database,
  values: { name: string; nameKey: string; trainingTypeId: string },
): Promise<ActivityMappingRow | null> {
  const rows = await db
    .insert(activityMappings)
    .values({ profileId: null, ...values })
    .onConflictDoNothing({
      target: activityMappings.nameKey,
      where: sql`${activityMappings.profileId} is null`,
    })
    .returning();
  return rows[0] ?? null;
}

export async function updateMappingType(
  db: Database,
  owner: MappingOwner,
  id: string,
  trainingTypeId: string,
): Promise<ActivityMappingRow | null> {
  const rows = await db
    .update(activityMappings)
    .set({ trainingTypeId })
    .where(and(eq(activityMappings.id, id), ownedBy(owner)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteMapping(db: Database, owner: MappingOwner, id: string): Promise<boolean> {
  const rows = await db
    .delete(activityMappings)
    .where(and(eq(activityMappings.id, id), ownedBy(owner)))
    .returning({ id: activityMappings.id });
  return rows.length > 0;
}
