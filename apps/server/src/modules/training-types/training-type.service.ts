import type { TrainingType, TrainingTypeCreate, TrainingTypeUpdate } from "@mitai/shared";
import type { Database } from "../../db/client.js";
import { sqlState } from "../../db/sql-state.js";
import { AppError, ConflictError, NotFoundError } from "../../errors.js";
import {
  deleteTrainingTypeRow,
  findTrainingTypeRow,
  insertTrainingTypeRow,
  listTrainingTypeRows,
  trainingTypeExists,
  updateTrainingTypeRow,
} from "./training-type.repo.js";
import type { TrainingTypeRow } from "./training-type.table.js";

export function toTrainingType(row: TrainingTypeRow): TrainingType {
  return {
    id: row.id,
    key: row.key,
    nameDe: row.nameDe,
    nameEn: row.nameEn,
    icon: row.icon,
    category: row.category,
    abilities: row.abilities,
    builtIn: row.builtIn,
    active: row.active,
    sortOrder: row.sortOrder,
  };
}

export async function listTrainingTypes(db: Database, includeInactive: boolean): Promise<TrainingType[]> {
  return (await listTrainingTypeRows(db, includeInactive)).map(toTrainingType);
}

export async function createTrainingType(db: Database, input: TrainingTypeCreate): Promise<TrainingType> {
  const row = await insertTrainingTypeRow(db, input);
  if (!row) {
    throw new ConflictError(
      "training_type_key_taken",
      `A training type with the key ${input.key} exists already`,
    );
  }
  return toTrainingType(row);
}

export async function updateTrainingType(
  db: Database,
  id: string,
  patch: TrainingTypeUpdate,
): Promise<TrainingType> {
  const row = await updateTrainingTypeRow(db, id, patch);
  if (!row) throw new NotFoundError("Training type");
  return toTrainingType(row);
}

/**
 * Deletes a type nobody uses. The foreign keys of activities and mappings decide "in use" inside
 * the delete itself, so a session saved at the same moment cannot slip past a separate check.
 */
export async function deleteTrainingType(db: Database, id: string): Promise<void> {
  if (!(await findTrainingTypeRow(db, id))) throw new NotFoundError("Training type");
  try {
    if (!(await deleteTrainingTypeRow(db, id))) throw new NotFoundError("Training type");
  } catch (err) {
    // ON DELETE RESTRICT answers restrict_violation (23001); a plain foreign key foreign_key_violation (23503).
    const state = sqlState(err);
    if (state === "23001" || state === "23503") {
      throw new ConflictError(
        "training_type_in_use",
        "Activities or mappings use this training type; deactivate it instead",
      );
    }
    throw err;
  }
}

/**
 * Checks a type a person newly chooses for a session or a mapping: it must exist and be active
 * (deactivated types stay on the entries that have them but are no longer offered).
 */
export async function requireSelectableType(db: Database, id: string): Promise<void> {
  if (!(await trainingTypeExists(db, id, true))) {
    throw new AppError(422, "unknown_training_type", "trainingTypeId is not an active training type", [
      { path: "trainingTypeId", message: "is not an active training type" },
    ]);
  }
}
