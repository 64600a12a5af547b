import {
  addDays,
  analyzeMetric,
  hasAnyMetric,
  type MetricAnalysis,
  todayIn,
  type VitalsCreate,
  type VitalsEntry,
  type VitalsMetric,
  type VitalsUpdate,
  type vitalsListQuery,
  vitalsMetrics,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import {
  deleteVitalsRow,
  findVitalsRow,
  findVitalsRowByDate,
  insertVitalsRow,
  listVitalsRows,
  listVitalsValues,
  updateVitalsRow,
} from "./vitals.repo.js";
import type { VitalsRow } from "./vitals.table.js";

type Analyses = Record<VitalsMetric, Map<string, MetricAnalysis>>;

/** Baselines for every day of [from, to]: the values of the 28 days before `from` count too. */
async function analysesFor(db: Database, profileId: string, from: string, to: string): Promise<Analyses> {
  const values = await listVitalsValues(db, profileId, addDays(from, -28), to);
  const per = (m: VitalsMetric) =>
    analyzeMetric(values.flatMap((v) => (v[m] === null ? [] : [{ date: v.date, value: v[m] }])));
  return {
    restingHr: per("restingHr"),
    hrv: per("hrv"),
    vo2Max: per("vo2Max"),
    spo2: per("spo2"),
    respiratoryRate: per("respiratoryRate"),
  };
}

function toVitalsEntry(row: VitalsRow, analyses: Analyses): VitalsEntry {
  const analysis = (m: VitalsMetric) => (row[m] === null ? null : (analyses[m].get(row.date) ?? null));
  return {
    id: row.id,
    date: row.date,
    restingHr: row.restingHr,
    hrv: row.hrv,
    vo2Max: row.vo2Max,
    spo2: row.spo2,
    respiratoryRate: row.respiratoryRate,
    note: row.note,
    source: row.source,
    analysis: {
      restingHr: analysis("restingHr"),
      hrv: analysis("hrv"),
      vo2Max: analysis("vo2Max"),
      spo2: analysis("spo2"),
      respiratoryRate: analysis("respiratoryRate"),
    },
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function withAnalysis(db: Database, profileId: string, row: VitalsRow): Promise<VitalsEntry> {
  return toVitalsEntry(row, await analysesFor(db, profileId, row.date, row.date));
}

function assertNotFuture(actor: Actor, date: string | undefined): void {
  if (date && date > todayIn(actor.profile.timeZone))
    throw new ValidationError("date", "must not be in the future");
}

function duplicateDate(date: string): ConflictError {
  return new ConflictError("duplicate_date", `There is already a morning measurement for ${date}`);
}

/** Only the metrics the input names, so an update leaves the others as they are. */
function metricPatch(input: VitalsUpdate) {
  const patch: Partial<Record<VitalsMetric, number | null>> = {};
  for (const m of vitalsMetrics) {
    const v = input[m];
    if (v !== undefined) patch[m] = v;
  }
  return patch;
}

export async function listVitals(db: Database, actor: Actor, query: z.output<typeof vitalsListQuery>) {
  const rows = await listVitalsRows(db, actor.profile.id, query, query);
  const newest = rows[0];
  const oldest = rows.at(-1);
  if (!newest || !oldest) return [];
  const analyses = await analysesFor(db, actor.profile.id, oldest.date, newest.date);
  return rows.map((row) => toVitalsEntry(row, analyses));
}

export async function createVitals(db: Database, actor: Actor, input: VitalsCreate): Promise<VitalsEntry> {
  assertNotFuture(actor, input.date);
  const row = await insertVitalsRow(db, {
    profileId: actor.profile.id,
    date: input.date,
    ...metricPatch(input),
    note: input.note || null,
  });
  if (!row) throw duplicateDate(input.date);
  return withAnalysis(db, actor.profile.id, row);
}

export async function updateVitals(
  db: Database,
  actor: Actor,
  id: string,
  input: VitalsUpdate,
): Promise<VitalsEntry> {
  assertNotFuture(actor, input.date);
  const existing = await findVitalsRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError("Morning measurement");
  const patch = metricPatch(input);
  if (!hasAnyMetric({ ...existing, ...patch })) {
    throw new ValidationError("restingHr", `needs at least one of ${vitalsMetrics.join(", ")}`);
  }
  if (
    input.date &&
    input.date !== existing.date &&
    (await findVitalsRowByDate(db, actor.profile.id, input.date))
  ) {
    throw duplicateDate(input.date);
  }
  const row = await updateVitalsRow(db, actor.profile.id, id, {
    ...patch,
    ...(input.date !== undefined ? { date: input.date } : {}),
    ...(input.note !== undefined ? { note: input.note || null } : {}),
  });
  if (!row) throw new NotFoundError("Morning measurement");
  return withAnalysis(db, actor.profile.id, row);
}

export async function deleteVitals(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteVitalsRow(db, actor.profile.id, id))) throw new NotFoundError("Morning measurement");
}
