import {
  type RestDayEntry,
  type RestDimension,
  type RestPreset,
  restDimensions,
  restPresetDimensions,
} from "@mitai/shared";

export const oneTapPresets = ["strength_rest", "cardio_rest", "full_rest"] as const;
export type OneTapPreset = (typeof oneTapPresets)[number];

/** The preset whose dimensions these are, else custom. */
export function presetFor(dimensions: readonly RestDimension[]): RestPreset {
  const match = oneTapPresets.find((preset) => sameDimensions(restPresetDimensions[preset], dimensions));
  return match ?? "custom";
}

export function sameDimensions(a: readonly RestDimension[], b: readonly RestDimension[]): boolean {
  return a.length === b.length && a.every((d) => b.includes(d));
}

/** The dimensions in their fixed order, each once. */
export function orderedDimensions(dimensions: readonly RestDimension[]): RestDimension[] {
  return restDimensions.filter((d) => dimensions.includes(d));
}

/** Adds or removes one dimension of a custom choice. */
export function toggleDimension(dimensions: readonly RestDimension[], d: RestDimension): RestDimension[] {
  return orderedDimensions(dimensions.includes(d) ? dimensions.filter((x) => x !== d) : [...dimensions, d]);
}

/** What a rest day rests in: a preset's own dimensions, or the chosen ones (named as a preset when they are one). */
export function restChoice(dimensions: readonly RestDimension[]): {
  preset: RestPreset;
  dimensions: RestDimension[];
} {
  return { preset: presetFor(dimensions), dimensions: orderedDimensions(dimensions) };
}

export function restDaysByDate(list: readonly RestDayEntry[]): Map<string, RestDayEntry> {
  return new Map(list.map((day) => [day.date, day]));
}

/** Rest days from today on (soonest first) and before it (latest first). */
export function splitRestDays(
  list: readonly RestDayEntry[],
  today: string,
): { upcoming: RestDayEntry[]; recent: RestDayEntry[] } {
  const upcoming = list.filter((d) => d.date >= today).sort((a, b) => (a.date < b.date ? -1 : 1));
  const recent = list.filter((d) => d.date < today).sort((a, b) => (a.date < b.date ? 1 : -1));
  return { upcoming, recent };
}
