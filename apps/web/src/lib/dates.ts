import { addDays, dayNumber } from "@mitai/shared";

/** A calendar day as a Date at UTC midnight, so formatting in UTC never shifts it by a day. */
function utcDate(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`);
}

type DayStyle = "long" | "medium" | "short" | "weekday" | "axis" | "month";

const DAY_FORMATS: Record<DayStyle, Intl.DateTimeFormatOptions> = {
  long: { weekday: "long", day: "numeric", month: "long", year: "numeric" },
  medium: { weekday: "short", day: "numeric", month: "short", year: "numeric" },
  short: { day: "numeric", month: "short" },
  weekday: { weekday: "short", day: "numeric", month: "short" },
  axis: { day: "numeric", month: "numeric" },
  month: { month: "short", year: "2-digit" },
};

/** Formats an ISO calendar day (`YYYY-MM-DD`) in the user's language. */
export function formatDay(isoDay: string, locale: string, style: DayStyle = "medium"): string {
  return new Intl.DateTimeFormat(locale, { ...DAY_FORMATS[style], timeZone: "UTC" }).format(utcDate(isoDay));
}

/** A day in a list: without the year while it is this year's ("Mon, Nov 24"), with it otherwise. */
export function formatListDay(isoDay: string, today: string, locale: string): string {
  return formatDay(isoDay, locale, isoDay.slice(0, 4) === today.slice(0, 4) ? "weekday" : "medium");
}

export type RelativeDay = "today" | "yesterday" | null;

/** "today" / "yesterday" relative to the profile's today, else null. */
export function relativeDay(isoDay: string, today: string): RelativeDay {
  if (isoDay === today) return "today";
  if (isoDay === addDays(today, -1)) return "yesterday";
  return null;
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The first day of a window of `days` days that ends with `today`. */
export function windowStart(today: string, days: number): string {
  return addDays(today, -(days - 1));
}

/** Formats an instant (ISO timestamp) as a date in the user's language. */
export function formatInstantDay(isoInstant: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  }).format(new Date(isoInstant));
}

/** The part of the day in `timeZone`, for a greeting. */
export function dayPart(timeZone: string, now: Date = new Date()): "morning" | "afternoon" | "evening" {
  const hour = Number(
    new Intl.DateTimeFormat("en-GB", { hour: "numeric", hourCycle: "h23", timeZone }).format(now),
  );
  if (hour >= 5 && hour < 12) return "morning";
  if (hour >= 12 && hour < 18) return "afternoon";
  return "evening";
}

/** Every IANA time zone the browser knows, with the given one included even if it does not. */
export function timeZoneOptions(current: string): string[] {
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  return zones.includes(current) ? zones : [current, ...zones];
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
