import { describe, expect, it } from "vitest";
import {
  type AbilityProfile,
  type RestDimension,
  restPresetDimensions,
  type TrainingCategory,
  trainingCategories,
} from "../training.js";
import { abilityBalance, acuteChronicRatio, restDayConflict, sessionLoad } from "./training.js";

describe("sessionLoad (Foster)", () => {
  it("is duration × session RPE", () => {
    expect(sessionLoad(60, 7)).toBe(420);
    expect(sessionLoad(45, 1)).toBe(45);
    expect(sessionLoad(90.5, 10)).toBe(905);
  });

  it("is null without an RPE", () => {
    expect(sessionLoad(60, null)).toBeNull();
    expect(sessionLoad(60, undefined)).toBeNull();
  });
});

describe("acuteChronicRatio", () => {
  it("sets the 7-day load against the weekly average of 28 days", () => {
    // chronic = 3200 / 4 = 800; ratio = 1200 / 800 = 1.5
    expect(acuteChronicRatio(1200, 3200)).toEqual({ acute: 1200, chronic: 800, ratio: 1.5 });
  });

  it("is 1 when the last week was an average week", () => {
    // Four equal weeks of 500: 28-day load 2000, chronic 2000 / 4 = 500, ratio 500 / 500 = 1
    expect(acuteChronicRatio(500, 2000)).toEqual({ acute: 500, chronic: 500, ratio: 1 });
  });

  it("falls below 1 in a light week after heavy ones", () => {
    // 28-day load 3000 (three weeks of 900, one of 300): chronic 750, ratio 300 / 750 = 0.4
    expect(acuteChronicRatio(300, 3000)).toEqual({ acute: 300, chronic: 750, ratio: 0.4 });
  });

  it("is 4 at most when all the load fell in the last week", () => {
    // acute 420 = 28-day load 420: chronic 105, ratio 420 / 105 = 4
    expect(acuteChronicRatio(420, 420).ratio).toBe(4);
  });

  it("has no ratio without chronic load", () => {
    expect(acuteChronicRatio(0, 0)).toEqual({ acute: 0, chronic: 0, ratio: null });
  });

  it("is 0 with chronic load but a resting last week", () => {
    // 28-day load 1600 → chronic 400; nothing in the last 7 days → ratio 0 / 400 = 0
    expect(acuteChronicRatio(0, 1600)).toEqual({ acute: 0, chronic: 400, ratio: 0 });
  });
});

const running: AbilityProfile = { endurance: 3, strength: 1, mobility: 0, coordination: 1, mind: 1 };
const weights: AbilityProfile = { endurance: 0, strength: 3, mobility: 0, coordination: 1, mind: 0 };
const yoga: AbilityProfile = { endurance: 0, strength: 1, mobility: 3, coordination: 2, mind: 2 };

describe("abilityBalance", () => {
  it("weights each session's minutes by its type's ability profile", () => {
    const result = abilityBalance([
      { minutes: 100, abilities: running },
      { minutes: 60, abilities: weights },
      { minutes: 40, abilities: yoga },
      // Without a type a session trains no known ability.
      { minutes: 500, abilities: null },
    ]);
    // endurance    100·3                = 300
    // strength     100·1 + 60·3 + 40·1  = 320
    // mobility                   40·3   = 120
    // coordination 100·1 + 60·1 + 40·2  = 240
    // mind         100·1        + 40·2  = 180
    expect(result.minutes).toEqual({
      endurance: 300,
      strength: 320,
      mobility: 120,
      coordination: 240,
      mind: 180,
    });
    // total 1160
    expect(result.share.endurance).toBeCloseTo(300 / 1160, 12);
    expect(result.share.strength).toBeCloseTo(320 / 1160, 12);
    expect(result.share.mobility).toBeCloseTo(120 / 1160, 12);
    expect(result.share.coordination).toBeCloseTo(240 / 1160, 12);
    expect(result.share.mind).toBeCloseTo(180 / 1160, 12);
    const sum = Object.values(result.share).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 12);
  });

  it("adds up sessions of the same type", () => {
    const one = abilityBalance([{ minutes: 90, abilities: weights }]);
    const split = abilityBalance([
      { minutes: 30, abilities: weights },
      { minutes: 60, abilities: weights },
    ]);
    expect(split).toEqual(one);
    // strength 90·3 = 270, coordination 90·1 = 90: shares 0.75 and 0.25
    expect(one.share).toEqual({ endurance: 0, strength: 0.75, mobility: 0, coordination: 0.25, mind: 0 });
  });

  it("answers zeros, not NaN, when nothing was trained", () => {
    const zero = { endurance: 0, strength: 0, mobility: 0, coordination: 0, mind: 0 };
    expect(abilityBalance([])).toEqual({ minutes: zero, share: zero });
    expect(abilityBalance([{ minutes: 45, abilities: null }])).toEqual({ minutes: zero, share: zero });
    expect(abilityBalance([{ minutes: 45, abilities: { ...zero } }])).toEqual({ minutes: zero, share: zero });
  });
});

describe("restDayConflict", () => {
  const categories: readonly (TrainingCategory | null)[] = [...trainingCategories, null];
  const conflicting = (dimensions: readonly RestDimension[]) =>
    categories.filter((c) => restDayConflict(c, dimensions));

  it("on a strength rest day: strength training only", () => {
    expect(conflicting(restPresetDimensions.strength_rest)).toEqual(["strength"]);
  });

  it("on a cardio rest day: cardio only", () => {
    expect(conflicting(restPresetDimensions.cardio_rest)).toEqual(["cardio"]);
  });

  it("resting only in relaxation excludes no training", () => {
    expect(conflicting(["relaxation"])).toEqual([]);
  });

  it("on a full rest day: everything but mobility and mind & body, sessions without a type included", () => {
    expect(conflicting(restPresetDimensions.full_rest)).toEqual([
      "cardio",
      "strength",
      "martial_arts",
      "sports",
      "everyday",
      null,
    ]);
  });

  it("a full rest is the three dimensions in any order", () => {
    expect(conflicting(["relaxation", "cardio", "strength"])).toEqual(
      conflicting(restPresetDimensions.full_rest),
    );
  });

  it("a custom strength + cardio rest excludes both, but is no full rest", () => {
    expect(conflicting(["strength", "cardio"])).toEqual(["cardio", "strength"]);
  });

  it("strength or cardio with relaxation excludes just that one", () => {
    expect(conflicting(["strength", "relaxation"])).toEqual(["strength"]);
    expect(conflicting(["cardio", "relaxation"])).toEqual(["cardio"]);
  });

  it("a session without a type breaks only a full rest", () => {
    expect(restDayConflict(null, ["strength"])).toBe(false);
    expect(restDayConflict(null, ["cardio"])).toBe(false);
    expect(restDayConflict(null, ["strength", "cardio"])).toBe(false);
    expect(restDayConflict(null, ["strength", "cardio", "relaxation"])).toBe(true);
  });

  it("no dimensions, no conflict", () => {
    expect(conflicting([])).toEqual([]);
  });
});
