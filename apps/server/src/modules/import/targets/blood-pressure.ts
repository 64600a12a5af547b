import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Database } from "../../../db/client.js";
import { bloodPressureLog } from "../../blood-pressure/blood-pressure.table.js";
import type { BloodPressureImport } from "../formats/types.js";

/** The instants (epoch ms) among `instants` that this profile already has from `source`. */
export async function existingInstants(db: Database, profileId: string, source: string, instants: Date[]) {
  if (instants.length === 0) return new Set<number>();
  const rows = await db
    .select({ measuredAt: bloodPressureLog.measuredAt })
    .from(bloodPressureLog)
    .where(
      and(
        eq(bloodPressureLog.profileId, profileId),
        eq(bloodPressureLog.source, source),
        sql`${bloodPressureLog.measuredAt} = any(${sql.param(instants.map((d) => d.toISOString()))}::timestamptz[])`,
      ),
    );
  return new Set(rows.map((r) => r.measuredAt.getTime()));
}

/**
 * Inserts a batch in one statement — one array parameter per column (`unnest`), which PostgreSQL
 * parses far faster than thousands of VALUES placeholders. Rows whose instant exists already are
 * left out. Returns how many went in.
 */
export async function insertReadings(
  db: Database,
  profileId: string,
  source: string,
  rows: BloodPressureImport[],
) {
  if (rows.length === 0) return 0;
  // sql.param keeps an array one parameter (a bare array would be spread into a list).
  const col = <T>(pick: (r: BloodPressureImport) => T) => sql.param(rows.map(pick));
  const result = await db.execute(sql`
    with inserted as (
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
      on conflict (profile_id, source, measured_at) do nothing
      returning 1
    )
    select count(*)::int as n from inserted`);
  return z.object({ rows: z.array(z.object({ n: z.number() })) }).parse(result).rows[0]?.n ?? 0;
}

export function previewOf(r: BloodPressureImport) {
  return {
    measuredAt: r.measuredAt.toISOString(),
    date: r.date,
    systolic: r.systolic,
    diastolic: r.diastolic,
    pulse: r.pulse,
    irregularHeartbeat: r.irregularHeartbeat,
    note: r.note,
    classification: r.classification,
  };
}
