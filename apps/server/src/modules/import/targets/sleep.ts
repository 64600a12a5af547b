import { sql } from "drizzle-orm";
import { sleepLog } from "../../sleep/sleep.table.js";
import type { SleepImport } from "../formats/types.js";
import { dayNumber, existingDays, insertCounting, type Target } from "./types.js";

/** Nights: one per wake-up day, whatever its source; a night already there is left as it is. */
export const sleepTarget: Target<"sleep"> = {
  kind: "sleep",
  key: (r) => dayNumber(r.date),

  existing: (db, profileId, _source, rows) =>
    existingDays(
      db,
      sleepLog,
      profileId,
      rows.map((r) => r.date),
    ),

  async insert(db, profileId, source, rows) {
    if (rows.length === 0) return 0;
    const col = <T>(pick: (r: SleepImport) => T) => sql.param(rows.map(pick));
    return insertCounting(
      db,
      sql`
        insert into ${sleepLog}
          (profile_id, source, date, bedtime, wake_time, duration_min, quality,
           deep_min, rem_min, light_min, awake_min, note)
        select ${profileId}, ${source}, r.*
        from unnest(
          ${col((r) => r.date)}::date[],
          ${col((r) => r.bedtime?.toISOString() ?? null)}::timestamptz[],
          ${col((r) => r.wakeTime?.toISOString() ?? null)}::timestamptz[],
          ${col((r) => r.durationMin)}::int[],
          ${col((r) => r.quality)}::int[],
          ${col((r) => r.deepMin)}::int[],
          ${col((r) => r.remMin)}::int[],
          ${col((r) => r.lightMin)}::int[],
          ${col((r) => r.awakeMin)}::int[],
          ${col((r) => r.note)}::text[]
        ) as r
        on conflict (profile_id, date) do nothing`,
    );
  },

  preview: (r) => ({
    kind: "sleep",
    date: r.date,
    bedtime: r.bedtime?.toISOString() ?? null,
    wakeTime: r.wakeTime?.toISOString() ?? null,
    durationMin: r.durationMin,
    deepMin: r.deepMin,
    remMin: r.remMin,
    lightMin: r.lightMin,
    awakeMin: r.awakeMin,
    quality: r.quality,
    note: r.note,
  }),
};
