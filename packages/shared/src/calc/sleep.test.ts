import { describe, expect, it } from "vitest";
import {
  durationMinutes,
  durationsOnlyInconsistency,
  sleepInconsistency,
  sleepPeriodStats,
} from "./sleep.js";

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

  it("counts a night without a bedtime in duration and phases but not in the bedtime figures", () => {
    const base = { quality: null, deepMin: 60, remMin: 60, lightMin: 240, awakeMin: 0 };
    const s = sleepPeriodStats(7, [
      { ...base, durationMin: 400, bedtimeMinuteOfDay: 23 * 60 },
      { ...base, durationMin: 500, bedtimeMinuteOfDay: null },
    ]);
    expect(s).toMatchObject({ nights: 2, avgDurationMin: 450, avgBedtime: "23:00", bedtimeSdMin: null });
    const none = sleepPeriodStats(7, [{ ...base, durationMin: 500, bedtimeMinuteOfDay: null }]);
    expect(none).toMatchObject({ nights: 1, avgBedtime: null, bedtimeSdMin: null });
  });
});

describe("durationsOnlyInconsistency", () => {
  it("accepts phases that fit the time in bed", () => {
    expect(
      durationsOnlyInconsistency({ durationMin: 480, deepMin: 60, remMin: 90, lightMin: 300, awakeMin: 30 }),
    ).toBeNull();
  });
  it("names phases that exceed the time in bed, a zero duration and segments without a clock", () => {
    expect(durationsOnlyInconsistency({ durationMin: 400, deepMin: 200, lightMin: 201 })).toEqual([
      "deepMin",
      "phase minutes (401) exceed the time in bed (400 min)",
    ]);
    expect(durationsOnlyInconsistency({ durationMin: 0 })?.[0]).toBe("durationMin");
    expect(durationsOnlyInconsistency({ durationMin: 1441 })?.[0]).toBe("durationMin");
    expect(
      durationsOnlyInconsistency({
        durationMin: 400,
        segments: [{ phase: "deep", start: "2025-01-01T00:00:00Z", end: "2025-01-01T01:00:00Z" }],
      })?.[0],
    ).toBe("segments");
  });
});
