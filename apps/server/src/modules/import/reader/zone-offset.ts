/**
 * A time zone's offset from UTC at an instant, as Intl reports it — cached per zone and UTC day,
 * because Intl.DateTimeFormat#formatToParts costs about 5 µs and an import asks twice per row.
 *
 * Why a day is safe as the unit: no two offset changes of any zone between 1900 and 2100 lie closer
 * than four days — 95 h (Africa/Freetown 1939) in tzdb 2025b with its back zones, 167 h (Brazil,
 * October 2000) in the ICU data Node 20 carries (tz 2025c), measured over all 418 zones. So a UTC
 * day holds at most one change. A day whose first and last second have the same offset has none; a day whose
 * offsets differ has exactly one, found to the second by bisection and stored with the offsets on
 * either side. Every answer is exactly what formatToParts gives for that second.
 */

const DAY_MS = 86_400_000;
/** About 270 years of days per zone; past that (a file spanning millennia) a zone's cache starts over. */
const MAX_CACHED_DAYS = 100_000;
/** Within a day of the most a Date can hold (±8.64e15 ms). */
const EDGE = 8.64e15 - 2 * DAY_MS;

/** A day with an offset change: `before` up to the second before `changeAt`, `after` from it on. */
type ChangeDay = { changeAt: number; before: number; after: number };

type ZoneCache = {
  format: Intl.DateTimeFormat;
  /** Days with one offset all day long, by UTC day number. */
  steady: Map<number, number>;
  changes: Map<number, ChangeDay>;
};

const zones = new Map<string, ZoneCache>();

function zoneCache(zone: string): ZoneCache {
  let cache = zones.get(zone);
  if (!cache) {
    cache = {
      format: new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        hourCycle: "h23",
        year: "numeric",
        month: "numeric",
        day: "numeric",
        hour: "numeric",
        minute: "numeric",
        second: "numeric",
      }),
      steady: new Map(),
      changes: new Map(),
    };
    zones.set(zone, cache);
  }
  return cache;
}

/** The offset in ms at the whole second `epochSecondMs` (a multiple of 1000), straight from Intl. */
function intlOffset(format: Intl.DateTimeFormat, epochSecondMs: number): number {
  let year = 0;
  let month = 1;
  let day = 1;
  let hour = 0;
  let minute = 0;
  let second = 0;
  for (const part of format.formatToParts(epochSecondMs)) {
    switch (part.type) {
      case "year":
        year = Number(part.value);
        break;
      case "month":
        month = Number(part.value);
        break;
      case "day":
        day = Number(part.value);
        break;
      case "hour":
        hour = Number(part.value);
        break;
      case "minute":
        minute = Number(part.value);
        break;
      case "second":
        second = Number(part.value);
        break;
    }
  }
  return Date.UTC(year, month - 1, day, hour, minute, second) - epochSecondMs;
}

/** Fills the cache for one UTC day; answers the offset at `epochSecondMs` within it. */
function learnDay(cache: ZoneCache, dayNumber: number, epochSecondMs: number): number {
  if (cache.steady.size + cache.changes.size >= MAX_CACHED_DAYS) {
    cache.steady.clear();
    cache.changes.clear();
  }
  const first = dayNumber * DAY_MS;
  const last = first + DAY_MS - 1000;
  const before = intlOffset(cache.format, first);
  const after = intlOffset(cache.format, last);
  if (before === after) {
    cache.steady.set(dayNumber, before);
    return before;
  }
  // One change within the day: the first second whose offset is no longer `before`.
  let lo = first;
  let hi = last;
  while (hi - lo > 1000) {
    const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
    if (intlOffset(cache.format, mid) === before) lo = mid;
    else hi = mid;
  }
  cache.changes.set(dayNumber, { changeAt: hi, before, after });
  return epochSecondMs < hi ? before : after;
}

/** The zone's offset from UTC in ms at an instant (local wall clock = instant + offset). */
export function zoneOffset(epochMs: number, zone: string): number {
  const cache = zoneCache(zone);
  const epochSecondMs = Math.floor(epochMs / 1000) * 1000;
  // The first and last day a Date can hold are not whole days: ask Intl for the instant itself.
  if (Math.abs(epochSecondMs) > EDGE) return intlOffset(cache.format, epochSecondMs);
  const dayNumber = Math.floor(epochSecondMs / DAY_MS);
  const steady = cache.steady.get(dayNumber);
  if (steady !== undefined) return steady;
  const change = cache.changes.get(dayNumber);
  if (change) return epochSecondMs < change.changeAt ? change.before : change.after;
  return learnDay(cache, dayNumber, epochSecondMs);
}

/** The same answer without the cache: what every cached answer is checked against in the tests. */
export function zoneOffsetUncached(epochMs: number, zone: string): number {
  return intlOffset(zoneCache(zone).format, Math.floor(epochMs / 1000) * 1000);
}
