import { describe, expect, it } from "vitest";
import { parseDecimal, parseLocalDateTime } from "./values.js";

describe("parseDecimal", () => {
  it.each([
    ["82,4", 82.4],
    ["82.4", 82.4],
    [" 120 ", 120],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["-3,5", -3.5],
    ["", null],
    ["-", null],
  ])("%j → %j", (raw, value) => {
    expect(parseDecimal(raw)).toBe(value);
  });

  it("says NaN for text", () => {
    expect(parseDecimal("abc")).toBeNaN();
    expect(parseDecimal("12a")).toBeNaN();
  });
});

describe("parseLocalDateTime", () => {
  const berlin = "Europe/Berlin";
  it.each([
    ["21 May 2025", "07:30", "2025-05-21T05:30:00.000Z"],
    ["Jan 12 2025", "08:12", "2025-01-12T07:12:00.000Z"],
    ["Jan 6 2025", "8:46", "2025-01-06T07:46:00.000Z"],
    ["October 13, 2021", "12:01 PM", "2021-10-13T10:01:00.000Z"],
    ["12 Jan 2022", "8:12 AM", "2022-01-12T07:12:00.000Z"],
    ["21.05.2025", "07:30", "2025-05-21T05:30:00.000Z"],
    ["2025-05-21", "07:30:15", "2025-05-21T05:30:15.000Z"],
    ["2024-11-08 00:00:00", undefined, "2024-11-07T23:00:00.000Z"],
  ])("%s %s in Berlin is %s", (date, time, utc) => {
    expect(parseLocalDateTime(date, time, berlin)?.at.toISOString()).toBe(utc);
  });

  it("gives the calendar day as written, and handles the hours around a DST change", () => {
    expect(parseLocalDateTime("21.05.2025", "23:30", berlin)?.date).toBe("2025-05-21");
    // 30 March 2025, 01:30 in Berlin is still winter time (+01:00); 03:30 is summer time (+02:00).
    expect(parseLocalDateTime("2025-03-30", "01:30", berlin)?.at.toISOString()).toBe(
      "2025-03-30T00:30:00.000Z",
    );
    expect(parseLocalDateTime("2025-03-30", "03:30", berlin)?.at.toISOString()).toBe(
      "2025-03-30T01:30:00.000Z",
    );
    expect(parseLocalDateTime("Jan 12 2025", "08:12", "America/New_York")?.at.toISOString()).toBe(
      "2025-01-12T13:12:00.000Z",
    );
  });

  it("refuses what it cannot read", () => {
    expect(parseLocalDateTime("31.02.2025", "07:00", berlin)).toBeNull();
    expect(parseLocalDateTime("yesterday", "07:00", berlin)).toBeNull();
    expect(parseLocalDateTime("Jan 12 2025", "25:00", berlin)).toBeNull();
  });
});
