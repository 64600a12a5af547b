import {
  type NutritionEntry,
  type NutritionUpdate,
  type nutritionCreate,
  type nutritionListQuery,
  todayIn,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { isUniqueViolation } from "../../db/sql-state.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { toNutritionEntry } from "./nutrition.mapper.js";
import {
  deleteNutritionRow,
  findNutritionRow,
  findNutritionRowOfDay,
  insertNutritionRow,
  listNutritionRows,
  type NutritionPatch,
  updateNutritionRow,
} from "./nutrition.repo.js";

/** A log date may not lie after the profile's today (in its own time zone). */
function assertNotFuture(actor: Actor, date: string | undefined): void {
  if (date && date > todayIn(actor.profile.timeZone)) {
    throw new ValidationError("date", "must not be in the future");
  }
}

function duplicateDate(date: string, source: string): ConflictError {
  return new ConflictError(
    "duplicate_date",
    `There is already a nutrition entry for ${date} from source ${source}`,
  );
}

export async function listNutrition(
  db: Database,
  actor: Actor,
  query: z.output<typeof nutritionListQuery>,
): Promise<NutritionEntry[]> {
  return (await listNutritionRows(db, actor.profile.id, query, query)).map(toNutritionEntry);
}

export async function getNutrition(db: Database, actor: Actor, id: string): Promise<NutritionEntry> {
  const row = await findNutritionRow(db, actor.profile.id, id);
  if (!row) throw new NotFoundError("Nutrition entry");
  return toNutritionEntry(row);
}

export async function createNutrition(
  db: Database,
  actor: Actor,
  input: z.output<typeof nutritionCreate>,
): Promise<NutritionEntry> {
  assertNotFuture(actor, input.date);
  const row = await insertNutritionRow(db, {
    profileId: actor.profile.id,
    date: input.date,
    kcal: input.kcal,
    proteinG: input.proteinG,
    fatG: input.fatG,
    carbsG: input.carbsG,
    fiberG: input.fiberG ?? null,
    note: input.note || null,
    source: input.source,
  });
  if (!row) throw duplicateDate(input.date, input.source);
  return toNutritionEntry(row);
}

export async function updateNutrition(
  db: Database,
  actor: Actor,
  id: string,
  patch: NutritionUpdate,
): Promise<NutritionEntry> {
  assertNotFuture(actor, patch.date);
  const profileId = actor.profile.id;
  const existing = await findNutritionRow(db, profileId, id);
  if (!existing) throw new NotFoundError("Nutrition entry");
  const { date } = patch;
  const taken = async (day: string) => {
    const other = await findNutritionRowOfDay(db, profileId, day, existing.source);
    return other !== null && other.id !== id;
  };
  if (date && date !== existing.date && (await taken(date))) throw duplicateDate(date, existing.source);
  const changes: NutritionPatch = {
    ...(date !== undefined ? { date } : {}),
    ...(patch.kcal !== undefined ? { kcal: patch.kcal } : {}),
    ...(patch.proteinG !== undefined ? { proteinG: patch.proteinG } : {}),
    ...(patch.fatG !== undefined ? { fatG: patch.fatG } : {}),
    ...(patch.carbsG !== undefined ? { carbsG: patch.carbsG } : {}),
    ...(patch.fiberG !== undefined ? { fiberG: patch.fiberG } : {}),
    ...(patch.note !== undefined ? { note: patch.note || null } : {}),
  };
  // Nothing to change: the entry as it is (an UPDATE without a column would be invalid SQL).
  if (Object.keys(changes).length === 0) return toNutritionEntry(existing);
  try {
    const row = await updateNutritionRow(db, profileId, id, changes);
    if (!row) throw new NotFoundError("Nutrition entry");
    return toNutritionEntry(row);
  } catch (err) {
    // Two edits moving entries of one source onto the same day at once: the unique index has the last word.
    if (date && isUniqueViolation(err)) throw duplicateDate(date, existing.source);
    throw err;
  }
}

export async function deleteNutrition(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteNutritionRow(db, actor.profile.id, id))) throw new NotFoundError("Nutrition entry");
}
