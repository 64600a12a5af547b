import { computeWeightStats, type WeightEntry, type WeightStats } from "@mitai/shared";
import type { ChangeCache } from "../../cache/change-cache.js";
import type { Database } from "../../db/client.js";
import { toWeightEntry } from "./weight.mapper.js";
import { listAllWeightRows } from "./weight.repo.js";

/** A profile's whole weight log, newest first, and the stats computed from it. */
export type WeightSeries = { entries: WeightEntry[]; stats: Map<string, WeightStats> };

/**
 * Keeps the weight logs of recently active profiles in memory: reads (list and stats) are answered
 * without the database until a weight of that profile changes (see ChangeCache). A 10-year daily
 * log is about 3,650 entries, well under a megabyte.
 */
export function createWeightSeriesCache(changes: ChangeCache, maxProfiles = 100) {
  const slot = changes.slot<string, WeightSeries>(maxProfiles);
  return {
    /** The profile's series, or null while caching is off (then ask the database directly). */
    async load(db: Database, profileId: string): Promise<WeightSeries | null> {
      if (!changes.active) return null;
      const cached = slot.get(profileId);
      if (cached) return cached;
      const generation = changes.generation;
      const rows = await listAllWeightRows(db, profileId);
      const series: WeightSeries = { entries: rows.map(toWeightEntry), stats: new Map() };
      slot.set(profileId, profileId, series, generation);
      return series;
    },
  };
}
export type WeightSeriesCache = ReturnType<typeof createWeightSeriesCache>;

/** Stats of a cached series, computed once per height and goal. */
export function seriesStats(
  series: WeightSeries,
  heightCm: number | null,
  goalWeightKg: number | null,
): WeightStats {
  const key = `${heightCm}|${goalWeightKg}`;
  let stats = series.stats.get(key);
  if (!stats) {
    stats = computeWeightStats({ entries: series.entries, heightCm, goalWeightKg });
    series.stats.set(key, stats);
  }
  return stats;
}
