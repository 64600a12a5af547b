import type { NutritionDays, NutritionStats, NutritionToday } from "@mitai/shared";
import type { ChangeCache } from "../../cache/change-cache.js";

/** Answers of one kind per profile and key, computed once until something of the profile changes. */
function answers<V>(changes: ChangeCache, max: number) {
  const slot = changes.slot<string, V>(max);
  return {
    get: (key: string, profileId: string, compute: () => Promise<V>): Promise<V> =>
      slot.getOrCompute(key, profileId, compute),
  };
}

/**
 * The nutrition figures of recently active profiles: the day list, today's progress and the stats,
 * dropped whenever an entry, a weight or the profile (its goals, its time zone) of that profile
 * changes — the triggers of nutrition_log, weight_log and profiles announce all three (see
 * ChangeCache). The keys hold the period or the profile's today, so a new day asks the database again.
 */
export function createNutritionCache(changes: ChangeCache) {
  return {
    // Five years of days are about 1 MB with their JSON: fewer of those.
    days: answers<NutritionDays>(changes, 32),
    today: answers<NutritionToday>(changes, 500),
    stats: answers<NutritionStats>(changes, 500),
  };
}
export type NutritionCache = ReturnType<typeof createNutritionCache>;
