import { describe, expect, it } from "vitest";
import { addMonths, isValidRange, periodFromParams, periodParams, presetRange } from "./evaluationPeriod";

const params = (query: string) => new URLSearchParams(query);

describe("addMonths", () => {
  it("keeps the day of the month and clamps it to the target month's end", () => {
    expect(addMonths("2026-11-25", -6)).toBe("2026-05-25");
    expect(addMonths("2026-08-31", -6)).toBe("2026-02-28");
    expect(addMonths("2024-08-31", -6)).toBe("2024-02-29");
    expect(addMonths("2026-01-15", -12)).toBe("2025-01-15");
    expect(addMonths("2026-03-31", 1)).toBe("2026-04-30");
  });
});

describe("presetRange", () => {
  it("counts whole weeks back from today, today included", () => {
    expect(presetRange("4w", "2026-11-25")).toEqual({ from: "2026-10-29", to: "2026-11-25" });
    expect(presetRange("12w", "2026-11-25")).toEqual({ from: "2026-09-03", to: "2026-11-25" });
  });

  it("counts calendar months for half a year and a year", () => {
    expect(presetRange("6m", "2026-11-25")).toEqual({ from: "2026-05-26", to: "2026-11-25" });
    expect(presetRange("1y", "2026-11-25")).toEqual({ from: "2025-11-26", to: "2026-11-25" });
    // A leap day's year back has no 29 February: the year starts on 1 March.
    expect(presetRange("1y", "2024-02-29")).toEqual({ from: "2023-03-01", to: "2024-02-29" });
  });
});

describe("isValidRange", () => {
  it("wants two real days in order", () => {
    expect(isValidRange("2026-01-01", "2026-01-01")).toBe(true);
    expect(isValidRange("2026-02-01", "2026-01-01")).toBe(false);
    expect(isValidRange("2026-02-30", "2026-03-01")).toBe(false);
    expect(isValidRange("", "2026-03-01")).toBe(false);
  });
});

describe("periodFromParams", () => {
  const today = "2026-11-25";

  it("reads a preset and a custom period", () => {
    expect(periodFromParams(params("period=12w"), today)).toEqual({
      period: "12w",
      range: { from: "2026-09-03", to: today },
    });
    expect(periodFromParams(params("period=custom&from=2026-01-01&to=2026-03-31"), today)).toEqual({
      period: "custom",
      range: { from: "2026-01-01", to: "2026-03-31" },
    });
  });

  it("falls back to four weeks for a missing, unknown or broken period", () => {
    const fallback = { period: "4w", range: { from: "2026-10-29", to: today } };
    expect(periodFromParams(params(""), today)).toEqual(fallback);
    expect(periodFromParams(params("period=week"), today)).toEqual(fallback);
    expect(periodFromParams(params("period=custom&from=2026-04-01&to=2026-03-01"), today)).toEqual(fallback);
    expect(periodFromParams(params("period=custom&from=2026-04-01"), today)).toEqual(fallback);
  });

  it("round-trips through the address parameters", () => {
    for (const query of ["period=6m", "period=custom&from=2025-12-01&to=2026-02-28", ""]) {
      const choice = periodFromParams(params(query), today);
      expect(periodFromParams(new URLSearchParams(periodParams(choice)), today)).toEqual(choice);
    }
    expect(periodParams({ period: "4w", range: presetRange("4w", today) })).toEqual({});
  });
});
