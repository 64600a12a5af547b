import { sql } from "drizzle-orm";
import { vitalsBaseline } from "../../vitals/vitals.table.js";
import type { VitalsImport } from "../formats/types.js";
import { dayNumber, existingDays, insertCounting, type Target } from "./types.js";

/**
 * Morning vitals: one entry per day, whatever its source — a day that has one (typed in or imported
 * before) is left as it is and counted as already there.
 */
export const vitalsTarget: Target<"vitals"> = {
  kind: "vitals",
  key: (r) => dayNumber(r.date),

  existing: (db, profileId, _source, rows) =>
    existingDays(
      db,
      vitalsBaseline,
      profileId,
      rows.map((r) => r.date),
    ),

  async insert(db, profileId, source, rows) {
    if (rows.length === 0) return 0;
    const col = <T>(pick: (r: VitalsImport) => T) => sql.param(rows.map(pick));
    return insertCounting(
      db,
      sql`
        insert into ${vitalsBaseline}
          (profile_id, source, date, resting_hr, hrv, vo2_max, spo2, respiratory_rate, note)
        select ${profileId}, ${source}, r.*
        from unnest(
          ${col((r) => r.date)}::date[],
          ${col((r) => r.restingHr)}::int[],
          ${col((r) => r.hrv)}::float8[],
          ${col((r) => r.vo2Max)}::float8[],
          ${col((r) => r.spo2)}::float8[],
          ${col((r) => r.respiratoryRate)}::float8[],
          ${col((r) => r.note)}::text[]
        ) as r
        on conflict (profile_id, date) do nothing`,
    );
  },

  preview: (r) => ({
    kind: "vitals",
    date: r.date,
    restingHr: r.restingHr,
    hrv: r.hrv,
    vo2Max: r.vo2Max,
    spo2: r.spo2,
    respiratoryRate: r.respiratoryRate,
    note: r.note,
  }),
};
