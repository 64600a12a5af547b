import {
  type CircumferenceCreate,
  type CircumferenceDerived,
  type CircumferenceEntry,
  type CircumferencePoint,
  type CircumferenceUpdate,
  type circumferenceListQuery,
  circumferencePoints,
  deriveCircumference,
  hasAnyPoint,
  round,
  todayIn,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import type { ProfileRow } from "../profiles/profile.table.js";
import {
  deleteCircumferenceRow,
  findCircumferenceRow,
  findCircumferenceRowByDate,
  insertCircumferenceRow,
  listCircumferenceRows,
  updateCircumferenceRow,
} from "./circumference.repo.js";
import type { CircumferenceRow } from "./circumference.table.js";

const ENTRY = "Circumference entry";

/**
 * Derived from the profile as it is now (height, sex), not as it was: unlike skinfold results they
 * are not stored, so a corrected height corrects the whole history.
 */
function derivedFor(row: CircumferenceRow, profile: ProfileRow): CircumferenceDerived {
  const d = deriveCircumference({
    sex: profile.sex,
    heightCm: profile.heightCm,
    neck: row.neck,
    waist: row.waist,
    hip: row.hip,
  });
  const r = (v: number | null, digits: number) => (v === null ? null : round(v, digits));
  return {
    ...d,
    waistHipRatio: r(d.waistHipRatio, 3),
    waistHeightRatio: r(d.waistHeightRatio, 3),
    navyBodyFatPct: r(d.navyBodyFatPct, 1),
  };
}

function toCircumferenceEntry(row: CircumferenceRow, profile: ProfileRow): CircumferenceEntry {
  return {
    id: row.id,
    date: row.date,
    neck: row.neck,
    chest: row.chest,
    waist: row.waist,
    belly: row.belly,
    hip: row.hip,
    thigh: row.thigh,
    calf: row.calf,
    arm: row.arm,
    note: row.note,
    source: row.source,
    derived: derivedFor(row, profile),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function assertNotFuture(actor: Actor, date: string | undefined): void {
  if (date && date > todayIn(actor.profile.timeZone)) {
    throw new ValidationError("date", "must not be in the future");
  }
}

function duplicateDate(date: string): ConflictError {
  return new ConflictError("duplicate_date", `There are already circumferences for ${date}`);
}

/** Only the points the input names, so an update leaves the others as they are. */
function pointPatch(input: CircumferenceUpdate) {
  const patch: Partial<Record<CircumferencePoint, number | null>> = {};
  for (const p of circumferencePoints) {
    const v = input[p];
    if (v !== undefined) patch[p] = v;
  }
  return patch;
}

export async function listCircumferences(
  db: Database,
  actor: Actor,
  query: z.output<typeof circumferenceListQuery>,
): Promise<CircumferenceEntry[]> {
  const rows = await listCircumferenceRows(db, actor.profile.id, query, query);
  return rows.map((row) => toCircumferenceEntry(row, actor.profile));
}

export async function getCircumference(db: Database, actor: Actor, id: string): Promise<CircumferenceEntry> {
  const row = await findCircumferenceRow(db, actor.profile.id, id);
  if (!row) throw new NotFoundError(ENTRY);
  return toCircumferenceEntry(row, actor.profile);
}

export async function createCircumference(
  db: Database,
  actor: Actor,
  input: CircumferenceCreate,
): Promise<CircumferenceEntry> {
  assertNotFuture(actor, input.date);
  const row = await insertCircumferenceRow(db, {
    profileId: actor.profile.id,
    date: input.date,
    ...pointPatch(input),
    note: input.note || null,
  });
  if (!row) throw duplicateDate(input.date);
  return toCircumferenceEntry(row, actor.profile);
}

export async function updateCircumference(
  db: Database,
  actor: Actor,
  id: string,
  input: CircumferenceUpdate,
): Promise<CircumferenceEntry> {
  assertNotFuture(actor, input.date);
  const existing = await findCircumferenceRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError(ENTRY);
  const patch = pointPatch(input);
  if (!hasAnyPoint({ ...existing, ...patch })) {
    throw new ValidationError("waist", `needs at least one of ${circumferencePoints.join(", ")}`);
  }
  const date = input.date ?? existing.date;
  const moved = date !== existing.date;
  if (moved && (await findCircumferenceRowByDate(db, actor.profile.id, date))) throw duplicateDate(date);
  try {
    const row = await updateCircumferenceRow(db, actor.profile.id, id, {
      ...patch,
      date,
      ...(input.note !== undefined ? { note: input.note || null } : {}),
    });
    if (!row) throw new NotFoundError(ENTRY);
    return toCircumferenceEntry(row, actor.profile);
  } catch (err) {
    // Two edits moving entries onto the same day at once: the unique index has the last word.
    if (moved && (await findCircumferenceRowByDate(db, actor.profile.id, date))?.id !== id) {
      throw duplicateDate(date);
    }
    throw err;
  }
}

export async function deleteCircumference(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteCircumferenceRow(db, actor.profile.id, id))) throw new NotFoundError(ENTRY);
}
