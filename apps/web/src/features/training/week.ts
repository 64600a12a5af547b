import {
  type ActivityEntry,
  addDays,
  dayNumber,
  type TrainingCategory,
  trainingCategories,
} from "@mitai/shared";

/** The Monday of the week a day falls in (1970-01-01, day 0, was a Thursday). */
export function mondayOf(date: string): string {
  const weekday = (((dayNumber(date) + 3) % 7) + 7) % 7;
  return addDays(date, -weekday);
}

/** The seven days of the week that starts on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, n) => addDays(monday, n));
}

export type ActivityWeek = { weekStart: string; entries: ActivityEntry[]; minutes: number };

/** Sessions grouped by their Monday-based week, newest week first, each week's order kept. */
export function groupByWeek(entries: readonly ActivityEntry[]): ActivityWeek[] {
  const weeks = new Map<string, ActivityWeek>();
  for (const entry of entries) {
    const weekStart = mondayOf(entry.date);
    const week = weeks.get(weekStart) ?? { weekStart, entries: [], minutes: 0 };
    week.entries.push(entry);
    week.minutes += entry.durationMin;
    weeks.set(weekStart, week);
  }
  return [...weeks.values()].sort((a, b) => (a.weekStart < b.weekStart ? 1 : -1));
}

/** A category, or the sessions without a type. */
export type CategoryKey = TrainingCategory | "uncategorized";
export const categoryKeys: readonly CategoryKey[] = [...trainingCategories, "uncategorized"];

export type WeekSummary = {
  minutes: number;
  sessions: number;
  /** Sum of the session loads (duration × RPE) of the sessions that have one. */
  load: number;
  /** Minutes per category that has any, in the categories' order. */
  byCategory: { category: CategoryKey; minutes: number }[];
};

export function summarize(entries: readonly ActivityEntry[]): WeekSummary {
  const perCategory = new Map<CategoryKey, number>();
  let minutes = 0;
  let load = 0;
  for (const entry of entries) {
    const category = entry.trainingType?.category ?? "uncategorized";
    perCategory.set(category, (perCategory.get(category) ?? 0) + entry.durationMin);
    minutes += entry.durationMin;
    load += entry.load ?? 0;
  }
  const byCategory = categoryKeys.flatMap((category) => {
    const value = perCategory.get(category);
    return value ? [{ category, minutes: value }] : [];
  });
  return { minutes, sessions: entries.length, load, byCategory };
}
