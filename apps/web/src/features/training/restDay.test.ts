import type { RestDayEntry } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { presetFor, restChoice, splitRestDays, toggleDimension } from "./restDay";

describe("presetFor", () => {
  it("names the preset whose dimensions these are, in any order", () => {
    expect(presetFor(["strength"])).toBe("strength_rest");
    expect(presetFor(["cardio"])).toBe("cardio_rest");
    expect(presetFor(["relaxation", "cardio", "strength"])).toBe("full_rest");
  });

  it("is custom for any other choice", () => {
    expect(presetFor(["strength", "cardio"])).toBe("custom");
    expect(presetFor(["relaxation"])).toBe("custom");
    expect(presetFor([])).toBe("custom");
  });
});

describe("toggleDimension", () => {
  it("adds and removes one dimension, keeping the fixed order", () => {
    expect(toggleDimension(["relaxation"], "strength")).toEqual(["strength", "relaxation"]);
    expect(toggleDimension(["strength", "cardio"], "strength")).toEqual(["cardio"]);
  });
});

describe("restChoice", () => {
  it("gives the preset and the ordered dimensions the API expects", () => {
    expect(restChoice(["cardio", "strength"])).toEqual({
      preset: "custom",
      dimensions: ["strength", "cardio"],
    });
    expect(restChoice(["strength"])).toEqual({ preset: "strength_rest", dimensions: ["strength"] });
  });
});

function rest(date: string): RestDayEntry {
  return {
    id: `id-${date}`,
    date,
    preset: "full_rest",
    dimensions: ["strength", "cardio", "relaxation"],
    note: null,
    conflicts: [],
    createdAt: "2026-11-01T00:00:00.000Z",
    updatedAt: "2026-11-01T00:00:00.000Z",
  };
}

describe("splitRestDays", () => {
  it("puts today and later first (soonest first), then the past (latest first)", () => {
    const { upcoming, recent } = splitRestDays(
      [rest("2026-11-20"), rest("2026-12-01"), rest("2026-11-25"), rest("2026-11-24"), rest("2026-11-10")],
      "2026-11-25",
    );
    expect(upcoming.map((d) => d.date)).toEqual(["2026-11-25", "2026-12-01"]);
    expect(recent.map((d) => d.date)).toEqual(["2026-11-24", "2026-11-20", "2026-11-10"]);
  });
});
