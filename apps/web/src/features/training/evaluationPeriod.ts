import { addDays, isoDate } from "@mitai/shared";

/** The periods the evaluation offers: four presets ending today, or any from–to. */
export const evaluationPeriods = ["4w", "12w", "6m", "1y", "custom"] as const;
export type EvaluationPeriod = (typeof evaluationPeriods)[number];
export type PresetPeriod = Exclude<EvaluationPeriod, "custom">;

export type DateRange = { from: string; to: string };

export const DEFAULT_PERIOD: PresetPeriod = "4w";

function isPreset(value: string | null): value is PresetPeriod {
  return value !== "custom" && evaluationPeriods.some((period) => period === value);
}

/**
 * The same day of the month `months` months away; a day the target month lacks becomes its last
 * (31 August − 6 months → 28 or 29 February).
 */
export function addMonths(date: string, months: number): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7)) - 1 + months;
  const day = Number(date.slice(8, 10));
  const first = new Date(Date.UTC(year, month, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** A preset as days: whole weeks for the week presets, calendar months for the others, each ending today. */
export function presetRange(period: PresetPeriod, today: string): DateRange {
  switch (period) {
    case "4w":
      return { from: addDays(today, -27), to: today };
    case "12w":
      return { from: addDays(today, -83), to: today };
    case "6m":
      return { from: addDays(addMonths(today, -6), 1), to: today };
    case "1y":
      return { from: addDays(addMonths(today, -12), 1), to: today };
  }
}

/** A custom period is two real days in order. */
export function isValidRange(from: string, to: string): boolean {
  return isoDate.safeParse(from).success && isoDate.safeParse(to).success && from <= to;
}

export type PeriodChoice = { period: EvaluationPeriod; range: DateRange };

type Params = { get: (name: string) => string | null };

/**
 * The period the address asks for (`?period=12w`, or `?period=custom&from=…&to=…`); anything
 * missing or broken falls back to the last four weeks, so an old bookmark still opens the page.
 */
export function periodFromParams(params: Params, today: string): PeriodChoice {
  const period = params.get("period");
  if (period === "custom") {
    const from = params.get("from") ?? "";
    const to = params.get("to") ?? "";
    if (isValidRange(from, to)) return { period, range: { from, to } };
  } else if (isPreset(period)) {
    return { period, range: presetRange(period, today) };
  }
  return { period: DEFAULT_PERIOD, range: presetRange(DEFAULT_PERIOD, today) };
}

/** The address parameters of a choice (none for the default, so the plain address stays plain). */
export function periodParams(choice: PeriodChoice): Record<string, string> {
  if (choice.period === "custom") return { period: "custom", ...choice.range };
  return choice.period === DEFAULT_PERIOD ? {} : { period: choice.period };
}
