import { describe, expect, it } from "vitest";
import {
  dayPart,
  daysBetween,
  formatDay,
  formatListDay,
  relativeDay,
  timeZoneOptions,
  windowStart,
} from "./dates";

describe("formatDay", () => {
  it("formats a calendar day without shifting it", () => {
    expect(formatDay("2025-03-01", "de", "short")).toBe("1. März");
    expect(formatDay("2025-03-01", "en", "short")).toBe("Mar 1");
    expect(formatDay("2025-12-31", "de", "axis")).toBe("31.12.");
    expect(formatDay("2025-12-31", "en", "month")).toBe("Dec 25");
    expect(formatDay("2025-12-31", "en", "long")).toBe("Wednesday, December 31, 2025");
  });
});

describe("formatListDay", () => {
  it("leaves out the year of the current year", () => {
    expect(formatListDay("2025-11-24", "2025-12-01", "en")).toBe("Mon, Nov 24");
    expect(formatListDay("2024-11-24", "2025-12-01", "en")).toBe("Sun, Nov 24, 2024");
    expect(formatListDay("2025-11-24", "2025-12-01", "de")).toBe("Mo., 24. Nov.");
  });
});

describe("relative days", () => {
  it("names today and yesterday only", () => {
    expect(relativeDay("2025-03-01", "2025-03-01")).toBe("today");
    expect(relativeDay("2025-02-28", "2025-03-01")).toBe("yesterday");
    expect(relativeDay("2025-02-27", "2025-03-01")).toBeNull();
  });

  it("counts days across month ends and DST", () => {
    expect(daysBetween("2025-03-29", "2025-03-31")).toBe(2);
    expect(windowStart("2025-03-31", 90)).toBe("2025-01-01");
    expect(windowStart("2025-03-31", 1)).toBe("2025-03-31");
  });
});

describe("dayPart", () => {
  it("uses the profile's time zone", () => {
    const noonUtc = new Date("2025-06-01T12:00:00Z");
    expect(dayPart("UTC", noonUtc)).toBe("afternoon");
    expect(dayPart("Asia/Tokyo", noonUtc)).toBe("evening");
    expect(dayPart("America/New_York", noonUtc)).toBe("morning");
  });
});

describe("timeZoneOptions", () => {
  it("always contains the current zone", () => {
    expect(timeZoneOptions("Europe/Berlin")).toContain("Europe/Berlin");
    expect(timeZoneOptions("Etc/Unknown")[0]).toBe("Etc/Unknown");
  });
});
