/** Whether a change moves toward the goal: "good" when it does, "neutral" without a goal or a change. */
export function changeTone(
  change: number | null,
  latest: number | null,
  goal: number | null,
): "good" | "neutral" {
  if (change === null || latest === null || goal === null || Math.abs(change) < 0.05) return "neutral";
  const gap = latest - goal;
  if (Math.abs(gap) < 0.05) return "neutral";
  return Math.sign(change) === -Math.sign(gap) ? "good" : "neutral";
}

export type TrendDirection = "down" | "up" | "flat";

/** Under 0.1 kg a week is "stable": scales and water move more than that. */
export function trendDirection(kgPerWeek: number | null): TrendDirection | null {
  if (kgPerWeek === null) return null;
  if (Math.abs(kgPerWeek) < 0.1) return "flat";
  return kgPerWeek < 0 ? "down" : "up";
}
