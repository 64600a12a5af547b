import type { RestDayListQuery } from "@mitai/shared";
import { and, desc, eq, gte, inArray, lte } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { activityLog } from "../activity/activity.table.js";
import { trainingTypes } from "../training-types/training-type.table.js";
import { type RestDayRow, restDays } from "./rest-day.table.js";

export type NewRestDayRow = Omit<typeof restDays.$inferInsert, "id" | "createdAt" | "updatedAt">;
export type RestDayPatch = Partial<Omit<NewRestDayRow, "profileId">>;

export async function listRestDayRows(db: Database, profileId: string, query: RestDayListQuery) {
  return db
    .select()
    .from(restDays)
    .where(
      and(
        eq(restDays.profileId, profileId),
        query.from ? gte(restDays.date, query.from) : undefined,
        query.to ? lte(restDays.date, query.to) : undefined,
      ),
    )
    .orderBy(desc(restDays.date))
    .limit(query.limit);
}

export async function findRestDayRow(
  db: Database,
  profileId: string,
  id: string,
): Promise<RestDayRow | null> {
  const rows = await db
    .select()
    .from(restDays)
    .where(and(eq(restDays.id, id), eq(restDays.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

/** Null when the profile has a rest day on that date already. */
export async function insertRestDayRow(db: Database, values: NewRestDayRow): Promise<RestDayRow | null> {
  const rows = await db
    .insert(restDays)
    .values(values)
    .onConflictDoNothing({ target: [restDays.profileId, restDays.date] })
    .returning();
  return rows[0] ?? null;
}

export async function updateRestDayRow(
  db: Database,
  profileId: string,
  id: string,
  patch: RestDayPatch,
): Promise<RestDayRow | null> {
  if (Object.keys(patch).length === 0) return findRestDayRow(db, profileId, id);
  const rows = await db
    .update(restDays)
    .set(patch)
    .where(and(eq(restDays.id, id), eq(restDays.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteRestDayRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(restDays)
    .where(and(eq(restDays.id, id), eq(restDays.profileId, profileId)))
    .returning({ id: restDays.id });
  return rows.length > 0;
}

/** The profile's sessions on these days, with their category (null: no type), for the conflict marks. */
export async function sessionsOnDays(db: Database, profileId: string, dates: readonly string[]) {
  if (dates.length === 0) return [];
  return db
    .select({
      id: activityLog.id,
      name: activityLog.name,
      date: activityLog.date,
      category: trainingTypes.category,
    })
    .from(activityLog)
    .leftJoin(trainingTypes, eq(trainingTypes.id, activityLog.trainingTypeId))
    .where(and(eq(activityLog.profileId, profileId), inArray(activityLog.date, [...dates])));
}
