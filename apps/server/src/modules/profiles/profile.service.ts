import { type AdminProfileUpdate, PROTEIN_PER_KG_MAX, type Profile, type ProfileUpdate } from "@mitai/shared";
import type { Database } from "../../db/client.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { deleteSessionsOf } from "../auth/auth.repo.js";
import {
  countActiveAdmins,
  findProfileById,
  listProfiles,
  type ProfilePatch,
  updateProfile,
} from "./profile.repo.js";
import type { ProfileRow } from "./profile.table.js";

/** The profile as the API shows it: an explicit list of fields, so no hash can slip out. */
export function toProfile(row: ProfileRow): Profile {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    active: row.active,
    emailVerified: row.emailVerified,
    sex: row.sex,
    birthDate: row.birthDate,
    heightCm: row.heightCm,
    goalWeightKg: row.goalWeightKg,
    language: row.language,
    timeZone: row.timeZone,
    sessionDays: row.sessionDays,
    kcalTarget: row.kcalTarget,
    proteinTarget: row.proteinTarget,
    proteinTargetUnit: row.proteinTargetUnit,
    fatTargetG: row.fatTargetG,
    carbsTargetG: row.carbsTargetG,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function updateOwnProfile(db: Database, actor: Actor, patch: ProfileUpdate): Promise<Profile> {
  // A protein target per kg of body weight is at most 5 g/kg, whichever of value and unit changes.
  const unit = patch.proteinTargetUnit ?? actor.profile.proteinTargetUnit;
  const protein = patch.proteinTarget === undefined ? actor.profile.proteinTarget : patch.proteinTarget;
  if (unit === "g_per_kg" && protein !== null && protein > PROTEIN_PER_KG_MAX) {
    throw new ValidationError(
      "proteinTarget",
      `must be at most ${PROTEIN_PER_KG_MAX} g per kg of body weight`,
    );
  }
  const row = await updateProfile(db, actor.profile.id, patch satisfies ProfilePatch);
  if (!row) throw new NotFoundError("Profile");
  return toProfile(row);
}

export async function listAllProfiles(db: Database): Promise<Profile[]> {
  return (await listProfiles(db)).map(toProfile);
}

/**
 * An admin changes a profile's role or active flag. A deactivated profile's sessions end at once;
 * the instance never loses its last active admin.
 */
export async function adminUpdateProfile(
  db: Database,
  id: string,
  patch: AdminProfileUpdate,
): Promise<Profile> {
  return db.transaction(async (tx) => {
    const current = await findProfileById(tx, id);
    if (!current) throw new NotFoundError("Profile");
    const row = await updateProfile(tx, id, patch);
    if (!row) throw new NotFoundError("Profile");
    const wasAdmin = current.role === "admin" && current.active;
    const isAdmin = row.role === "admin" && row.active;
    if (wasAdmin && !isAdmin && (await countActiveAdmins(tx)) === 0) {
      throw new ConflictError("last_admin", "The last active administrator cannot be demoted or deactivated");
    }
    if (!row.active) await deleteSessionsOf(tx, id);
    return toProfile(row);
  });
}
