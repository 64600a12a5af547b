import {
  type RestDayCreate,
  type RestDayEntry,
  type RestDayListQuery,
  type RestDayUpdate,
  type RestDimension,
  type RestPreset,
  restDayConflict,
  restDimensions,
  restPresetDimensions,
} from "@mitai/shared";
import type { Database } from "../../db/client.js";
import { isUniqueViolation } from "../../db/sql-state.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import {
  deleteRestDayRow,
  findRestDayRow,
  insertRestDayRow,
  listRestDayRows,
  type RestDayPatch,
  sessionsOnDays,
  updateRestDayRow,
} from "./rest-day.repo.js";
import type { RestDayRow } from "./rest-day.table.js";

/*
 * Rest days may lie ahead: a rest day is planned as often as it is logged, so — unlike sessions —
 * the date is not held to the profile's today.
 */

type DaySession = Awaited<ReturnType<typeof sessionsOnDays>>[number];

export function toRestDayEntry(row: RestDayRow, sessions: readonly DaySession[]): RestDayEntry {
  return {
    id: row.id,
    date: row.date,
    preset: row.preset,
    dimensions: row.dimensions,
    note: row.note,
    conflicts: sessions
      .filter((s) => s.date === row.date && restDayConflict(s.category, row.dimensions))
      .map((s) => ({ id: s.id, name: s.name })),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The dimensions in their fixed order, so equal rest days look equal wherever they are shown. */
function ordered(dimensions: readonly RestDimension[]): RestDimension[] {
  return restDimensions.filter((d) => dimensions.includes(d));
}

function fitsPreset(preset: RestPreset, dimensions: readonly RestDimension[]): boolean {
  if (preset === "custom") return true;
  const wanted = restPresetDimensions[preset];
  return wanted.length === dimensions.length && wanted.every((d) => dimensions.includes(d));
}

function duplicateDay(date: string): ConflictError {
  return new ConflictError("duplicate_date", `There is already a rest day on ${date}`);
}

export async function listRestDays(
  db: Database,
  actor: Actor,
  query: RestDayListQuery,
): Promise<RestDayEntry[]> {
  const rows = await listRestDayRows(db, actor.profile.id, query);
  const sessions = await sessionsOnDays(
    db,
    actor.profile.id,
    rows.map((r) => r.date),
  );
  return rows.map((row) => toRestDayEntry(row, sessions));
}

/** One rest day as answered, with the sessions of its day that break it. */
async function withConflicts(db: Database, row: RestDayRow): Promise<RestDayEntry> {
  return toRestDayEntry(row, await sessionsOnDays(db, row.profileId, [row.date]));
}

export async function getRestDay(db: Database, actor: Actor, id: string): Promise<RestDayEntry> {
  const row = await findRestDayRow(db, actor.profile.id, id);
  if (!row) throw new NotFoundError("Rest day");
  return withConflicts(db, row);
}

/** One rest day per day; a preset's dimensions are filled in when left out (the schema asks them of `custom`). */
export async function createRestDay(db: Database, actor: Actor, input: RestDayCreate): Promise<RestDayEntry> {
  const dimensions =
    input.dimensions ?? (input.preset === "custom" ? undefined : restPresetDimensions[input.preset]);
  if (!dimensions) throw new ValidationError("dimensions", "must be given for a custom rest day");
  const row = await insertRestDayRow(db, {
    profileId: actor.profile.id,
    date: input.date,
    preset: input.preset,
    dimensions: ordered(dimensions),
    note: input.note || null,
  });
  if (!row) throw duplicateDay(input.date);
  return withConflicts(db, row);
}

/**
 * Changes a rest day, checked as a whole: a new preset brings its dimensions unless they are given;
 * dimensions given alone must still be the stored preset's (or the preset is `custom`).
 */
export async function updateRestDay(
  db: Database,
  actor: Actor,
  id: string,
  patch: RestDayUpdate,
): Promise<RestDayEntry> {
  const existing = await findRestDayRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError("Rest day");
  const preset = patch.preset ?? existing.preset;
  const dimensions =
    patch.dimensions ??
    (patch.preset && patch.preset !== "custom" ? restPresetDimensions[patch.preset] : existing.dimensions);
  if (!fitsPreset(preset, dimensions)) {
    throw new ValidationError("dimensions", "must be the preset's dimensions, or choose the custom preset");
  }
  const changes: RestDayPatch = {
    ...(patch.date !== undefined ? { date: patch.date } : {}),
    ...(patch.preset !== undefined ? { preset } : {}),
    ...(patch.preset !== undefined || patch.dimensions !== undefined
      ? { dimensions: ordered(dimensions) }
      : {}),
    ...(patch.note !== undefined ? { note: patch.note || null } : {}),
  };
  try {
    const row = await updateRestDayRow(db, actor.profile.id, id, changes);
    if (!row) throw new NotFoundError("Rest day");
    return withConflicts(db, row);
  } catch (err) {
    // Moving a rest day onto a day that has one breaks "one per profile and day".
    if (patch.date !== undefined && isUniqueViolation(err)) throw duplicateDay(patch.date);
    throw err;
  }
}

export async function deleteRestDay(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteRestDayRow(db, actor.profile.id, id))) throw new NotFoundError("Rest day");
}
