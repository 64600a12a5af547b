import { describe, expect, it } from "vitest";
import { dayAxis, dayTicks, valueAxis, weightSeries } from "./chart";

describe("weightSeries", () => {
  it("sorts oldest first and adds the 7-day average", () => {
    const series = weightSeries([
      { date: "2025-01-03", weight: 81 },
      { date: "2025-01-01", weight: 83 },
      { date: "2025-01-02", weight: 82 },
      { date: "2025-01-20", weight: 80 },
    ]);
    expect(series.map((p) => p.date)).toEqual(["2025-01-01", "2025-01-02", "2025-01-03", "2025-01-20"]);
    expect(series[2]?.average).toBeCloseTo(82);
    // After a gap the window holds only the new entry.
    expect(series[3]?.average).toBe(80);
    expect(series[1]?.day).toBe((series[0]?.day ?? 0) + 1);
  });
});

describe("valueAxis", () => {
  it("puts round ticks around the data", () => {
    expect(valueAxis([82.4, 84.1], null)).toEqual({
      domain: [81, 85],
      ticks: [81, 82, 83, 84, 85],
      showGoal: false,
    });
    expect(valueAxis([80.2, 84.6], 76)).toEqual({
      domain: [75, 87],
      ticks: [75, 78, 81, 84, 87],
      showGoal: true,
    });
  });

  it("uses even steps and never more ticks than asked", () => {
    for (const [low, high] of [
      [80, 81],
      [75.3, 86.2],
      [60, 110],
      [82, 82],
    ] as const) {
      const axis = valueAxis([low, high], null);
      expect(axis.ticks.length).toBeLessThanOrEqual(6);
      expect(axis.domain[0]).toBeLessThan(low);
      expect(axis.domain[1]).toBeGreaterThan(high);
      const steps = axis.ticks.slice(1).map((tick, i) => tick - (axis.ticks[i] ?? 0));
      expect(new Set(steps.map((s) => s.toFixed(2))).size).toBe(1);
    }
  });

  it("includes a goal near the data and leaves out one far away", () => {
    expect(valueAxis([82, 84], 80).showGoal).toBe(true);
    expect(valueAxis([82, 84], 80).domain[0]).toBeLessThan(80);
    expect(valueAxis([100, 101], 60).showGoal).toBe(false);
  });

  it("copes with no data", () => {
    expect(valueAxis([], null).domain).toEqual([0, 1]);
    expect(valueAxis([], 70)).toMatchObject({ showGoal: true });
  });
});

describe("dayTicks", () => {
  it("spreads ticks and always ends on the last day", () => {
    expect(dayTicks(0, 90, 4)).toEqual([0, 30, 60, 90]);
    expect(dayTicks(5, 5, 4)).toEqual([5]);
    expect(dayTicks(0, 2, 5)).toEqual([0, 1, 2]);
  });
});

describe("dayAxis", () => {
  const point = (date: string) => ({ day: Date.parse(`${date}T00:00:00Z`) / 86_400_000, date });
  it("gives a single day some width and labels a short span by day", () => {
    const day = point("2025-05-21");
    const one = dayAxis([day]);
    expect(one.domain).toEqual([day.day - 3, day.day + 3]);
    expect(one.ticks).toEqual([day.day]);
    expect(one.labelStyle).toBe("axis");
    expect(one.dateOf(day.day)).toBe("2025-05-21");
  });
  it("labels more than about a year by month and knows the dates between the points", () => {
    const axis = dayAxis([point("2024-01-01"), point("2025-03-01")]);
    expect(axis.labelStyle).toBe("month");
    expect(axis.ticks).toHaveLength(4);
    expect(axis.dateOf(axis.domain[0] + 1)).toBe("2024-01-02");
  });
});
