import {
  addDays,
  type BloodPressureCreate,
  type BloodPressureReading,
  type BloodPressureStats,
  type BloodPressureUpdate,
  bloodPressureContext,
  type bloodPressureListQuery,
  classifyBloodPressure,
  computeBloodPressureStats,
  diastolicBelowSystolic,
  MIN_LOG_DATE,
  todayIn,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { isUniqueViolation } from "../../db/sql-state.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import {
  deleteBloodPressureRow,
  findBloodPressureRow,
  insertBloodPressureRow,
  listBloodPressurePoints,
  listBloodPressureRows,
  updateBloodPressureRow,
} from "./blood-pressure.repo.js";
import type { BloodPressureRow } from "./blood-pressure.table.js";

/** A clock a few minutes fast must not make a reading "from the future". */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

export function toBloodPressureReading(row: BloodPressureRow): BloodPressureReading {
  return {
    id: row.id,
    measuredAt: row.measuredAt.toISOString(),
    date: row.date,
    systolic: row.systolic,
    diastolic: row.diastolic,
    pulse: row.pulse,
    context: row.context === null ? null : contextOf(row.context),
    irregularHeartbeat: row.irregularHeartbeat,
    note: row.note,
    classification: classifyBloodPressure(row.systolic, row.diastolic),
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function contextOf(value: string): BloodPressureReading["context"] {
  const parsed = bloodPressureContext.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The instant as a Date, refused when it lies in the future or before 1900. */
function instant(measuredAt: string, timeZone: string): { at: Date; date: string } {
  const at = new Date(measuredAt);
  if (at.getTime() > Date.now() + FUTURE_TOLERANCE_MS)
    throw new ValidationError("measuredAt", "must not be in the future");
  const date = todayIn(timeZone, at);
  if (date < MIN_LOG_DATE) throw new ValidationError("measuredAt", `must not be before ${MIN_LOG_DATE}`);
  return { at, date };
}

function duplicate(measuredAt: string): ConflictError {
  return new ConflictError("duplicate_reading", `There is already a reading at ${measuredAt}`);
}

export async function listReadings(
  db: Database,
  actor: Actor,
  query: z.output<typeof bloodPressureListQuery>,
): Promise<BloodPressureReading[]> {
  return (await listBloodPressureRows(db, actor.profile.id, query, query)).map(toBloodPressureReading);
}

export async function createReading(db: Database, actor: Actor, input: BloodPressureCreate) {
  const { at, date } = instant(input.measuredAt, actor.profile.timeZone);
  const row = await insertBloodPressureRow(db, {
    profileId: actor.profile.id,
    measuredAt: at,
    date,
    systolic: input.systolic,
    diastolic: input.diastolic,
    pulse: input.pulse ?? null,
    context: input.context ?? null,
    irregularHeartbeat: input.irregularHeartbeat ?? false,
    note: input.note || null,
  });
  if (!row) throw duplicate(input.measuredAt);
  return toBloodPressureReading(row);
}

export async function updateReading(db: Database, actor: Actor, id: string, patch: BloodPressureUpdate) {
  const existing = await findBloodPressureRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError("Blood pressure reading");
  const merged = {
    systolic: patch.systolic ?? existing.systolic,
    diastolic: patch.diastolic ?? existing.diastolic,
  };
  if (!diastolicBelowSystolic(merged)) throw new ValidationError("diastolic", "must be below systolic");
  const moved = patch.measuredAt ? instant(patch.measuredAt, actor.profile.timeZone) : null;
  try {
    const row = await updateBloodPressureRow(db, actor.profile.id, id, {
      ...(moved ? { measuredAt: moved.at, date: moved.date } : {}),
      ...(patch.systolic !== undefined ? { systolic: patch.systolic } : {}),
      ...(patch.diastolic !== undefined ? { diastolic: patch.diastolic } : {}),
      ...(patch.pulse !== undefined ? { pulse: patch.pulse } : {}),
      ...(patch.context !== undefined ? { context: patch.context } : {}),
      ...(patch.irregularHeartbeat !== undefined ? { irregularHeartbeat: patch.irregularHeartbeat } : {}),
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
    });
    if (!row) throw new NotFoundError("Blood pressure reading");
    return toBloodPressureReading(row);
  } catch (err) {
    // Moving a reading onto the instant of another one of the same source breaks the natural key.
    if (moved && isUniqueViolation(err)) throw duplicate(patch.measuredAt ?? "");
    throw err;
  }
}

export async function deleteReading(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteBloodPressureRow(db, actor.profile.id, id)))
    throw new NotFoundError("Blood pressure reading");
}

/** Stats over the last `days` days up to the profile's today. */
export async function readingStats(db: Database, actor: Actor, days: number): Promise<BloodPressureStats> {
  const { timeZone } = actor.profile;
  const to = todayIn(timeZone);
  const from = addDays(to, -(days - 1));
  const points = await listBloodPressurePoints(db, actor.profile.id, from, to, timeZone);
  return computeBloodPressureStats(points, from, to);
}
