import {
  type ActivityMapping,
  type ActivityMappingCreate,
  activityNameKey,
  type CategorizeRequest,
  type CategorizeResult,
} from "@mitai/shared";
import type { Database } from "../../db/client.js";
import { ConflictError, NotFoundError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { requireSelectableType } from "../training-types/training-type.service.js";
import { categorizeByNameKey } from "./activity.repo.js";
import {
  deleteMapping,
  findMappingView,
  insertGlobalMapping,
  listMappingViews,
  type MappingOwner,
  type MappingView,
  updateMappingType,
  upsertOwnMapping,
} from "./activity-mapping.repo.js";

export function toActivityMapping({ mapping, trainingType }: MappingView): ActivityMapping {
  return {
    id: mapping.id,
    name: mapping.name,
    trainingTypeId: mapping.trainingTypeId,
    trainingType,
    scope: mapping.profileId === null ? "global" : "profile",
    createdAt: mapping.createdAt.toISOString(),
    updatedAt: mapping.updatedAt.toISOString(),
  };
}

async function view(db: Database, owner: MappingOwner, id: string): Promise<ActivityMapping> {
  const found = await findMappingView(db, owner, id);
  if (!found) throw new NotFoundError("Mapping");
  return toActivityMapping(found);
}

/**
 * What a profile teaches by giving a session a type: the name → type mapping is remembered as its
 * own, and the profile's other sessions of that name still without a type follow at once. Runs in
 * the caller's transaction. Answers the mapping's id and how many sessions followed.
 */
export async function learnMapping(
  tx: Database,
  profileId: string,
  name: string,
  trainingTypeId: string,
): Promise<{ mappingId: string; updated: number }> {
  const nameKey = activityNameKey(name);
  const mapping = await upsertOwnMapping(tx, profileId, { name: name.trim(), nameKey, trainingTypeId });
  const updated = await categorizeByNameKey(tx, profileId, nameKey, trainingTypeId);
  return { mappingId: mapping.id, updated };
}

/** Types every uncategorized session of one name at once and remembers the choice. */
export async function categorize(
  db: Database,
  actor: Actor,
  input: CategorizeRequest,
): Promise<CategorizeResult> {
  await requireSelectableType(db, input.trainingTypeId);
  return db.transaction(async (tx) => {
    const learned = await learnMapping(tx, actor.profile.id, input.name, input.trainingTypeId);
    return { updated: learned.updated, mapping: await view(tx, actor.profile.id, learned.mappingId) };
  });
}

export async function listOwnMappings(db: Database, actor: Actor): Promise<ActivityMapping[]> {
  return (await listMappingViews(db, actor.profile.id)).map(toActivityMapping);
}

/** Points one of the profile's mappings at another type; its uncategorized sessions of that name follow. */
export async function updateOwnMapping(
  db: Database,
  actor: Actor,
  id: string,
  trainingTypeId: string,
): Promise<ActivityMapping> {
  const profileId = actor.profile.id;
  if (!(await findMappingView(db, profileId, id))) throw new NotFoundError("Mapping");
  await requireSelectableType(db, trainingTypeId);
  return db.transaction(async (tx) => {
    const row = await updateMappingType(tx, profileId, id, trainingTypeId);
    if (!row) throw new NotFoundError("Mapping");
    await categorizeByNameKey(tx, profileId, row.nameKey, trainingTypeId);
    return view(tx, profileId, id);
  });
}

/** Forgets a mapping; the sessions it typed keep their type, later ones fall back to the global mapping. */
export async function deleteOwnMapping(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteMapping(db, actor.profile.id, id))) throw new NotFoundError("Mapping");
}

export async function listGlobalMappings(db: Database): Promise<ActivityMapping[]> {
  return (await listMappingViews(db, null)).map(toActivityMapping);
}

/**
 * A global mapping for a name that has none. It applies to sessions saved or imported from now on
 * by profiles without their own mapping; sessions already stored keep what they have.
 */
export async function createGlobalMapping(
  db: Database,
  input: ActivityMappingCreate,
): Promise<ActivityMapping> {
  await requireSelectableType(db, input.trainingTypeId);
  const row = await insertGlobalMapping(db, {
    name: input.name,
    nameKey: activityNameKey(input.name),
    trainingTypeId: input.trainingTypeId,
  });
  // No dedicated code exists for this conflict; a global mapping is keyed by its name key, hence "key taken".
  if (!row) throw new ConflictError("mapping_exists", `"${input.name}" has a global mapping already`);
  return view(db, null, row.id);
}

export async function updateGlobalMapping(
  db: Database,
  id: string,
  trainingTypeId: string,
): Promise<ActivityMapping> {
  if (!(await findMappingView(db, null, id))) throw new NotFoundError("Mapping");
  await requireSelectableType(db, trainingTypeId);
  const row = await updateMappingType(db, null, id, trainingTypeId);
  if (!row) throw new NotFoundError("Mapping");
  return view(db, null, id);
}

export async function deleteGlobalMapping(db: Database, id: string): Promise<void> {
  if (!(await deleteMapping(db, null, id))) throw new NotFoundError("Mapping");
}
