import type { CaliperEntry, CircumferenceEntry } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { latestBodyFat, latestWaist } from "./bodyTile";

const stamp = "2025-06-01T06:00:00Z";

function caliper(date: string, bodyFatPct: number): CaliperEntry {
  return {
    id: "0b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
    date,
    method: "jp3",
    sites: { chest: 10, abdomen: 20, thigh: 15 },
    density: 1.06,
    bodyFatPct,
    fatMassKg: null,
    leanMassKg: null,
    weightKg: null,
    weightDate: null,
    massNote: "No weight",
    category: { key: "healthy", label: "8–20 %" },
    note: null,
    source: "manual",
    createdAt: stamp,
    updatedAt: stamp,
  };
}

function girths(date: string, waist: number | null, navy: number | null): CircumferenceEntry {
  return {
    id: "1b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
    date,
    neck: 38,
    chest: null,
    waist,
    belly: null,
    hip: null,
    thigh: null,
    calf: null,
    arm: null,
    note: null,
    source: "manual",
    derived: {
      waistHipRatio: null,
      waistHeightRatio: waist === null ? null : waist / 180,
      waistHeightRisk: waist === null ? null : "low",
      navyBodyFatPct: navy,
      missing: ["hip"],
    },
    createdAt: stamp,
    updatedAt: stamp,
  };
}

describe("latestBodyFat", () => {
  it("takes the newer of caliper and Navy estimate", () => {
    expect(latestBodyFat([caliper("2025-06-01", 15)], [girths("2025-06-05", 80, 17)])).toEqual({
      source: "navy",
      date: "2025-06-05",
      pct: 17,
    });
    expect(latestBodyFat([caliper("2025-06-06", 15)], [girths("2025-06-05", 80, 17)])).toMatchObject({
      source: "caliper",
      method: "jp3",
      pct: 15,
    });
  });

  it("prefers the caliper on the same day and skips girths without an estimate", () => {
    expect(latestBodyFat([caliper("2025-06-05", 15)], [girths("2025-06-05", 80, 17)])?.source).toBe(
      "caliper",
    );
    expect(latestBodyFat([], [girths("2025-06-07", 80, null), girths("2025-06-02", 81, 18)])).toEqual({
      source: "navy",
      date: "2025-06-02",
      pct: 18,
    });
  });

  it("is null with nothing to show", () => {
    expect(latestBodyFat([], [girths("2025-06-07", 80, null)])).toBeNull();
  });
});

describe("latestWaist", () => {
  it("finds the newest entry that has a waist", () => {
    const waist = latestWaist([girths("2025-06-07", null, null), girths("2025-06-03", 90, null)]);
    expect(waist).toEqual({ date: "2025-06-03", cm: 90, waistHeightRatio: 0.5, risk: "low" });
    expect(latestWaist([girths("2025-06-07", null, null)])).toBeNull();
  });
});
