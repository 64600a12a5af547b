import { and, asc, desc, eq, gte, lte, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { weightLog } from "../weight/weight.table.js";
import { type NutritionRow, nutritionLog } from "./nutrition.table.js";

export type NewNutritionRow = typeof nutritionLog.$inferInsert;
export type NutritionPatch = Partial<
  Pick<NewNutritionRow, "date" | "kcal" | "proteinG" | "fatG" | "carbsG" | "fiberG" | "note">
>;
export type NutritionFilter = {
  from?: string | undefined;
  to?: string | undefined;
  source?: string | undefined;
};

function matching(profileId: string, filter: NutritionFilter): SQL | undefined {
  return and(
    eq(nutritionLog.profileId, profileId),
    filter.from ? gte(nutritionLog.date, filter.from) : undefined,
    filter.to ? lte(nutritionLog.date, filter.to) : undefined,
    filter.source ? eq(nutritionLog.source, filter.source) : undefined,
  );
}

/** Entries newest first (a day's sources in name order). */
export async function listNutritionRows(
  db: Database,
  profileId: string,
  filter: NutritionFilter,
  page: { limit: number; offset: number },
): Promise<NutritionRow[]> {
  return db
    .select()
    .from(nutritionLog)
    .where(matching(profileId, filter))
    .orderBy(desc(nutritionLog.date), asc(nutritionLog.source))
    .limit(page.limit)
    .offset(page.offset);
}

/** An entry of this profile; another profile's entry is simply not found. */
export async function findNutritionRow(
  db: Database,
  profileId: string,
  id: string,
): Promise<NutritionRow | null> {
  const rows = await db
    .select()
    .from(nutritionLog)
    .where(and(eq(nutritionLog.id, id), eq(nutritionLog.profileId, profileId)))
    .limit(1);
  return rows[0] ?? null;
}

export async function findNutritionRowOfDay(
  db: Database,
  profileId: string,
  date: string,
  source: string,
): Promise<NutritionRow | null> {
  const rows = await db
    .select()
    .from(nutritionLog)
    .where(
      and(
        eq(nutritionLog.profileId, profileId),
        eq(nutritionLog.date, date),
        eq(nutritionLog.source, source),
      ),
    )
    .limit(1);
  return rows[0] ?? null;
}

/** Inserts unless the day has an entry of that source already; null then (the unique index decides races). */
export async function insertNutritionRow(
  db: Database,
  values: NewNutritionRow,
): Promise<NutritionRow | null> {
  const rows = await db
    .insert(nutritionLog)
    .values(values)
    .onConflictDoNothing({ target: [nutritionLog.profileId, nutritionLog.date, nutritionLog.source] })
    .returning();
  return rows[0] ?? null;
}

export async function updateNutritionRow(
  db: Database,
  profileId: string,
  id: string,
  patch: NutritionPatch,
): Promise<NutritionRow | null> {
  const rows = await db
    .update(nutritionLog)
    .set(patch)
    .where(and(eq(nutritionLog.id, id), eq(nutritionLog.profileId, profileId)))
    .returning();
  return rows[0] ?? null;
}

export async function deleteNutritionRow(db: Database, profileId: string, id: string): Promise<boolean> {
  const rows = await db
    .delete(nutritionLog)
    .where(and(eq(nutritionLog.id, id), eq(nutritionLog.profileId, profileId)))
    .returning({ id: nutritionLog.id });
  return rows.length > 0;
}

const dayTotalRow = z.object({
  date: z.string(),
  kcal: z.number(),
  protein_g: z.number(),
  fat_g: z.number(),
  carbs_g: z.number(),
  fiber_g: z.number().nullable(),
  sources: z.string(),
});
export type DayTotalRow = z.infer<typeof dayTotalRow>;

/**
 * Each day of [from, to] that has entries, oldest first, with the sums over all its sources (fiber
 * null when no entry of the day has any) and its sources comma-joined. One range scan of the
 * (profile_id, date) index.
 */
export async function dayTotalRows(
  db: Database,
  profileId: string,
  from: string,
  to: string,
): Promise<DayTotalRow[]> {
  const n = nutritionLog;
  const result = await db.execute(sql`
    select ${n.date}::text as date,
      sum(${n.kcal})::float8 as kcal,
      sum(${n.proteinG})::float8 as protein_g,
      sum(${n.fatG})::float8 as fat_g,
      sum(${n.carbsG})::float8 as carbs_g,
      sum(${n.fiberG})::float8 as fiber_g,
      string_agg(${n.source}, ',') as sources
    from ${n}
    where ${n.profileId} = ${profileId} and ${n.date} between ${from}::date and ${to}::date
    group by ${n.date}
    order by ${n.date}`);
  return z.object({ rows: z.array(dayTotalRow) }).parse(result).rows;
}

const weightPoint = z.object({ date: z.string(), weight: z.number() });
export type WeightPoint = z.infer<typeof weightPoint>;

/**
 * The weights of [from, to] and the last one before `from` (the weight a day carries until the
 * next is logged), oldest first.
 */
export async function weightPoints(
  db: Database,
  profileId: string,
  from: string,
  to: string,
): Promise<WeightPoint[]> {
  const w = weightLog;
  const result = await db.execute(sql`
    select date::text as date, weight from (
      (select ${w.date} as date, ${w.weight} as weight from ${w}
        where ${w.profileId} = ${profileId} and ${w.date} < ${from}::date
        order by ${w.date} desc limit 1)
      union all
      (select ${w.date}, ${w.weight} from ${w}
        where ${w.profileId} = ${profileId} and ${w.date} between ${from}::date and ${to}::date)
    ) as points
    order by date`);
  return z.object({ rows: z.array(weightPoint) }).parse(result).rows;
}
