import { describe, expect, it } from "vitest";
import { addDays } from "../dates.js";
import { bmi, bmiCategory, computeWeightStats, linearFit, movingAverage } from "./weight-stats.js";

describe("movingAverage", () => {
  it("averages the entries of the trailing calendar window", () => {
    const entries = [
      { date: "2025-01-01", weight: 80 },
      { date: "2025-01-02", weight: 82 },
      { date: "2025-01-03", weight: 81 },
    ];
    expect(movingAverage(entries, 2)).toEqual([
      { date: "2025-01-01", weight: 80 },
      { date: "2025-01-02", weight: 81 },
      { date: "2025-01-03", weight: 81.5 },
    ]);
  });

  it("lets a gap in logging shrink the window instead of reaching back weeks", () => {
    const entries = [
      { date: "2025-01-20", weight: 70 },
      { date: "2025-01-01", weight: 90 },
    ];
    expect(movingAverage(entries, 7)).toEqual([
      { date: "2025-01-01", weight: 90 },
      { date: "2025-01-20", weight: 70 },
    ]);
  });

  it("covers seven days including the day itself", () => {
    const entries = Array.from({ length: 10 }, (_, i) => ({ date: addDays("2025-03-01", i), weight: i }));
    const last = movingAverage(entries, 7).at(-1);
    // days 3..9 → mean 6
    expect(last).toEqual({ date: "2025-03-10", weight: 6 });
  });

  it("returns nothing for nothing", () => {
    expect(movingAverage([])).toEqual([]);
  });
});

describe("linearFit", () => {
  it("finds slope and intercept of an exact line", () => {
    const fit = linearFit([0, 1, 2, 3].map((x) => ({ x, y: 2 * x + 1 })));
    expect(fit?.slope).toBeCloseTo(2, 12);
    expect(fit?.intercept).toBeCloseTo(1, 12);
  });

  it("matches a hand-computed least-squares fit", () => {
    // x̄ = 2, ȳ = 4; Sxy = (-2)(-2)+(-1)(1)+0+1(-1)+2(2) = 6; Sxx = 10 → slope 0.6, intercept 2.8
    const fit = linearFit([
      { x: 0, y: 2 },
      { x: 1, y: 5 },
      { x: 2, y: 4 },
      { x: 3, y: 3 },
      { x: 4, y: 6 },
    ]);
    expect(fit?.slope).toBeCloseTo(0.6, 12);
    expect(fit?.intercept).toBeCloseTo(2.8, 12);
  });

  it("has no answer for fewer than two distinct x", () => {
    expect(linearFit([{ x: 1, y: 1 }])).toBeNull();
    expect(
      linearFit([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });
});

describe("bmi", () => {
  it("is kg / m²", () => {
    expect(bmi(70, 175)).toBeCloseTo(22.857, 3);
    expect(bmi(100, 200)).toBe(25);
  });

  it.each([
    [18.49, "underweight"],
    [18.5, "normal"],
    [24.99, "normal"],
    [25, "overweight"],
    [29.99, "overweight"],
    [30, "obese"],
  ] as const)("classifies %f as %s (WHO)", (value, category) => {
    expect(bmiCategory(value)).toBe(category);
  });
});

describe("computeWeightStats", () => {
  const daily = (n: number, start: number, perDay: number) =>
    Array.from({ length: n }, (_, i) => ({ date: addDays("2025-01-01", i), weight: start + perDay * i }));

  it("measures changes against the weight N days before the latest", () => {
    const s = computeWeightStats({ entries: daily(100, 100, -0.1), heightCm: null, goalWeightKg: null });
    expect(s.latest?.weight).toBeCloseTo(90.1, 10);
    expect(s.change.days7).toBeCloseTo(-0.7, 10);
    expect(s.change.days30).toBeCloseTo(-3, 10);
    expect(s.change.days90).toBeCloseTo(-9, 10);
  });

  it("has no 7-day change when the nearest earlier weight is weeks older", () => {
    const s = computeWeightStats({
      entries: [
        { date: "2025-01-01", weight: 80 },
        { date: "2025-02-01", weight: 78 },
      ],
      heightCm: null,
      goalWeightKg: null,
    });
    expect(s.change.days7).toBeNull();
    expect(s.change.days30).toBe(-2);
  });

  it("fits the weekly trend over the last 30 days only", () => {
    // Gaining 1 kg/day for 60 days, then losing 0.2 kg/day for 30 days.
    const entries = [
      ...daily(60, 70, 1),
      ...daily(30, 130, -0.2).map((e) => ({ ...e, date: addDays(e.date, 60) })),
    ];
    const s = computeWeightStats({ entries, heightCm: null, goalWeightKg: null });
    expect(s.trend.kgPerWeek).toBeCloseTo(-1.4, 6);
    expect(s.trend.points).toBe(30);
  });

  it("reports BMI, its class and the distance to the goal", () => {
    const s = computeWeightStats({
      entries: [{ date: "2025-05-05", weight: 81 }],
      heightCm: 180,
      goalWeightKg: 75,
    });
    expect(s.bmi).toBe(25);
    expect(s.bmiCategory).toBe("overweight");
    expect(s.goal).toEqual({ goalWeightKg: 75, remainingKg: 6, reached: false });
    expect(s.trend.kgPerWeek).toBeNull();
    expect(s.movingAverage7).toBe(81);
  });
});
