import { randomFillSync } from "node:crypto";
import { and, between, eq, getTableName, sql } from "drizzle-orm";
import { v7 as uuidv7 } from "uuid";
import { copyLine } from "../../../db/client.js";
import { bloodPressureLog } from "../../blood-pressure/blood-pressure.table.js";
import type { BloodPressureImport } from "../formats/types.js";
import { insertCounting, type Target } from "./types.js";

/** Random bytes for ids, drawn 64 KiB at a time: one call to the system per 4,096 ids, not per id. */
const randomPool = new Uint8Array(65_536);
let randomAt = randomPool.length;
function random16(): Uint8Array {
  if (randomAt === randomPool.length) {
    randomFillSync(randomPool);
    randomAt = 0;
  }
  randomAt += 16;
  return randomPool.subarray(randomAt - 16, randomAt);
}

/** Readings: many per day, one per instant and source (a manual reading at the same minute stays). */
export const bloodPressureTarget: Target<"blood_pressure"> = {
  kind: "blood_pressure",
  key: (r) => r.measuredAt.getTime(),

  /**
   * The batch's time span read once and matched here: far cheaper than `= any(5,000 instants)` when
   * the profile has the readings already (a re-import), and one index range scan when it has none.
   */
  async existing(db, profileId, source, rows) {
    if (rows.length === 0) return new Set();
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const r of rows) {
      const t = r.measuredAt.getTime();
      if (t < min) min = t;
      if (t > max) max = t;
    }
    const found = await db
      .select({ measuredAt: bloodPressureLog.measuredAt })
      .from(bloodPressureLog)
      .where(
        and(
          eq(bloodPressureLog.profileId, profileId),
          eq(bloodPressureLog.source, source),
          between(bloodPressureLog.measuredAt, new Date(min), new Date(max)),
        ),
      );
    return new Set(found.map((r) => r.measuredAt.getTime()));
  },

  /**
   * One statement per batch — one array parameter per column (`unnest`), which PostgreSQL parses far
   * faster than thousands of VALUES placeholders.
   */
  async insert(db, profileId, source, rows) {
    if (rows.length === 0) return 0;
    // sql.param keeps an array one parameter (a bare array would be spread into a list).
    const col = <T>(pick: (r: BloodPressureImport) => T) => sql.param(rows.map(pick));
    return insertCounting(
      db,
      sql`
        insert into ${bloodPressureLog}
          (profile_id, source, measured_at, date, systolic, diastolic, pulse, irregular_heartbeat, note)
        select ${profileId}, ${source}, r.*
        from unnest(
          ${col((r) => r.measuredAt.toISOString())}::timestamptz[],
          ${col((r) => r.date)}::date[],
          ${col((r) => r.systolic)}::int[],
          ${col((r) => r.diastolic)}::int[],
          ${col((r) => r.pulse)}::int[],
          ${col((r) => r.irregularHeartbeat)}::boolean[],
          ${col((r) => r.note)}::text[]
        ) as r
        on conflict (profile_id, source, measured_at) do nothing`,
    );
  },

  /**
   * Ids are UUIDv7, increasing through the import: each new key lands at the right edge of the
   * primary-key index instead of at a random page, which with the random bytes the database no
   * longer draws per row makes the load ~25 % faster (apps/server/bench/import-db-bench.ts).
   */
  async copyNew(copy, profileId, source, rows) {
    if (rows.length === 0) return 0;
    let text = "";
    for (const r of rows)
      text += copyLine([
        uuidv7({ random: random16() }),
        profileId,
        source,
        r.measuredAt.toISOString(),
        r.date,
        r.systolic,
        r.diastolic,
        r.pulse,
        r.irregularHeartbeat,
        r.note,
      ]);
    return copy(
      `${getTableName(bloodPressureLog)} (id, profile_id, source, measured_at, date, systolic, diastolic, pulse, irregular_heartbeat, note)`,
      text,
    );
  },

  preview: (r) => ({
    kind: "blood_pressure",
    measuredAt: r.measuredAt.toISOString(),
    date: r.date,
    systolic: r.systolic,
    diastolic: r.diastolic,
    pulse: r.pulse,
    irregularHeartbeat: r.irregularHeartbeat,
    note: r.note,
    classification: r.classification,
  }),
};
