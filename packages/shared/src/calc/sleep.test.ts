import { describe, expect, it } from "vitest";
import { durationMinutes, sleepInconsistency, sleepPeriodStats } from "./sleep.js";

const night = (bed: string, wake: string, extra: object = {}) => ({
  bedtime: new Date(bed),
  wakeTime: new Date(wake),
  ...extra,
});

describe("sleepInconsistency", () => {
  it("accepts a night across midnight with phases that fit", () => {
    const n = night("2025-05-20T23:10:00+02:00", "2025-05-21T06:40:00+02:00", {
      deepMin: 90,
      remMin: 100,
      lightMin: 230,
      awakeMin: 30,
      segments: [
        { phase: "light", start: "2025-05-20T23:10:00+02:00", end: "2025-05-21T00:00:00+02:00" },
        { phase: "deep", start: "2025-05-21T00:00:00+02:00", end: "2025-05-21T01:30:00+02:00" },
      ],
    });
    expect(sleepInconsistency(n)).toBeNull();
    expect(durationMinutes(n.bedtime, n.wakeTime)).toBe(450);
  });

  it("names what does not add up", () => {
    expect(sleepInconsistency(night("2025-05-21T07:00:00Z", "2025-05-21T06:00:00Z"))).toEqual([
      "wakeTime",
      "must be after bedtime",
    ]);
    expect(
      sleepInconsistency(
        night("2025-05-20T23:00:00Z", "2025-05-21T01:00:00Z", { deepMin: 100, lightMin: 30 }),
      ),
    ).toEqual(["deepMin", "phase minutes (130) exceed the time in bed (120 min)"]);
    expect(
      sleepInconsistency(
        night("2025-05-20T23:00:00Z", "2025-05-21T06:00:00Z", {
          segments: [{ phase: "rem", start: "2025-05-21T05:30:00Z", end: "2025-05-21T06:30:00Z" }],
        }),
      ),
    ).toEqual(["segments.0", "lies outside the night (bedtime to wake time)"]);
    expect(
      sleepInconsistency(
        night("2025-05-20T23:00:00Z", "2025-05-21T06:00:00Z", {
          segments: [{ phase: "rem", start: "2025-05-21T03:00:00Z", end: "2025-05-21T02:00:00Z" }],
        }),
      ),
    ).toEqual(["segments.0.end", "must be after its start"]);
  });
});

describe("sleepPeriodStats", () => {
  it("averages duration and quality, shares phases and measures bedtime regularity around midnight", () => {
    const s = sleepPeriodStats(7, [
      {
        durationMin: 420,
        quality: 4,
        deepMin: 60,
        remMin: 90,
        lightMin: 240,
        awakeMin: 30,
        bedtimeMinuteOfDay: 23 * 60 + 30,
      },
      {
        durationMin: 480,
        quality: null,
        deepMin: 80,
        remMin: 110,
        lightMin: 270,
        awakeMin: 20,
        bedtimeMinuteOfDay: 30,
      },
    ]);
    expect(s).toEqual({
      days: 7,
      nights: 2,
      avgDurationMin: 450,
      avgQuality: 4,
      // 140 deep, 200 REM, 510 light, 50 awake of 900
      phaseShares: { deep: 0.1556, rem: 0.2222, light: 0.5667, awake: 0.0556 },
      avgBedtime: "00:00",
      // −30 and +30 minutes around midnight: sample SD = 42.4
      bedtimeSdMin: 42.4,
    });
  });

  it("has nothing to say about no nights", () => {
    expect(sleepPeriodStats(28, [])).toMatchObject({ nights: 0, avgDurationMin: null, phaseShares: null });
  });
});
