import type { Ability, AbilityProfile, RestDimension, TrainingCategory } from "../training.js";
import { abilities } from "../training.js";

/** Session load after Foster (2001): duration in minutes × session RPE (1–10); null without an RPE. */
export function sessionLoad(durationMin: number, rpe: number | null | undefined): number | null {
  return rpe == null ? null : durationMin * rpe;
}

/**
 * Acute:chronic workload ratio (Gabbett 2016, rolling averages): the last 7 days' load against the
 * weekly average of the last 28 days (their load / 4). Null while there is no chronic load.
 */
export function acuteChronicRatio(
  acute7: number,
  load28: number,
): { acute: number; chronic: number; ratio: number | null } {
  const chronic = load28 / 4;
  return { acute: acute7, chronic, ratio: chronic > 0 ? acute7 / chronic : null };
}

/**
 * Minutes weighted by the ability profile of each session's type (weights 0–3), summed per ability,
 * and each ability's share of the weighted total (0 when nothing was trained).
 */
export function abilityBalance(sessions: readonly { minutes: number; abilities: AbilityProfile | null }[]): {
  minutes: Record<Ability, number>;
  share: Record<Ability, number>;
} {
  const minutes: Record<Ability, number> = {
    endurance: 0,
    strength: 0,
    mobility: 0,
    coordination: 0,
    mind: 0,
  };
  for (const s of sessions) {
    if (!s.abilities) continue;
    for (const a of abilities) minutes[a] += s.minutes * s.abilities[a];
  }
  const total = abilities.reduce((sum, a) => sum + minutes[a], 0);
  const share: Record<Ability, number> = { endurance: 0, strength: 0, mobility: 0, coordination: 0, mind: 0 };
  if (total > 0) for (const a of abilities) share[a] = minutes[a] / total;
  return { minutes, share };
}

/**
 * Whether a session of this category breaks a rest day resting these dimensions: a strength rest
 * excludes strength training, a cardio rest cardio; a full rest (all three dimensions) excludes
 * everything but mobility and mind & body. A session without a type breaks only a full rest.
 * Relaxation alone rests the mind and excludes no training.
 */
export function restDayConflict(
  category: TrainingCategory | null,
  dimensions: readonly RestDimension[],
): boolean {
  const full =
    dimensions.includes("strength") && dimensions.includes("cardio") && dimensions.includes("relaxation");
  if (full) return category !== "mobility" && category !== "mind_body";
  if (category === "strength") return dimensions.includes("strength");
  if (category === "cardio") return dimensions.includes("cardio");
  return false;
}
