import { dayNumber, type Evaluation } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  abilityRows,
  acwrZone,
  hasLoad,
  loadPoints,
  ratioAxis,
  sortCategoryRows,
  sortTypeRows,
  weekRows,
} from "./evaluationData";

describe("acwrZone", () => {
  it("puts a ratio into Gabbett's zones, the sweet spot's ends included", () => {
    expect(acwrZone(0.5)).toBe("low");
    expect(acwrZone(0.79)).toBe("low");
    expect(acwrZone(0.8)).toBe("sweet");
    expect(acwrZone(1)).toBe("sweet");
    expect(acwrZone(1.3)).toBe("sweet");
    expect(acwrZone(1.31)).toBe("caution");
    expect(acwrZone(1.5)).toBe("caution");
    expect(acwrZone(1.51)).toBe("high");
    expect(acwrZone(3)).toBe("high");
  });

  it("has no zone without a ratio", () => {
    expect(acwrZone(null)).toBeNull();
    expect(acwrZone(Number.NaN)).toBeNull();
  });
});

describe("weekRows", () => {
  const weeks: Evaluation["weeks"] = [
    { weekStart: "2026-11-16", minutes: { strength: 60, uncategorized: 20 }, load: 300 },
    { weekStart: "2026-11-09", minutes: { cardio: 45, strength: 30 }, load: 0 },
    { weekStart: "2026-11-23", minutes: {}, load: 0 },
  ];

  it("gives every week every category, oldest first, with its total", () => {
    const { rows } = weekRows(weeks);
    expect(rows.map((row) => row.weekStart)).toEqual(["2026-11-09", "2026-11-16", "2026-11-23"]);
    expect(rows[0]).toMatchObject({ cardio: 45, strength: 30, mobility: 0, uncategorized: 0, total: 75 });
    expect(rows[1]).toMatchObject({ cardio: 0, strength: 60, uncategorized: 20, total: 80 });
    expect(rows[2]?.total).toBe(0);
  });

  it("names only the categories with minutes, in the categories' order, the uncategorized last", () => {
    expect(weekRows(weeks).present).toEqual(["cardio", "strength", "uncategorized"]);
    expect(weekRows([]).present).toEqual([]);
  });
});

describe("loadPoints and ratioAxis", () => {
  const trend: Evaluation["loadTrend"] = [
    { date: "2026-11-02", acute: 900, chronic: 500, acwr: 1.8 },
    { date: "2026-11-01", acute: 400, chronic: 500, acwr: 0.8 },
    { date: "2026-11-03", acute: 0, chronic: 0, acwr: null },
  ];

  it("sorts the days and adds their day numbers", () => {
    const points = loadPoints(trend);
    expect(points.map((p) => p.date)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    expect(points[0]?.day).toBe(dayNumber("2026-11-01"));
    expect(points[2]?.acwr).toBeNull();
  });

  it("runs the ratio axis from 0 to at least 2 in half steps, higher when a ratio is", () => {
    expect(ratioAxis(loadPoints(trend))).toEqual({ domain: [0, 2], ticks: [0, 0.5, 1, 1.5, 2] });
    const spike = loadPoints([{ date: "2026-11-01", acute: 900, chronic: 300, acwr: 3 }]);
    expect(ratioAxis(spike).domain).toEqual([0, 3]);
    const huge = loadPoints([{ date: "2026-11-01", acute: 900, chronic: 100, acwr: 9 }]);
    expect(ratioAxis(huge).ticks).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("knows a period without any load", () => {
    expect(hasLoad(loadPoints(trend))).toBe(true);
    expect(hasLoad(loadPoints([{ date: "2026-11-01", acute: 0, chronic: 0, acwr: null }]))).toBe(false);
  });
});

describe("abilityRows", () => {
  it("lists the five abilities in order with share and minutes", () => {
    const rows = abilityRows({
      minutes: { endurance: 300, strength: 100, mobility: 0, coordination: 50, mind: 50 },
      share: { endurance: 0.6, strength: 0.2, mobility: 0, coordination: 0.1, mind: 0.1 },
    });
    expect(rows.map((row) => row.ability)).toEqual([
      "endurance",
      "strength",
      "mobility",
      "coordination",
      "mind",
    ]);
    expect(rows[0]).toEqual({ ability: "endurance", share: 0.6, minutes: 300 });
  });
});

describe("table order", () => {
  const volume = { avgDurationMin: 30, avgHr: null, kcal: 0, distanceKm: 0, load: 0 };
  const ref = (key: string, category: "cardio" | "strength") => ({
    id: `00000000-0000-4000-8000-00000000000${key.length}`,
    key,
    nameDe: key,
    nameEn: key,
    icon: "activity" as const,
    category,
  });

  it("sorts types by minutes, then sessions, the uncategorized after a type with as many", () => {
    const rows = sortTypeRows([
      { trainingType: null, sessions: 2, minutes: 60, ...volume },
      { trainingType: ref("running", "cardio"), sessions: 1, minutes: 30, ...volume },
      { trainingType: ref("boxing", "strength"), sessions: 2, minutes: 60, ...volume },
      { trainingType: ref("cycling", "cardio"), sessions: 3, minutes: 90, ...volume },
    ]);
    expect(rows.map((row) => row.trainingType?.key ?? null)).toEqual(["cycling", "boxing", null, "running"]);
  });

  it("keeps the categories' fixed order with the uncategorized last", () => {
    const rows = sortCategoryRows([
      { category: null, sessions: 1, minutes: 10, ...volume },
      { category: "everyday", sessions: 1, minutes: 10, ...volume },
      { category: "cardio", sessions: 1, minutes: 10, ...volume },
    ]);
    expect(rows.map((row) => row.category)).toEqual(["cardio", "everyday", null]);
  });
});
