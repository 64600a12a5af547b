import { describe, expect, it } from "vitest";
import { computeBloodPressureStats, weekStart } from "./blood-pressure-stats.js";

describe("weekStart", () => {
  it.each([
    ["2025-05-19", "2025-05-19"], // a Monday
    ["2025-05-25", "2025-05-19"], // the Sunday after
    ["2025-01-01", "2024-12-30"], // a Wednesday across the year
  ])("%s → %s", (day, monday) => {
    expect(weekStart(day)).toBe(monday);
  });
});

describe("computeBloodPressureStats", () => {
  const points = [
    { date: "2025-05-19", hour: 7, systolic: 120, diastolic: 80, pulse: 60 }, // normal, morning
    { date: "2025-05-19", hour: 21, systolic: 140, diastolic: 90, pulse: null }, // grade 1, evening
    { date: "2025-05-20", hour: 7, systolic: 110, diastolic: 70, pulse: 64 }, // optimal, morning
    { date: "2025-05-26", hour: 14, systolic: 150, diastolic: 85, pulse: 70 }, // isolated systolic, afternoon
  ];
  const s = computeBloodPressureStats(points, "2025-05-01", "2025-05-31");

  it("averages the whole period, pulse over the readings that have one", () => {
    expect(s.overall).toEqual({ count: 4, systolic: 130, diastolic: 81.3, pulse: 64.7 });
  });

  it("averages per day and per ISO week, newest first", () => {
    expect(s.days).toEqual([
      { date: "2025-05-26", count: 1, systolic: 150, diastolic: 85, pulse: 70 },
      { date: "2025-05-20", count: 1, systolic: 110, diastolic: 70, pulse: 64 },
      { date: "2025-05-19", count: 2, systolic: 130, diastolic: 85, pulse: 60 },
    ]);
    expect(s.weeks.map((w) => [w.weekStart, w.count, w.systolic])).toEqual([
      ["2025-05-26", 1, 150],
      ["2025-05-19", 3, 123.3],
    ]);
  });

  it("compares morning with evening readings", () => {
    expect(s.morning).toEqual({ count: 2, systolic: 115, diastolic: 75, pulse: 62 });
    expect(s.evening).toEqual({ count: 1, systolic: 140, diastolic: 90, pulse: null });
  });

  it("gives the share of readings per class", () => {
    expect(s.classShares).toEqual({
      optimal: 0.25,
      normal: 0.25,
      high_normal: 0,
      grade_1: 0.25,
      grade_2: 0,
      grade_3: 0,
      isolated_systolic: 0.25,
    });
  });

  it("answers an empty period with zero counts", () => {
    const empty = computeBloodPressureStats([], "2025-05-01", "2025-05-31");
    expect(empty.overall).toEqual({ count: 0, systolic: null, diastolic: null, pulse: null });
    expect(empty.days).toEqual([]);
    expect(Object.values(empty.classShares).every((v) => v === 0)).toBe(true);
  });
});
