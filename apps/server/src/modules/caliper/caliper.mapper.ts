import {
  addDays,
  bodyFatCategory,
  type CaliperEntry,
  caliperSites,
  fatAndLeanMass,
  round,
} from "@mitai/shared";
import type { CaliperRow } from "./caliper.table.js";

/** How far back a weight may lie and still stand for the day of a caliper measurement. */
export const WEIGHT_WINDOW_DAYS = 7;

export type DatedWeight = { date: string; weight: number };

/** The weight of `date`, else the nearest earlier within the window; `weights` newest first. */
export function weightFor(weights: readonly DatedWeight[], date: string): DatedWeight | null {
  const earliest = addDays(date, -WEIGHT_WINDOW_DAYS);
  return weights.find((w) => w.date <= date && w.date >= earliest) ?? null;
}

export function noWeightNote(date: string): string {
  return `No weight logged on ${date} or in the ${WEIGHT_WINDOW_DAYS} days before`;
}

function measuredSites(row: CaliperRow): CaliperEntry["sites"] {
  const sites: CaliperEntry["sites"] = {};
  for (const s of caliperSites) {
    const mm = row[s];
    if (mm !== null) sites[s] = mm;
  }
  return sites;
}

/**
 * Fat % and density were fixed when the entry was stored; the masses follow the weight log, so a
 * weight logged later for that week fills them in.
 */
export function toCaliperEntry(row: CaliperRow, weight: DatedWeight | null): CaliperEntry {
  const mass = weight ? fatAndLeanMass(weight.weight, row.bodyFatPct) : null;
  return {
    id: row.id,
    date: row.date,
    method: row.method,
    sites: measuredSites(row),
    density: row.density === null ? null : round(row.density, 4),
    bodyFatPct: round(row.bodyFatPct, 1),
    fatMassKg: mass ? round(mass.fatMassKg, 1) : null,
    leanMassKg: mass ? round(mass.leanMassKg, 1) : null,
    weightKg: weight?.weight ?? null,
    weightDate: weight?.date ?? null,
    massNote: weight ? null : noWeightNote(row.date),
    category: bodyFatCategory(row.sex, row.ageYears, row.bodyFatPct),
    note: row.note,
    source: row.source,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
