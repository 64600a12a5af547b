import { describe, expect, it } from "vitest";
import { parseLocalDateTime } from "./values.js";
import { zoneOffset, zoneOffsetUncached } from "./zone-offset.js";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The instants (to the second) at which the zone's offset changes between `from` and `to`, by Intl alone. */
function changes(zone: string, from: number, to: number): number[] {
  const out: number[] = [];
  let prev = zoneOffsetUncached(from, zone);
  for (let t = from + DAY; t <= to; t += DAY) {
    const o = zoneOffsetUncached(t, zone);
    if (o !== prev) {
      let lo = t - DAY;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (zoneOffsetUncached(mid, zone) === prev) lo = mid;
        else hi = mid;
      }
      out.push(hi);
      prev = o;
    }
  }
  return out;
}

/** The conversion as it was before the cache: wall clock → instant with two questions to Intl. */
function referenceInstant(wall: number, zone: string): number {
  const at = wall - zoneOffsetUncached(wall, zone);
  return wall - zoneOffsetUncached(at, zone);
}

const ZONES: [zone: string, fromYear: number, toYear: number][] = [
  ["Europe/Berlin", 2024, 2026],
  ["America/New_York", 2024, 2026],
  // +05:30, and from 1941 to 1945 +06:30 war time; before 1942 the Madras offset +05:21:10.
  ["Asia/Kolkata", 1940, 1946],
  // +09:30 / +10:30.
  ["Australia/Adelaide", 2024, 2026],
  // The half-hour DST: +10:30 in winter, +11:00 in summer.
  ["Australia/Lord_Howe", 2024, 2026],
  // A whole day skipped: +24 h at the end of 29 December 2011.
  ["Pacific/Apia", 2011, 2012],
  // An offset with seconds (-00:44:30) until 1972.
  ["Africa/Monrovia", 1971, 1973],
];

describe("zoneOffset (cached per zone and UTC day)", () => {
  it.each(ZONES)("answers as Intl does around every change in %s, %i–%i", (zone, fromYear, toYear) => {
    const found = changes(zone, Date.UTC(fromYear, 0, 1), Date.UTC(toYear, 0, 1));
    expect(found.length).toBeGreaterThan(0);
    for (const change of found) {
      // Each second right around the change, then every 7 minutes through the days either side.
      for (let t = change - 5000; t <= change + 5000; t += 1000) {
        expect(zoneOffset(t, zone)).toBe(zoneOffsetUncached(t, zone));
      }
      for (let t = change - 2 * DAY; t <= change + 2 * DAY; t += 7 * 60_000) {
        expect(zoneOffset(t, zone)).toBe(zoneOffsetUncached(t, zone));
      }
    }
  });

  it("knows the offsets of a few well-known instants", () => {
    const offsetHours = (iso: string, zone: string) => zoneOffset(Date.parse(iso), zone) / HOUR;
    // Berlin springs forward at 01:00 UTC on 30 March 2025 and falls back at 01:00 UTC on 26 October.
    expect(offsetHours("2025-03-30T00:59:59Z", "Europe/Berlin")).toBe(1);
    expect(offsetHours("2025-03-30T01:00:00Z", "Europe/Berlin")).toBe(2);
    expect(offsetHours("2025-10-26T00:59:59Z", "Europe/Berlin")).toBe(2);
    expect(offsetHours("2025-10-26T01:00:00Z", "Europe/Berlin")).toBe(1);
    expect(offsetHours("2025-03-09T06:59:59Z", "America/New_York")).toBe(-5);
    expect(offsetHours("2025-03-09T07:00:00Z", "America/New_York")).toBe(-4);
    expect(offsetHours("2025-05-21T12:00:00Z", "Asia/Kolkata")).toBe(5.5);
    // Lord Howe moves half an hour at 02:00 local (15:30 UTC the day before) on 5 October 2025.
    expect(offsetHours("2025-10-04T15:29:59Z", "Australia/Lord_Howe")).toBe(10.5);
    expect(offsetHours("2025-10-04T15:30:00Z", "Australia/Lord_Howe")).toBe(11);
    expect(offsetHours("2025-10-04T16:29:59Z", "Australia/Adelaide")).toBe(9.5);
    expect(offsetHours("2025-10-04T16:30:00Z", "Australia/Adelaide")).toBe(10.5);
  });
});

describe("parseLocalDateTime with the cached offsets", () => {
  const iso = (date: string, time: string, zone: string) =>
    parseLocalDateTime(date, time, zone)?.at.toISOString() ?? null;

  it.each(ZONES)(
    "gives the instant it gave before, every 10 minutes around the changes in %s",
    (zone, fromYear, toYear) => {
      for (const change of changes(zone, Date.UTC(fromYear, 0, 1), Date.UTC(toYear, 0, 1))) {
        // Wall-clock times from a day before to a day after, read as a person's export writes them.
        const localChange = change + zoneOffsetUncached(change, zone);
        const start = Math.floor(localChange / DAY) * DAY - DAY;
        for (let wall = start; wall < start + 3 * DAY; wall += 10 * 60_000) {
          const d = new Date(wall);
          const date = d.toISOString().slice(0, 10);
          const time = d.toISOString().slice(11, 16);
          const parsed = parseLocalDateTime(date, time, zone);
          expect(parsed?.at.getTime()).toBe(referenceInstant(wall, zone));
          expect(parsed?.date).toBe(date);
        }
      }
    },
  );

  it("reads times that do not exist or exist twice as it always did", () => {
    // Berlin, 30 March 2025: 02:30 does not exist and reads as 03:30 summer time.
    expect(iso("2025-03-30", "02:30", "Europe/Berlin")).toBe("2025-03-30T01:30:00.000Z");
    // Berlin, 26 October 2025: 02:30 happens twice and reads as the second one, winter time.
    expect(iso("2025-10-26", "02:30", "Europe/Berlin")).toBe("2025-10-26T01:30:00.000Z");
    expect(iso("2025-10-26", "01:59", "Europe/Berlin")).toBe("2025-10-25T23:59:00.000Z");
    expect(iso("2025-10-26", "03:00", "Europe/Berlin")).toBe("2025-10-26T02:00:00.000Z");
    // New York, 9 March 2025: the missing 02:30 reads as 01:30 standard time.
    expect(iso("2025-03-09", "02:30", "America/New_York")).toBe("2025-03-09T06:30:00.000Z");
    // New York, 2 November 2025: the doubled 01:30 reads as the first one, daylight time.
    expect(iso("2025-11-02", "01:30", "America/New_York")).toBe("2025-11-02T05:30:00.000Z");
    expect(iso("21 May 2025", "07:30", "Asia/Kolkata")).toBe("2025-05-21T02:00:00.000Z");
    // Lord Howe, 5 October 2025: 02:00–02:30 does not exist; 02:15 reads as 02:45 summer time.
    expect(iso("2025-10-05", "02:15", "Australia/Lord_Howe")).toBe("2025-10-04T15:45:00.000Z");
    expect(iso("2025-10-05", "02:45", "Australia/Lord_Howe")).toBe("2025-10-04T15:45:00.000Z");
    // Lord Howe, 6 April 2025: 01:30–02:00 happens twice; 01:45 reads as the second one.
    expect(iso("2025-04-06", "01:45", "Australia/Lord_Howe")).toBe("2025-04-05T15:15:00.000Z");
    expect(iso("2025-10-05", "03:00", "Australia/Adelaide")).toBe("2025-10-04T16:30:00.000Z");
  });

  it("does not carry one row's date into the next (it keeps the last two date cells it read)", () => {
    const berlin = "Europe/Berlin";
    expect(iso("Jan 12 2025", "08:12", berlin)).toBe("2025-01-12T07:12:00.000Z");
    expect(iso("21.05.2025", "07:30", berlin)).toBe("2025-05-21T05:30:00.000Z");
    expect(iso("Jan 12 2025", "08:13", berlin)).toBe("2025-01-12T07:13:00.000Z");
    expect(iso("31.02.2025", "07:00", berlin)).toBeNull();
    expect(iso("31.02.2025", "08:00", berlin)).toBeNull();
    expect(iso("2024-11-08 00:00:00", "", berlin)).toBe("2024-11-07T23:00:00.000Z");
    // A date cell with its own time beside a time column is no date form.
    expect(iso("2024-11-08 00:00:00", "07:00", berlin)).toBeNull();
    expect(iso("2024-11-08", "07:00", berlin)).toBe("2024-11-08T06:00:00.000Z");
    // Three dates in turn: each answer is its own date's, whichever two are kept.
    const expected: Record<string, string> = {
      "Jan 12 2025": "2025-01-12T05:00:00.000Z",
      "13.01.2025": "2025-01-13T05:00:00.000Z",
      "2025-01-14": "2025-01-14T05:00:00.000Z",
    };
    const order = ["Jan 12 2025", "13.01.2025", "Jan 12 2025", "2025-01-14", "13.01.2025", "Jan 12 2025"];
    for (const date of [...order, ...order.reverse()])
      expect(iso(date, "06:00", berlin)).toBe(expected[date]);
  });

  it.each([
    ["7:30", "2025-01-12T06:30:00.000Z"],
    ["07:30", "2025-01-12T06:30:00.000Z"],
    ["07:30:15", "2025-01-12T06:30:15.000Z"],
    ["7:30 PM", "2025-01-12T18:30:00.000Z"],
    ["12:01 AM", "2025-01-11T23:01:00.000Z"],
    ["", "2025-01-11T23:00:00.000Z"],
    ["7:3", null],
    ["0730", null],
    ["24:00", null],
    ["07:60", null],
    ["13:00 PM", null],
    ["a7:30", null],
  ])("reads the time %j", (time, expected) => {
    expect(iso("2025-01-12", time, "Europe/Berlin")).toBe(expected);
  });
});
