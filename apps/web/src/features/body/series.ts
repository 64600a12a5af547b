import { dayNumber } from "@mitai/shared";

export type BodyPoint = { day: number; date: string; value: number };

/** Entries (any order) → points oldest first for the values `pick` finds; entries without one are left out. */
export function seriesOf<T extends { date: string }>(
  entries: readonly T[],
  pick: (entry: T) => number | null | undefined,
): BodyPoint[] {
  const points: BodyPoint[] = [];
  for (const entry of entries) {
    const value = pick(entry);
    if (value === null || value === undefined) continue;
    points.push({ day: dayNumber(entry.date), date: entry.date, value });
  }
  return points.sort((a, b) => a.day - b.day);
}
