import type { ActivityEntry, TrainingCategory } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { groupByWeek, mondayOf, summarize, weekDays } from "./week";

function session(
  date: string,
  durationMin: number,
  category: TrainingCategory | null = null,
  rpe: number | null = null,
): ActivityEntry {
  return {
    id: `${date}-${durationMin}-${category}`,
    date,
    startTime: null,
    name: "Session",
    trainingTypeId: category ? "00000000-0000-4000-8000-000000000001" : null,
    trainingType: category
      ? {
          id: "00000000-0000-4000-8000-000000000001",
          key: "running",
          nameDe: "Laufen",
          nameEn: "Running",
          icon: "footprints",
          category,
        }
      : null,
    durationMin,
    kcalActive: null,
    hrAvg: null,
    hrMax: null,
    distanceKm: null,
    rpe,
    load: rpe === null ? null : durationMin * rpe,
    notes: null,
    source: "manual",
    externalId: null,
    conflictsWithRestDay: false,
    createdAt: "2026-11-25T10:00:00.000Z",
    updatedAt: "2026-11-25T10:00:00.000Z",
  };
}

describe("mondayOf", () => {
  it("gives the Monday of the week for every weekday", () => {
    // 2026-11-23 is a Monday, 2026-11-29 the Sunday of that week.
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
    expect(mondayOf("2026-11-25")).toBe("2026-11-23");
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    expect(mondayOf("2026-11-30")).toBe("2026-11-30");
  });

  it("crosses month and year ends, and days before 1970", () => {
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
    expect(mondayOf("2024-03-01")).toBe("2024-02-26");
    // 1969-12-31 was a Wednesday.
    expect(mondayOf("1969-12-31")).toBe("1969-12-29");
  });
});

describe("weekDays", () => {
  it("lists Monday to Sunday", () => {
    expect(weekDays("2026-12-28")).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ]);
  });
});

describe("groupByWeek", () => {
  it("groups sessions by Monday-based week, newest week first, with the week's minutes", () => {
    const weeks = groupByWeek([
      session("2026-11-29", 30),
      session("2026-11-23", 45.5),
      session("2026-11-22", 60),
      session("2026-11-16", 20),
    ]);
    expect(weeks.map((w) => [w.weekStart, w.entries.length, w.minutes])).toEqual([
      ["2026-11-23", 2, 75.5],
      ["2026-11-16", 2, 80],
    ]);
  });

  it("keeps each week's own order and sorts weeks even when the input is not sorted", () => {
    const weeks = groupByWeek([
      session("2026-11-02", 10),
      session("2026-11-25", 20),
      session("2026-11-24", 30),
    ]);
    expect(weeks.map((w) => w.weekStart)).toEqual(["2026-11-23", "2026-11-02"]);
    expect(weeks[0]?.entries.map((e) => e.date)).toEqual(["2026-11-25", "2026-11-24"]);
  });

  it("gives nothing for no sessions", () => {
    expect(groupByWeek([])).toEqual([]);
  });
});

describe("summarize", () => {
  it("adds minutes per category in the categories' order, uncategorized last, and the load", () => {
    const summary = summarize([
      session("2026-11-25", 30, "strength", 7),
      session("2026-11-24", 40, null),
      session("2026-11-24", 50, "cardio", 5),
      session("2026-11-23", 20, "strength"),
    ]);
    expect(summary).toEqual({
      minutes: 140,
      sessions: 4,
      load: 30 * 7 + 50 * 5,
      byCategory: [
        { category: "cardio", minutes: 50 },
        { category: "strength", minutes: 50 },
        { category: "uncategorized", minutes: 40 },
      ],
    });
  });

  it("is empty for a week without sessions", () => {
    expect(summarize([])).toEqual({ minutes: 0, sessions: 0, load: 0, byCategory: [] });
  });
});
