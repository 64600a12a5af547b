import { abilityProfile, trainingCategory, trainingIcon } from "@mitai/shared";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { activityLog } from "../activity/activity.table.js";
import { trainingTypes } from "../training-types/training-type.table.js";

/** A period of calendar days, both ends included. */
export type Period = { from: string; to: string };

/** The windows of the acute and the chronic load, in days ending with the day they are for. */
const ACUTE_DAYS = 7;
const CHRONIC_DAYS = 28;

/**
 * Which grouping a row of `volumeRows` is: `grouping(type, category)`, a bit per column left out of
 * the row's grouping set (the type is the high bit).
 */
export const groupingLevel = { type: 0, category: 2, total: 3 } as const;

const volumeRow = z.object({
  level: z.union([z.literal(0), z.literal(2), z.literal(3)]),
  type_id: z.string().nullable(),
  key: z.string().nullable(),
  name_de: z.string().nullable(),
  name_en: z.string().nullable(),
  icon: trainingIcon.nullable(),
  category: trainingCategory.nullable(),
  abilities: abilityProfile.nullable(),
  sessions: z.int(),
  minutes: z.number(),
  avg_duration_min: z.number(),
  avg_hr: z.number().nullable(),
  kcal: z.number(),
  distance_km: z.number(),
  load: z.number(),
});
export type VolumeRow = z.infer<typeof volumeRow>;

/**
 * The period's volume: a row per training type (the sessions without one share a row with a null
 * type), a row per category (null: uncategorized) and the totals — told apart by `level`. The
 * sessions are summed per type first (a hash over one uuid), so the grouping sets that add the
 * type's columns, the categories and the totals only see a row per type.
 */
export async function volumeRows(db: Database, profileId: string, period: Period): Promise<VolumeRow[]> {
  const result = await db.execute(sql`
    with per_type as (
      select a.training_type_id,
        count(*) as sessions,
        sum(a.duration_min) as minutes,
        sum(a.hr_avg) as hr_sum,
        count(a.hr_avg) as hr_sessions,
        sum(a.kcal_active) as kcal,
        sum(a.distance_km) as distance_km,
        sum(a.duration_min * a.rpe) as load
      from ${activityLog} a
      where a.profile_id = ${profileId} and a.date between ${period.from}::date and ${period.to}::date
      group by a.training_type_id
    )
    select grouping(p.training_type_id, t.category)::int as level,
      p.training_type_id::text as type_id, t.key, t.name_de, t.name_en, t.icon, t.category, t.abilities,
      coalesce(sum(p.sessions), 0)::int as sessions,
      coalesce(sum(p.minutes), 0)::float8 as minutes,
      coalesce(sum(p.minutes) / sum(p.sessions), 0)::float8 as avg_duration_min,
      (sum(p.hr_sum)::float8 / nullif(sum(p.hr_sessions), 0))::float8 as avg_hr,
      coalesce(sum(p.kcal), 0)::float8 as kcal,
      coalesce(sum(p.distance_km), 0)::float8 as distance_km,
      coalesce(sum(p.load), 0)::float8 as load
    from per_type p left join ${trainingTypes} t on t.id = p.training_type_id
    group by grouping sets (
      (p.training_type_id, t.key, t.name_de, t.name_en, t.icon, t.category, t.abilities),
      (t.category),
      ()
    )
    order by level, minutes desc, sessions desc, t.key nulls last`);
  return z.object({ rows: z.array(volumeRow) }).parse(result).rows;
}

const weekRow = z.object({
  week_start: z.string(),
  category: z.string(),
  minutes: z.number(),
  load: z.number(),
});
export type WeekRow = z.infer<typeof weekRow>;

/**
 * Minutes and load of the period's sessions per Monday-based week and category (`uncategorized`
 * for sessions without a type); weeks without sessions are absent.
 */
export async function weekRows(db: Database, profileId: string, period: Period): Promise<WeekRow[]> {
  // date − (ISO weekday − 1) is the week's Monday; plain date arithmetic, no session time zone involved.
  const result = await db.execute(sql`
    select (a.date - (extract(isodow from a.date)::int - 1))::text as week_start,
      coalesce(t.category, 'uncategorized') as category,
      sum(a.duration_min)::float8 as minutes,
      coalesce(sum(a.duration_min * a.rpe), 0)::float8 as load
    from ${activityLog} a left join ${trainingTypes} t on t.id = a.training_type_id
    where a.profile_id = ${profileId} and a.date between ${period.from}::date and ${period.to}::date
    group by 1, 2
    order by 1, 2`);
  return z.object({ rows: z.array(weekRow) }).parse(result).rows;
}

const loadDayRow = z.object({ date: z.string(), acute: z.number(), load28: z.number() });
export type LoadDayRow = z.infer<typeof loadDayRow>;

/**
 * For every day of the period: the load of the 7 days ending that day (acute) and of the 28 days
 * ending that day. The 27 days before the period are read too, so its first days have their full
 * windows; days without sessions count as load 0.
 */
export async function loadDayRows(
  db: Database,
  profileId: string,
  { from, to }: Period,
): Promise<LoadDayRow[]> {
  const result = await db.execute(sql`
    with daily as (
      select a.date, sum(a.duration_min * a.rpe)::numeric as load
      from ${activityLog} a
      where a.profile_id = ${profileId} and a.rpe is not null
        and a.date between ${from}::date - ${CHRONIC_DAYS - 1}::int and ${to}::date
      group by a.date
    ), days as (
      select ${from}::date + i as day
      from generate_series(-${CHRONIC_DAYS - 1}::int, ${to}::date - ${from}::date) as i
    ), rolled as (
      select days.day,
        sum(coalesce(daily.load, 0)) over (order by days.day rows ${sql.raw(String(ACUTE_DAYS - 1))} preceding) as acute,
        sum(coalesce(daily.load, 0)) over (order by days.day rows ${sql.raw(String(CHRONIC_DAYS - 1))} preceding) as load28
      from days left join daily on daily.date = days.day
    )
    select day::text as date, acute::float8 as acute, load28::float8 as load28
    from rolled where day >= ${from}::date
    order by day`);
  return z.object({ rows: z.array(loadDayRow) }).parse(result).rows;
}
