import type { ActivityListQuery } from "@mitai/shared";
import { and, asc, desc, eq, gte, isNotNull, isNull, lte, type SQL, sql } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { restDays } from "../rest-days/rest-day.table.js";
import { trainingTypeRefColumns } from "../training-types/training-type.repo.js";
import { trainingTypes } from "../training-types/training-type.table.js";
import { type ActivityRow, activityLog } from "./activity.table.js";

export type NewActivityRow = Omit<typeof activityLog.$inferInsert, "id" | "createdAt" | "updatedAt">;
export type ActivityPatch = Partial<Omit<NewActivityRow, "profileId" | "source" | "externalId">>;

/**
 * A session as the API shows it: with its type and the dimensions of that day's rest day, joined
 * in the same query so a list costs one statement however long it is.
 */
function entryQuery(db: Database) {
  return db
    .select({
      activity: activityLog,
      trainingType: trainingTypeRefColumns,
      restDimensions: restDays.dimensions,
    })
    .from(activityLog)
    .leftJoin(trainingTypes, eq(trainingTypes.id, activityLog.trainingTypeId))
    .leftJoin(
      restDays,
      and(eq(restDays.profileId, activityLog.profileId), eq(restDays.date, activityLog.date)),
    );
}
export type ActivityView = Awaited<ReturnType<typeof entryQuery>>[number];

export async function listActivityViews(
  db: Database,
  profileId: string,
  query: ActivityListQuery,
): Promise<ActivityView[]> {
  const where: SQL | undefined = and(
    eq(activityLog.profileId, profileId),
    query.from ? gte(activityLog.date, query.from) : undefined,
    query.to ? lte(activityLog.date, query.to) : undefined,
    query.trainingTypeId ? eq(activityLog.trainingTypeId, query.trainingTypeId) : undefined,
    query.category ? eq(trainingTypes.category, query.category) : undefined,
    query.uncategorized === undefined
      ? undefined
      : query.uncategorized
        ? isNull(activityLog.trainingTypeId)
        : isNotNull(activityLog.trainingTypeId),
  );
  return (
    entryQuery(db)
      .where(where)
      // Newest first; on one day the later start first, sessions without a clock after those with one.
      .orderBy(
        desc(activityLog.date),
        sql`${activityLog.startTime} desc nulls last`,
        desc(activityLog.createdAt),
        asc(activityLog.id),
      )
      .limit(query.limit)
      .offset(query.offset)
  );
}

export async function findActivityView(
  db: Database,
  profileId: string,
  id: string,
): Promise<ActivityView | null> {
  const rows = await entryQuery(db)
    .where(and(eq(activityLog.id, id), eq(activityLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findActivityRow(
  db: Database,
  profileId: string,
  id: string,
): Promise<ActivityRow | null> {
  const rows = await db
    .select()
    .from(activityLog)
    .where(and(eq(activityLog.id, id), eq(activityLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertActivityRow(db: Database, values: NewActivityRow): Promise<ActivityRow> {
  const [row] = await db.insert(activityLog).values(values).returning();
  if (!row) throw new Error("insert into activity_log returned no row");
  return row;
}

export async function updateActivityRow(
  db: Database,
  profileId: string,
  id: string,
  patch: ActivityPatch,
): Promise<ActivityRow | null> {
  if (Object.keys(patch).length === 0) return findActivityRow(db, profileId, id);
  const rows = await db
    .update(activityLog)
    .set(patch)
    .where(and(eq(activityLog.id, id), eq(activityLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteActivityRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(activityLog)
    .where(and(eq(activityLog.id, id), eq(activityLog.profileId, profileId)))
    .returning({ id: activityLog.id });
  return rows.length > 0;
}

/**
 * The names of the profile's sessions without a type, one per name key, most frequent first; each
 * shown as it was written on its latest session.
 */
export async function listUncategorizedNames(db: Database, profileId: string) {
  const count = sql`count(*)::int`.mapWith(Number);
  const lastDate = sql`max(${activityLog.date})::text`.mapWith(String);
  return db
    .select({
      name: sql`(array_agg(${activityLog.name} order by ${activityLog.date} desc, ${activityLog.createdAt} desc))[1]`.mapWith(
        String,
      ),
      count,
      lastDate,
    })
    .from(activityLog)
    .where(and(eq(activityLog.profileId, profileId), isNull(activityLog.trainingTypeId)))
    .groupBy(activityLog.nameKey)
    .orderBy(desc(count), desc(lastDate), asc(activityLog.nameKey));
}

/** Gives the type to all the profile's sessions without one whose name has this key; answers how many. */
export async function categorizeByNameKey(
  db: Database,
  profileId: string,
  nameKey: string,
  trainingTypeId: string,
): Promise<number> {
  const rows = await db
    .update(activityLog)
    .set({ trainingTypeId })
    .where(
      and(
        eq(activityLog.profileId, profileId),
        eq(activityLog.nameKey, nameKey),
        isNull(activityLog.trainingTypeId),
      ),
    )
    .returning({ id: activityLog.id });
  return rows.length;
}
