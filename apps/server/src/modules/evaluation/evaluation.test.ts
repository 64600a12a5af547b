import type { Evaluation } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestApp, type TestProfile } from "../../test/helpers.js";
import { evaluate, threeWeeks } from "./evaluation.fixtures.js";

let t: TestApp;
let anna: TestProfile;
let ben: TestProfile;
let runningId: string | undefined;

beforeAll(async () => {
  t = await buildTestApp();
  ({ anna, ben } = await threeWeeks(t));
  const running = await t.db.query.trainingTypes.findFirst({
    where: (type, { eq }) => eq(type.key, "running"),
  });
  runningId = running?.id;
});

describe("GET /api/evaluation over three weeks", () => {
  let e: Evaluation;
  beforeAll(async () => {
    e = await evaluate(t, anna, "?from=2025-03-03&to=2025-03-23");
  });

  it("sums the volume per training type, the sessions without a type in one row", () => {
    expect(e.from).toBe("2025-03-03");
    expect(e.to).toBe("2025-03-23");
    // Most minutes first.
    expect(e.byType.map((r) => r.trainingType?.key ?? null)).toEqual([
      "running",
      "weight_training",
      null,
      "yoga",
    ]);
    const [run, weights, none, yoga] = e.byType;
    // avg HR of the runs that have one: (150 + 145) / 2; distance 5 + 8.5 + 10.25; load 150 + 270 + 480
    expect(run).toMatchObject({
      trainingType: {
        id: runningId,
        key: "running",
        nameEn: "Running",
        nameDe: "Laufen",
        category: "cardio",
      },
      sessions: 3,
      minutes: 135,
      avgDurationMin: 45,
      avgHr: 147.5,
      kcal: 1350,
      distanceKm: 23.75,
      load: 900,
    });
    expect(weights).toMatchObject({
      sessions: 2,
      minutes: 110,
      avgDurationMin: 55,
      avgHr: 115,
      kcal: 450,
      distanceKm: 0,
      load: 820,
    });
    expect(none).toEqual({
      trainingType: null,
      sessions: 1,
      minutes: 90,
      avgDurationMin: 90,
      avgHr: 100,
      kcal: 350,
      distanceKm: 0,
      load: 270,
    });
    // No RPE, no HR, no kcal: load 0 and no average heart rate.
    expect(yoga).toMatchObject({ sessions: 1, minutes: 40, avgHr: null, kcal: 0, load: 0 });
  });

  it("sums the volume per category, uncategorized as null, and in all", () => {
    const byCategory = Object.fromEntries(e.byCategory.map(({ category, ...v }) => [String(category), v]));
    expect(Object.keys(byCategory)).toEqual(["cardio", "strength", "null", "mobility"]);
    expect(byCategory.cardio).toMatchObject({ sessions: 3, minutes: 135, load: 900, avgHr: 147.5 });
    expect(byCategory.strength).toMatchObject({ sessions: 2, minutes: 110, load: 820 });
    expect(byCategory.mobility).toMatchObject({ sessions: 1, minutes: 40, load: 0, avgHr: null });
    expect(byCategory.null).toMatchObject({ sessions: 1, minutes: 90, load: 270 });
    // 30+60+45+40+60+50+90 = 375 min in 7 sessions (53.57); HR (150+110+145+120+100) / 5
    expect(e.totals).toEqual({
      sessions: 7,
      minutes: 375,
      avgDurationMin: 53.6,
      avgHr: 125,
      kcal: 2150,
      distanceKm: 23.75,
      load: 1990,
    });
  });

  it("buckets minutes per category and load by Monday-based week", () => {
    expect(e.weeks).toEqual([
      // 150 + 420 + 270
      { weekStart: "2025-03-03", minutes: { cardio: 75, strength: 60, mobility: 40 }, load: 840 },
      { weekStart: "2025-03-10", minutes: { cardio: 60, strength: 50 }, load: 880 },
      { weekStart: "2025-03-17", minutes: { uncategorized: 90 }, load: 270 },
    ]);
  });

  it("traces acute and chronic load for every day, the days before the period included", () => {
    expect(e.loadTrend).toHaveLength(21);
    const day = (date: string) => e.loadTrend.find((p) => p.date === date);
    // 03-03: acute 150; 28 days 02-04…03-03 = 300 + 150 = 450 → chronic 112.5; 150 / 112.5
    expect(day("2025-03-03")).toEqual({ date: "2025-03-03", acute: 150, chronic: 112.5, acwr: 1.33 });
    // 03-09: acute 150 + 420 + 270 = 840; 28 days 300 + 840 = 1140 → 285; 840 / 285 = 2.947
    expect(day("2025-03-09")).toEqual({ date: "2025-03-09", acute: 840, chronic: 285, acwr: 2.95 });
    // 03-19: the last day whose 28 days (02-20…03-19) reach the run of 02-20:
    // acute 400 + 270 = 670; 28 days 300 + 1990 = 2290 → 572.5; 670 / 572.5 = 1.170
    expect(day("2025-03-19")).toEqual({ date: "2025-03-19", acute: 670, chronic: 572.5, acwr: 1.17 });
    // 03-20: 02-20 dropped out: 1990 → 497.5; 670 / 497.5 = 1.347
    expect(day("2025-03-20")).toEqual({ date: "2025-03-20", acute: 670, chronic: 497.5, acwr: 1.35 });
  });

  it("answers the ratio at the period's end", () => {
    // 03-23: acute 03-17…03-23 = 270; chronic 1990 / 4 = 497.5; 270 / 497.5 = 0.543
    expect(e.acwr).toEqual({ acute: 270, chronic: 497.5, ratio: 0.54 });
    expect(e.loadTrend.at(-1)).toEqual({ date: "2025-03-23", acute: 270, chronic: 497.5, acwr: 0.54 });
  });

  it("weights the minutes by each type's ability profile, sessions without a type left out", () => {
    // running 135 × (3,1,0,1,1), weight training 110 × (0,3,0,1,0), yoga 40 × (0,1,3,2,2)
    expect(e.abilityBalance.minutes).toEqual({
      endurance: 405,
      strength: 505, // 135 + 330 + 40
      mobility: 120,
      coordination: 325, // 135 + 110 + 80
      mind: 215, // 135 + 80
    });
    // of 1570 in all
    expect(e.abilityBalance.share).toEqual({
      endurance: 0.258,
      strength: 0.322,
      mobility: 0.076,
      coordination: 0.207,
      mind: 0.137,
    });
  });
});

describe("GET /api/evaluation: whose sessions", () => {
  it("never counts another profile's sessions", async () => {
    const e = await evaluate(t, ben, "?from=2025-03-03&to=2025-03-23");
    expect(e.totals).toEqual({
      sessions: 1,
      minutes: 100,
      avgDurationMin: 100,
      avgHr: 170,
      kcal: 1000,
      distanceKm: 20,
      load: 1000,
    });
    expect(e.byType.map((r) => r.trainingType?.key)).toEqual(["running"]);
    // Ben's 1000 lies in Anna's 03-10…03-16 window; hers stays at 480 + 400.
    const hers = await evaluate(t, anna, "?from=2025-03-16&to=2025-03-16");
    expect(hers.acwr.acute).toBe(880);
  });

  it("needs a login", async () => {
    const res = await t.app.inject({ url: "/api/evaluation?from=2025-03-03&to=2025-03-23" });
    expect(res.statusCode).toBe(401);
  });
});
