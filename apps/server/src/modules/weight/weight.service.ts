import {
  computeWeightStats,
  round,
  todayIn,
  type WeightCreate,
  type WeightEntry,
  type WeightStats,
  type WeightUpdate,
  type weightListQuery,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { seriesStats, type WeightSeriesCache } from "./weight.cache.js";
import { toWeightEntry } from "./weight.mapper.js";
import {
  deleteWeightRow,
  findWeightRow,
  findWeightRowByDate,
  insertWeightRow,
  listWeightRows,
  listWeightSeries,
  updateWeightRow,
} from "./weight.repo.js";

/** What the weight service works with: the database and the in-memory series of active profiles. */
export type WeightContext = { db: Database; series: WeightSeriesCache };

/** A log date may not lie after the profile's today (in its own time zone). */
function assertNotFuture(actor: Actor, date: string | undefined): void {
  if (date && date > todayIn(actor.profile.timeZone)) {
    throw new ValidationError("date", "must not be in the future");
  }
}

function duplicateDate(date: string): ConflictError {
  return new ConflictError("duplicate_date", `There is already a weight for ${date}`);
}

/** Scales show two decimals at most; more would be noise. */
const normalize = (weight: number) => round(weight, 2);

export async function listWeights(
  ctx: WeightContext,
  actor: Actor,
  query: z.output<typeof weightListQuery>,
): Promise<WeightEntry[]> {
  const series = await ctx.series.load(ctx.db, actor.profile.id);
  if (!series) return (await listWeightRows(ctx.db, actor.profile.id, query, query)).map(toWeightEntry);
  const { from, to, offset, limit } = query;
  const inRange = series.entries.filter((e) => (!from || e.date >= from) && (!to || e.date <= to));
  return inRange.slice(offset, offset + limit);
}

export async function createWeight(db: Database, actor: Actor, input: WeightCreate): Promise<WeightEntry> {
  assertNotFuture(actor, input.date);
  const row = await insertWeightRow(db, {
    profileId: actor.profile.id,
    date: input.date,
    weight: normalize(input.weight),
    note: input.note || null,
  });
  if (!row) throw duplicateDate(input.date);
  return toWeightEntry(row);
}

export async function updateWeight(
  db: Database,
  actor: Actor,
  id: string,
  patch: WeightUpdate,
): Promise<WeightEntry> {
  assertNotFuture(actor, patch.date);
  const existing = await findWeightRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError("Weight entry");
  if (
    patch.date &&
    patch.date !== existing.date &&
    (await findWeightRowByDate(db, actor.profile.id, patch.date))
  ) {
    throw duplicateDate(patch.date);
  }
  try {
    const row = await updateWeightRow(db, actor.profile.id, id, {
      ...(patch.date !== undefined ? { date: patch.date } : {}),
      ...(patch.weight !== undefined ? { weight: normalize(patch.weight) } : {}),
      ...(patch.note !== undefined ? { note: patch.note || null } : {}),
    });
    if (!row) throw new NotFoundError("Weight entry");
    return toWeightEntry(row);
  } catch (err) {
    // Two edits moving entries onto the same day at once: the unique index has the last word.
    if (patch.date && (await findWeightRowByDate(db, actor.profile.id, patch.date))?.id !== id) {
      throw duplicateDate(patch.date);
    }
    throw err;
  }
}

export async function deleteWeight(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteWeightRow(db, actor.profile.id, id))) throw new NotFoundError("Weight entry");
}

export async function weightStats(ctx: WeightContext, actor: Actor): Promise<WeightStats> {
  const { heightCm, goalWeightKg } = actor.profile;
  const series = await ctx.series.load(ctx.db, actor.profile.id);
  if (series) return seriesStats(series, heightCm, goalWeightKg);
  const entries = await listWeightSeries(ctx.db, actor.profile.id);
  return computeWeightStats({ entries, heightCm, goalWeightKg });
}
