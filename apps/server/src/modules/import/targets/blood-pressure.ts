import { and, eq, inArray } from "drizzle-orm";
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
        inArray(bloodPressureLog.measuredAt, instants),
      ),
    );
  return new Set(rows.map((r) => r.measuredAt.getTime()));
}

/** Inserts a batch; rows whose instant exists already are left out. Returns how many went in. */
export async function insertReadings(
  db: Database,
  profileId: string,
  source: string,
  rows: BloodPressureImport[],
) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(bloodPressureLog)
    .values(
      rows.map((r) => ({
        profileId,
        source,
        measuredAt: r.measuredAt,
        date: r.date,
        systolic: r.systolic,
        diastolic: r.diastolic,
        pulse: r.pulse,
        irregularHeartbeat: r.irregularHeartbeat,
        note: r.note,
      })),
    )
    .onConflictDoNothing({
      target: [bloodPressureLog.profileId, bloodPressureLog.source, bloodPressureLog.measuredAt],
    })
    .returning({ id: bloodPressureLog.id });
  return inserted.length;
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
