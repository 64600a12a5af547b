import {
  addDays,
  ageOn,
  type CaliperCreate,
  type CaliperEntry,
  type CaliperMethod,
  type CaliperSite,
  type CaliperSites,
  type CaliperUpdate,
  type caliperListQuery,
  caliperSites,
  missingSites,
  round,
  type Sex,
  sitesFor,
  skinfoldBodyFat,
  todayIn,
} from "@mitai/shared";
import type { z } from "zod";
import type { Database } from "../../db/client.js";
import { AppError, ConflictError, NotFoundError, ValidationError } from "../../errors.js";
import type { Actor } from "../../plugins/auth.js";
import { noWeightNote, toCaliperEntry, WEIGHT_WINDOW_DAYS, weightFor } from "./caliper.mapper.js";
import {
  deleteCaliperRow,
  findCaliperRow,
  findCaliperRowByDateMethod,
  insertCaliperRow,
  listCaliperRows,
  listWeightsBetween,
  updateCaliperRow,
} from "./caliper.repo.js";
import type { CaliperRow } from "./caliper.table.js";

const methodNames: Record<CaliperMethod, string> = {
  jp3: "Jackson-Pollock 3-site",
  jp7: "Jackson-Pollock 7-site",
  dw4: "Durnin-Womersley 4-site",
  parrillo9: "Parrillo 9-site",
};

/** Fat % at or outside these bounds comes from a mistyped skinfold or weight, not from a body. */
const FAT_PCT_ABOVE = 0;
const FAT_PCT_BELOW = 75;

type Issue = { path: string; message: string };
type Body = { sex: Sex; birthDate: string };
/** What a measurement is once create or update input is merged: the row's rule-bearing fields. */
type Measurement = { date: string; method: CaliperMethod; sites: CaliperSites };

function invalid(issues: Issue[], detail?: string): AppError {
  const first = issues[0];
  return new AppError(422, "validation_error", detail ?? `${first?.path} ${first?.message}`, issues);
}

/** The equations depend on sex and age, so a profile without them cannot have a result. */
function bodyOf(actor: Actor): Body {
  const { sex, birthDate } = actor.profile;
  if (sex && birthDate) return { sex, birthDate };
  throw invalid(
    [
      ...(sex ? [] : [{ path: "sex", message: "is not set in your profile" }]),
      ...(birthDate ? [] : [{ path: "birthDate", message: "is not set in your profile" }]),
    ],
    "Set your sex and birth date in your profile first: the skinfold formulas depend on both",
  );
}

function assertNotFuture(actor: Actor, date: string | undefined): void {
  if (date && date > todayIn(actor.profile.timeZone)) {
    throw new ValidationError("date", "must not be in the future");
  }
}

function duplicate(date: string, method: CaliperMethod): ConflictError {
  return new ConflictError(
    "duplicate_date",
    `There is already a ${methodNames[method]} measurement for ${date}`,
  );
}

/** Every site the method needs must be there, and no other: a stray site means a mix-up of methods. */
function checkSites(m: Measurement, sex: Sex): void {
  const needed = sitesFor(m.method, sex);
  const name = methodNames[m.method];
  const issues: Issue[] = [
    ...missingSites(m.method, sex, m.sites).map((s) => ({ path: s, message: `is needed for ${name}` })),
    ...caliperSites
      .filter((s) => m.sites[s] != null && !needed.includes(s))
      .map((s) => ({ path: s, message: `is not used by ${name}` })),
  ];
  if (issues.length > 0) throw invalid(issues);
}

/** The weights that can stand for the days [from, to], newest first. */
async function weightsFor(db: Database, profileId: string, from: string, to: string) {
  return listWeightsBetween(db, profileId, addDays(from, -WEIGHT_WINDOW_DAYS), to);
}

/** The stored columns of a measurement: the method's sites, sex and age then, density and fat %. */
async function computed(db: Database, actor: Actor, m: Measurement) {
  const { sex, birthDate } = bodyOf(actor);
  checkSites(m, sex);
  const ageYears = ageOn(birthDate, m.date);
  if (ageYears < 0) throw new ValidationError("date", "lies before your birth date");
  const weight =
    m.method === "parrillo9"
      ? weightFor(await weightsFor(db, actor.profile.id, m.date, m.date), m.date)
      : null;
  const result = skinfoldBodyFat({
    method: m.method,
    sex,
    ageYears,
    sites: m.sites,
    weightKg: weight?.weight ?? null,
  });
  if (!result.ok) {
    // Missing sites were refused above, so only the weight can be lacking here.
    throw new ValidationError(
      "weight",
      `${methodNames[m.method]} needs your weight: ${noWeightNote(m.date)}`,
    );
  }
  if (!(result.bodyFatPct > FAT_PCT_ABOVE && result.bodyFatPct < FAT_PCT_BELOW)) {
    throw new ValidationError(
      "bodyFatPct",
      `comes out at ${round(result.bodyFatPct, 1)} %, which no body has: check the skinfolds`,
    );
  }
  const needed = sitesFor(m.method, sex);
  const kept = (s: CaliperSite) => (needed.includes(s) ? (m.sites[s] ?? null) : null);
  return {
    date: m.date,
    method: m.method,
    chest: kept("chest"),
    abdomen: kept("abdomen"),
    thigh: kept("thigh"),
    triceps: kept("triceps"),
    suprailiac: kept("suprailiac"),
    axilla: kept("axilla"),
    subscapular: kept("subscapular"),
    biceps: kept("biceps"),
    lowerBack: kept("lowerBack"),
    calf: kept("calf"),
    sex,
    ageYears,
    density: result.density,
    bodyFatPct: result.bodyFatPct,
  };
}

function sitesOf(source: CaliperSites): CaliperSites {
  const sites: CaliperSites = {};
  for (const s of caliperSites) sites[s] = source[s];
  return sites;
}

async function withMass(db: Database, profileId: string, row: CaliperRow): Promise<CaliperEntry> {
  return toCaliperEntry(row, weightFor(await weightsFor(db, profileId, row.date, row.date), row.date));
}

export async function listCaliper(
  db: Database,
  actor: Actor,
  query: z.output<typeof caliperListQuery>,
): Promise<CaliperEntry[]> {
  const rows = await listCaliperRows(db, actor.profile.id, query, query);
  const newest = rows[0];
  const oldest = rows.at(-1);
  if (!newest || !oldest) return [];
  const weights = await weightsFor(db, actor.profile.id, oldest.date, newest.date);
  return rows.map((row) => toCaliperEntry(row, weightFor(weights, row.date)));
}

export async function getCaliper(db: Database, actor: Actor, id: string): Promise<CaliperEntry> {
  const row = await findCaliperRow(db, actor.profile.id, id);
  if (!row) throw new NotFoundError("Caliper measurement");
  return withMass(db, actor.profile.id, row);
}

export async function createCaliper(db: Database, actor: Actor, input: CaliperCreate): Promise<CaliperEntry> {
  assertNotFuture(actor, input.date);
  const values = await computed(db, actor, {
    date: input.date,
    method: input.method,
    sites: sitesOf(input),
  });
  const row = await insertCaliperRow(db, {
    profileId: actor.profile.id,
    ...values,
    note: input.note || null,
  });
  if (!row) throw duplicate(input.date, input.method);
  return withMass(db, actor.profile.id, row);
}

/**
 * Sites given in the update replace the stored ones (null clears); stored sites the new method does
 * not use are dropped, but a site sent along that it does not use is refused.
 */
export async function updateCaliper(
  db: Database,
  actor: Actor,
  id: string,
  input: CaliperUpdate,
): Promise<CaliperEntry> {
  assertNotFuture(actor, input.date);
  const existing = await findCaliperRow(db, actor.profile.id, id);
  if (!existing) throw new NotFoundError("Caliper measurement");
  const date = input.date ?? existing.date;
  const method = input.method ?? existing.method;
  const { sex } = bodyOf(actor);
  const needed = sitesFor(method, sex);
  const sites: CaliperSites = {};
  for (const s of caliperSites) {
    const given = input[s];
    sites[s] = given !== undefined ? given : needed.includes(s) ? existing[s] : null;
  }
  const values = await computed(db, actor, { date, method, sites });
  const moved = date !== existing.date || method !== existing.method;
  if (moved && (await findCaliperRowByDateMethod(db, actor.profile.id, date, method))) {
    throw duplicate(date, method);
  }
  try {
    const row = await updateCaliperRow(db, actor.profile.id, id, {
      ...values,
      ...(input.note !== undefined ? { note: input.note || null } : {}),
    });
    if (!row) throw new NotFoundError("Caliper measurement");
    return withMass(db, actor.profile.id, row);
  } catch (err) {
    // Two edits moving entries onto the same day and method at once: the unique index has the last word.
    if (moved && (await findCaliperRowByDateMethod(db, actor.profile.id, date, method))?.id !== id) {
      throw duplicate(date, method);
    }
    throw err;
  }
}

export async function deleteCaliper(db: Database, actor: Actor, id: string): Promise<void> {
  if (!(await deleteCaliperRow(db, actor.profile.id, id))) throw new NotFoundError("Caliper measurement");
}
