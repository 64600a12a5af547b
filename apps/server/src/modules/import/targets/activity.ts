import { activityNameKey } from "@mitai/shared";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { activityLog } from "../../activity/activity.table.js";
import { resolveTrainingTypes } from "../../activity/type-resolver.js";
import type { ActivityImport } from "../formats/types.js";
import { insertCounting, type Target } from "./types.js";

const externalIds = z.object({ rows: z.array(z.object({ external_id: z.string() })) });

/** A session's id at its source: its start instant (two sessions cannot start at one instant). */
const externalId = (r: ActivityImport) => r.startedAt.toISOString();

/**
 * Training sessions: many per day, one per start instant and source, stored with that instant as
 * `external_id` — a session typed in by hand, or from another source, stays beside it.
 */
export const activityTarget: Target<"activity"> = {
  kind: "activity",
  key: (r) => r.startedAt.getTime(),

  async existing(db, profileId, source, rows) {
    if (rows.length === 0) return new Set();
    const found = await db.execute(sql`
      select external_id from ${activityLog}
      where profile_id = ${profileId} and source = ${source}
        and external_id = any(${sql.param(rows.map(externalId))}::text[])`);
    return new Set(externalIds.parse(found).rows.map((r) => Date.parse(r.external_id)));
  },

  /** Each session's type: the first of its names with a mapping, the profile's own before the global one. */
  async prepare(db, profileId, rows) {
    const types = await resolveTrainingTypes(
      db,
      profileId,
      rows.flatMap((r) => r.typeKeys),
    );
    return rows.map((r) => {
      const key = r.typeKeys.find((k) => types.has(k));
      return { ...r, trainingTypeId: key === undefined ? null : (types.get(key) ?? null) };
    });
  },

  async insert(db, profileId, source, rows) {
    if (rows.length === 0) return 0;
    const col = <T>(pick: (r: ActivityImport) => T) => sql.param(rows.map(pick));
    return insertCounting(
      db,
      sql`
        insert into ${activityLog}
          (profile_id, source, external_id, date, start_time, name, name_key, training_type_id,
           duration_min, kcal_active, hr_avg, hr_max, distance_km)
        select ${profileId}, ${source}, r.*
        from unnest(
          ${col(externalId)}::text[],
          ${col((r) => r.date)}::date[],
          ${col((r) => r.startTime)}::text[],
          ${col((r) => r.name)}::text[],
          ${col((r) => activityNameKey(r.name))}::text[],
          ${col((r) => r.trainingTypeId)}::uuid[],
          ${col((r) => r.durationMin)}::float8[],
          ${col((r) => r.kcalActive)}::float8[],
          ${col((r) => r.hrAvg)}::int[],
          ${col((r) => r.hrMax)}::int[],
          ${col((r) => r.distanceKm)}::float8[]
        ) as r
        on conflict (profile_id, source, external_id) where external_id is not null do nothing`,
    );
  },

  preview: (r) => ({
    kind: "activity",
    date: r.date,
    startTime: r.startTime,
    name: r.name,
    trainingTypeId: r.trainingTypeId,
    durationMin: r.durationMin,
    kcalActive: r.kcalActive,
    hrAvg: r.hrAvg,
    hrMax: r.hrMax,
    distanceKm: r.distanceKm,
  }),
};
