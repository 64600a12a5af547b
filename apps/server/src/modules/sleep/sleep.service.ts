import {
  addDays,
  durationMinutes,
  durationsOnlyInconsistency,
  type SleepCreate,
  type SleepEntry,
  type SleepStats,
  type SleepUpdate,
  sleepInconsistency,
  type sleepListQuery,
  sleepPeriodStats,
  todayIn,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import {
  deleteSleepRow,
  findSleepRow,
  findSleepRowByDate,
  insertSleepRow,
  listNightsForStats,
  listSleepRows,
  type NewSleepRow,
  updateSleepRow,
} from "./sleep.repo.js";
import type { SleepRow } from "./sleep.table.js";

export function toSleepEntry(row: SleepRow): SleepEntry {
  return {
    id: row.id,
    date: row.date,
    bedtime: row.bedtime?.toISOString() ?? null,
    wakeTime: row.wakeTime?.toISOString() ?? null,
    durationMin: row.durationMin,
    quality: row.quality,
    deepMin: row.deepMin,
    remMin: row.remMin,
    lightMin: row.lightMin,
    awakeMin: row.awakeMin,
    segments: row.segments,
    note: row.note,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const FUTURE_TOLERANCE_MS = 5 * 60_000;

/** The night as it will be stored, checked as a whole: times, phases and segments must add up. */
function night(actor: Actor, v: SleepCreate): Omit<NewSleepRow, "profileId"> {
  const bedtime = new Date(v.bedtime);
  const wakeTime = new Date(v.wakeTime);
  const problem = sleepInconsistency({ ...v, bedtime, wakeTime });
  if (problem) throw new ValidationError(problem[0], problem[1]);
  if (wakeTime.getTime() > Date.now() + FUTURE_TOLERANCE_MS)
    throw new ValidationError("wakeTime", "must not be in the future");
  return {
    date: todayIn(actor.profile.timeZone, wakeTime),
    bedtime,
    wakeTime,
    durationMin: durationMinutes(bedtime, wakeTime),
    quality: v.quality ?? null,
    deepMin: v.deepMin ?? null,
    remMin: v.remMin ?? null,
    lightMin: v.lightMin ?? null,
    awakeMin: v.awakeMin ?? null,
    segments: v.segments ?? [],
    note: v.note || null,
  };
}

function duplicateNight(date: string): ConflictError {
  return new ConflictError("duplicate_date", `There is already a night ending on ${date}`);
}

export async function listSleep(db: Database, actor: Actor, query: z.output<typeof sleepListQuery>) {
  return (await listSleepRows(db, actor.profile.id, query, query)).map(toSleepEntry);
}

export async function createSleep(db: Database, actor: Actor, input: SleepCreate): Promise<SleepEntry> {
  const values = night(actor, input);
  const row = await insertSleepRow(db, { profileId: actor.profile.id, ...values });
  if (!row) throw duplicateNight(values.date);
  return toSleepEntry(row);
}

export async function updateSleep(
  db: Database,
  actor: Actor,
  id: string,
  patch: SleepUpdate,
): Promise<SleepEntry> {
  const existing = await findSleepRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError("Night");
  const rest = {
    quality: patch.quality !== undefined ? patch.quality : existing.quality,
    deepMin: patch.deepMin !== undefined ? patch.deepMin : existing.deepMin,
    remMin: patch.remMin !== undefined ? patch.remMin : existing.remMin,
    lightMin: patch.lightMin !== undefined ? patch.lightMin : existing.lightMin,
    awakeMin: patch.awakeMin !== undefined ? patch.awakeMin : existing.awakeMin,
    segments: patch.segments ?? existing.segments,
    note: patch.note !== undefined ? patch.note : existing.note,
  };
  const bedtime = patch.bedtime ?? existing.bedtime?.toISOString();
  const wakeTime = patch.wakeTime ?? existing.wakeTime?.toISOString();
  if (!bedtime || !wakeTime) {
    // A night imported without its clock: its durations are checked, or both times are given at once.
    if (bedtime || wakeTime)
      throw new ValidationError(bedtime ? "wakeTime" : "bedtime", "is needed with the other time");
    const problem = durationsOnlyInconsistency({ ...rest, durationMin: existing.durationMin });
    if (problem) throw new ValidationError(problem[0], problem[1]);
    const row = await updateSleepRow(db, actor.profile.id, id, { ...rest, note: rest.note || null });
    if (!row) throw new NotFoundError("Night");
    return toSleepEntry(row);
  }
  // The whole night is checked again with the change applied.
  const values = night(actor, { bedtime, wakeTime, ...rest });
  if (values.date !== existing.date && (await findSleepRowByDate(db, actor.profile.id, values.date))) {
    throw duplicateNight(values.date);
  }
  const row = await updateSleepRow(db, actor.profile.id, id, values);
  if (!row) throw new NotFoundError("Night");
  return toSleepEntry(row);
}

export async function deleteSleep(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteSleepRow(db, actor.profile.id, id))) throw new NotFoundError("Night");
}

/** Averages over the last 7 and 28 nights' days, up to the profile's today. */
export async function sleepStats(db: Database, actor: Actor): Promise<SleepStats> {
  const { timeZone } = actor.profile;
  const to = todayIn(timeZone);
  const since7 = addDays(to, -6);
  const nights = await listNightsForStats(db, actor.profile.id, addDays(to, -27), to, timeZone);
  return {
    days7: sleepPeriodStats(
      7,
      nights.filter((n) => n.date >= since7),
    ),
    days28: sleepPeriodStats(28, nights),
  };
}
