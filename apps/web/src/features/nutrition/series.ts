import { addDays, dayNumber, MANUAL_SOURCE, type NutritionDay } from "@mitai/shared";

/** One calendar day of a chart: null values where nothing was logged, so the day shows as a gap. */
export type NutritionPoint = {
  day: number;
  date: string;
  kcal: number | null;
  /** The mean kcal of the logged days among this one and the six before it; null with none. */
  average7: number | null;
  proteinG: number | null;
  fatG: number | null;
  carbsG: number | null;
  proteinPerKg: number | null;
};

/** How many days back the trailing average looks, this day included. */
export const AVERAGE_DAYS = 7;

/**
 * Every day from `from` to `to` (oldest first) with its totals, whether logged or not, and the
 * trailing 7-day average of the logged days — days without an entry are left out of the average,
 * not counted as zero, since an unlogged day is not a day without food.
 */
export function nutritionSeries(days: readonly NutritionDay[], from: string, to: string): NutritionPoint[] {
  const byDate = new Map(days.map((d) => [d.date, d]));
  const count = Math.max(0, dayNumber(to) - dayNumber(from) + 1);
  const points: NutritionPoint[] = [];
  for (let i = 0; i < count; i++) {
    const date = addDays(from, i);
    const logged = byDate.get(date);
    let sum = 0;
    let n = 0;
    for (let back = 0; back < AVERAGE_DAYS; back++) {
      const earlier = byDate.get(addDays(date, -back));
      if (earlier) {
        sum += earlier.kcal;
        n++;
      }
    }
    points.push({
      day: dayNumber(date),
      date,
      kcal: logged?.kcal ?? null,
      average7: n > 0 ? sum / n : null,
      proteinG: logged?.proteinG ?? null,
      fatG: logged?.fatG ?? null,
      carbsG: logged?.carbsG ?? null,
      proteinPerKg: logged?.proteinPerKg ?? null,
    });
  }
  return points;
}

/** Round ticks from 0 to just above the highest value (and the target), at most six of them. */
export function zeroBasedTicks(values: readonly (number | null)[], target: number | null = null): number[] {
  const high = Math.max(0, target ?? 0, ...values.filter((v): v is number => v !== null));
  if (high <= 0) return [0, 1];
  const rough = high / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = ([1, 2, 2.5, 5, 10].find((m) => m * magnitude >= rough) ?? 10) * magnitude;
  const ticks: number[] = [];
  for (let tick = 0; tick < high + step; tick += step) ticks.push(Math.round(tick * 1000) / 1000);
  return ticks;
}

/**
 * The sources of a day that came from imports. Two of them may be one diary counted twice (an app
 * that writes into Apple Health, imported from both).
 */
export function importedSources(sources: readonly string[]): string[] {
  return sources.filter((source) => source !== MANUAL_SOURCE);
}
