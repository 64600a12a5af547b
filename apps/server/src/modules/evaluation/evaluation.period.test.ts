import { addDays, todayIn } from "@mitai/shared";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp, type TestProfile } from "../../test/helpers.js";
import { evaluate, threeWeeks } from "./evaluation.fixtures.js";

let t: TestApp;
let anna: TestProfile;

beforeAll(async () => {
  t = await buildTestApp();
  ({ anna } = await threeWeeks(t));
});

describe("GET /api/evaluation: periods", () => {
  it("counts only sessions in the period, in every week it touches", async () => {
    // Wednesday to Tuesday: the run of 03-06 and the yoga of 03-09 only.
    const e = await evaluate(t, anna, "?from=2025-03-05&to=2025-03-11");
    expect(e.totals).toMatchObject({ sessions: 2, minutes: 85, load: 270 });
    expect(e.weeks).toEqual([
      { weekStart: "2025-03-03", minutes: { cardio: 45, mobility: 40 }, load: 270 },
      { weekStart: "2025-03-10", minutes: {}, load: 0 },
    ]);
    // 03-05: acute 02-27…03-05 = 150 + 420 = 570; 28 days 300 + 570 = 870 → 217.5; 570 / 217.5 = 2.62
    expect(e.loadTrend[0]).toEqual({ date: "2025-03-05", acute: 570, chronic: 217.5, acwr: 2.62 });
    expect(e.loadTrend).toHaveLength(7);
  });

  it("answers zeros and no ratio for a period without training", async () => {
    const e = await evaluate(t, anna, "?from=2024-01-01&to=2024-01-03");
    const zero = { endurance: 0, strength: 0, mobility: 0, coordination: 0, mind: 0 };
    expect(e).toEqual({
      from: "2024-01-01",
      to: "2024-01-03",
      totals: { sessions: 0, minutes: 0, avgDurationMin: 0, avgHr: null, kcal: 0, distanceKm: 0, load: 0 },
      byType: [],
      byCategory: [],
      weeks: [{ weekStart: "2024-01-01", minutes: {}, load: 0 }],
      loadTrend: ["2024-01-01", "2024-01-02", "2024-01-03"].map((date) => ({
        date,
        acute: 0,
        chronic: 0,
        acwr: null,
      })),
      acwr: { acute: 0, chronic: 0, ratio: null },
      abilityBalance: { minutes: zero, share: zero },
    });
  });

  it("evaluates a single day", async () => {
    const e = await evaluate(t, anna, "?from=2025-03-04&to=2025-03-04");
    expect(e.byType).toHaveLength(1);
    expect(e.totals).toMatchObject({ sessions: 1, minutes: 60, load: 420 });
    expect(e.loadTrend).toHaveLength(1);
  });

  it("defaults to the 28 days up to today in the profile's time zone", async () => {
    // UTC+14: for most of the UTC day it is already tomorrow there.
    const early = await newProfile(t, { timeZone: "Pacific/Kiritimati" });
    const before = todayIn("Pacific/Kiritimati");
    const e = await evaluate(t, early, "");
    const after = todayIn("Pacific/Kiritimati");
    expect([before, after]).toContain(e.to);
    expect(e.from).toBe(addDays(e.to, -27));
    expect(e.loadTrend).toHaveLength(28);
  });

  it("fills in the end or the start of a half-given period", async () => {
    const onlyTo = await evaluate(t, anna, "?to=2025-03-23");
    expect(onlyTo.from).toBe("2025-02-24");
    expect(onlyTo.totals.sessions).toBe(7);
    const before = todayIn("Europe/Berlin");
    const onlyFrom = await evaluate(t, anna, "?from=2025-03-01");
    expect([before, todayIn("Europe/Berlin")]).toContain(onlyFrom.to);
    // Every session since 03-01: the seven of the period and the run of 03-24.
    expect(onlyFrom.totals.sessions).toBe(8);
  });

  it("accepts ten years", async () => {
    const e = await evaluate(t, anna, "?from=2016-01-01&to=2025-12-31");
    expect(e.totals.sessions).toBe(9);
    expect(e.loadTrend).toHaveLength(3653);
  });
});

describe("GET /api/evaluation: bad queries", () => {
  it.each([
    ["a start after the end", "?from=2025-03-10&to=2025-03-09", "from"],
    ["more than ten years", "?from=2015-01-01&to=2025-12-31", "from"],
    ["an impossible date", "?from=2025-02-30&to=2025-03-09", "from"],
    ["a date without dashes", "?to=20250309", "to"],
    ["an unknown parameter", "?from=2025-03-01&type=running", ""],
  ])("refuses %s with 422 {detail, code}", async (_name, query, path) => {
    const res = await t.app.inject({ url: `/api/evaluation${query}`, headers: anna.headers });
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe("validation_error");
    expect(typeof body.detail).toBe("string");
    if (path) expect(body.errors.map((e: { path: string }) => e.path)).toContain(path);
  });
});
