import {
  type ActivityCreate,
  type ActivityEntry,
  type ActivityListQuery,
  type ActivityUpdate,
  activityNameKey,
  hrMaxNotBelowAvg,
  restDayConflict,
  sessionLoad,
  todayIn,
  type UncategorizedName,
} from "@mitai/shared";
import type { Database } from "../../db/client.js";
import { NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { requireSelectableType } from "../training-types/training-type.service.js";
import {
  type ActivityPatch,
  type ActivityView,
  deleteActivityRow,
  findActivityRow,
  findActivityView,
  insertActivityRow,
  listActivityViews,
  listUncategorizedNames,
  updateActivityRow,
} from "./activity.repo.js";
import { learnMapping } from "./activity-mapping.service.js";
import { resolveTrainingTypes } from "./type-resolver.js";

export function toActivityEntry({ activity: a, trainingType, restDimensions }: ActivityView): ActivityEntry {
  return {
    id: a.id,
    date: a.date,
    startTime: a.startTime,
    name: a.name,
    trainingTypeId: a.trainingTypeId,
    trainingType,
    durationMin: a.durationMin,
    kcalActive: a.kcalActive,
    hrAvg: a.hrAvg,
    hrMax: a.hrMax,
    distanceKm: a.distanceKm,
    rpe: a.rpe,
    load: sessionLoad(a.durationMin, a.rpe),
    notes: a.notes,
    source: a.source,
    externalId: a.externalId,
    conflictsWithRestDay: restDimensions
      ? restDayConflict(trainingType?.category ?? null, restDimensions)
      : false,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
  };
}

function notAfterToday(actor: Actor, date: string): void {
  if (date > todayIn(actor.profile.timeZone)) throw new ValidationError("date", "must not be in the future");
}

/** The type the profile's own or the global mapping gives this name, or null. */
async function learnedType(db: Database, profileId: string, nameKey: string): Promise<string | null> {
  return (await resolveTrainingTypes(db, profileId, [nameKey])).get(nameKey) ?? null;
}

async function entry(db: Database, profileId: string, id: string): Promise<ActivityEntry> {
  const found = await findActivityView(db, profileId, id);
  if (!found) throw new NotFoundError("Activity");
  return toActivityEntry(found);
}

export async function listActivities(
  db: Database,
  actor: Actor,
  query: ActivityListQuery,
): Promise<ActivityEntry[]> {
  return (await listActivityViews(db, actor.profile.id, query)).map(toActivityEntry);
}

export async function getActivity(db: Database, actor: Actor, id: string): Promise<ActivityEntry> {
  return entry(db, actor.profile.id, id);
}

/**
 * Logs a session. With a type chosen, name → type is learned (see `learnMapping`); without one, the
 * session takes the type its name is mapped to, if any.
 */
export async function createActivity(
  db: Database,
  actor: Actor,
  input: ActivityCreate,
): Promise<ActivityEntry> {
  notAfterToday(actor, input.date);
  const profileId = actor.profile.id;
  const chosen = input.trainingTypeId ?? null;
  if (chosen) await requireSelectableType(db, chosen);
  const nameKey = activityNameKey(input.name);
  return db.transaction(async (tx) => {
    const row = await insertActivityRow(tx, {
      profileId,
      date: input.date,
      startTime: input.startTime ?? null,
      name: input.name,
      nameKey,
      trainingTypeId: chosen ?? (await learnedType(tx, profileId, nameKey)),
      durationMin: input.durationMin,
      kcalActive: input.kcalActive ?? null,
      hrAvg: input.hrAvg ?? null,
      hrMax: input.hrMax ?? null,
      distanceKm: input.distanceKm ?? null,
      rpe: input.rpe ?? null,
      notes: input.notes || null,
      source: "manual",
    });
    if (chosen) await learnMapping(tx, profileId, input.name, chosen);
    return entry(tx, profileId, row.id);
  });
}

/**
 * Changes a session; the result is checked as a whole. The type:
 * - a type given that differs from the stored one must be active (a deactivated type may stay on a
 *   session that has it); giving one, or renaming a typed session, teaches name → type;
 * - a session left without one (`null`, or not given while it has none) takes its name's mapping.
 */
export async function updateActivity(
  db: Database,
  actor: Actor,
  id: string,
  patch: ActivityUpdate,
): Promise<ActivityEntry> {
  const profileId = actor.profile.id;
  const existing = await findActivityRow(db, profileId, id);
  if (!existing) throw new NotFoundError("Activity");
  if (patch.date !== undefined) notAfterToday(actor, patch.date);
  const hr = {
    hrAvg: patch.hrAvg !== undefined ? patch.hrAvg : existing.hrAvg,
    hrMax: patch.hrMax !== undefined ? patch.hrMax : existing.hrMax,
  };
  if (!hrMaxNotBelowAvg(hr)) throw new ValidationError("hrMax", "must not be below the average heart rate");

  const name = patch.name ?? existing.name;
  const nameKey = activityNameKey(name);
  const requested = patch.trainingTypeId;
  if (requested && requested !== existing.trainingTypeId) await requireSelectableType(db, requested);
  // Sending the stored type back unchanged (as the edit form does) teaches nothing new.
  const taught =
    requested && (requested !== existing.trainingTypeId || nameKey !== existing.nameKey) ? requested : null;

  return db.transaction(async (tx) => {
    const trainingTypeId =
      requested ??
      (requested === undefined && existing.trainingTypeId !== null
        ? existing.trainingTypeId
        : await learnedType(tx, profileId, nameKey));
    const changes: ActivityPatch = {
      ...(patch.date !== undefined ? { date: patch.date } : {}),
      ...(patch.startTime !== undefined ? { startTime: patch.startTime } : {}),
      ...(patch.name !== undefined ? { name: patch.name, nameKey } : {}),
      ...(trainingTypeId !== existing.trainingTypeId ? { trainingTypeId } : {}),
      ...(patch.durationMin !== undefined ? { durationMin: patch.durationMin } : {}),
      ...(patch.kcalActive !== undefined ? { kcalActive: patch.kcalActive } : {}),
      ...(patch.hrAvg !== undefined ? { hrAvg: patch.hrAvg } : {}),
      ...(patch.hrMax !== undefined ? { hrMax: patch.hrMax } : {}),
      ...(patch.distanceKm !== undefined ? { distanceKm: patch.distanceKm } : {}),
      ...(patch.rpe !== undefined ? { rpe: patch.rpe } : {}),
      ...(patch.notes !== undefined ? { notes: patch.notes || null } : {}),
    };
    if (!(await updateActivityRow(tx, profileId, id, changes))) throw new NotFoundError("Activity");
    if (taught) await learnMapping(tx, profileId, name, taught);
    return entry(tx, profileId, id);
  });
}

export async function deleteActivity(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteActivityRow(db, actor.profile.id, id))) throw new NotFoundError("Activity");
}

export async function uncategorizedNames(db: Database, actor: Actor): Promise<UncategorizedName[]> {
  return listUncategorizedNames(db, actor.profile.id);
}
