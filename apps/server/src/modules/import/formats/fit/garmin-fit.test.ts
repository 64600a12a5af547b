import { describe, expect, it } from "vitest";
import { activityRecord, localDayAndClock } from "../activity-record.js";
import { isFit, sessionName } from "./garmin-fit.js";

describe("sessionName", () => {
  it("spells sport and sub-sport as the seeded Garmin mappings do", () => {
    expect(sessionName("running", "generic")).toEqual({ name: "Running", fallback: "Running" });
    expect(sessionName("running", null)).toEqual({ name: "Running", fallback: "Running" });
    expect(sessionName("training", "strengthTraining")).toEqual({
      name: "Training / Strength Training",
      fallback: "Training",
    });
    expect(sessionName("fitnessEquipment", "indoor_cycling").name).toBe("Fitness Equipment / Indoor Cycling");
    expect(sessionName("training", "hiit").name).toBe("Training / Hiit");
    expect(sessionName(254, null).name).toBe("Sport 254");
  });
});

describe("isFit", () => {
  const header = (size: number, tag: string) =>
    Uint8Array.from([size, 0x10, 0, 0, 0, 0, 0, 0, ...Buffer.from(tag), 0, 0]);
  it("knows a FIT header by its size and the .FIT tag at bytes 8–11", () => {
    expect(isFit(header(14, ".FIT"))).toBe(true);
    expect(isFit(header(12, ".FIT"))).toBe(true);
    expect(isFit(header(14, ".FIX"))).toBe(false);
    expect(isFit(Buffer.from("Date,Tim.FIT,Systolic"))).toBe(false);
    expect(isFit(Uint8Array.from([14, 0x10]))).toBe(false);
  });
});

describe("activityRecord", () => {
  const base = {
    startedAt: new Date("2025-03-02T07:05:12Z"),
    date: "2025-03-02",
    startTime: "08:05",
    name: "  Outdoor  Run ",
    kcalActive: 498.66,
    hrAvg: 155.6,
    hrMax: 178,
    distanceKm: 8.239_841,
  };

  it("rounds what it keeps and keys the name as mappings compare it", () => {
    const built = activityRecord({ ...base, durationMin: 44.3, fallbackNames: ["Running"] });
    expect(built).toEqual({
      record: {
        kind: "activity",
        row: {
          ...base,
          name: "Outdoor  Run",
          typeKeys: ["outdoor run", "running"],
          trainingTypeId: null,
          durationMin: 44.3,
          kcalActive: 498.7,
          hrAvg: 156,
          distanceKm: 8.2398,
        },
      },
    });
  });

  it("keeps a session under a minute as one minute, refuses one longer than a day", () => {
    const short = activityRecord({ ...base, durationMin: 0.23 });
    expect("record" in short && short.record.kind === "activity" && short.record.row.durationMin).toBe(1);
    expect(activityRecord({ ...base, durationMin: 1500 })).toEqual({
      reason: "duration 1500 min is longer than a day",
    });
    expect(activityRecord({ ...base, durationMin: 0 })).toEqual({ reason: "duration is missing" });
  });

  it("leaves out a maximum heart rate below the average, keeping the session", () => {
    const built = activityRecord({ ...base, durationMin: 30, hrMax: 120 });
    expect(built).toMatchObject({
      record: { row: { hrAvg: 156, hrMax: null } },
      problem: "hrMax must not be below the average heart rate",
    });
  });
});

describe("localDayAndClock", () => {
  it("gives the day and clock in the profile's zone, across midnight and DST", () => {
    expect(localDayAndClock(new Date("2017-06-11T14:34:09Z"), "Europe/Berlin")).toEqual({
      date: "2017-06-11",
      startTime: "16:34",
    });
    expect(localDayAndClock(new Date("2025-03-30T23:30:00Z"), "Europe/Berlin")).toEqual({
      date: "2025-03-31",
      startTime: "01:30",
    });
    expect(localDayAndClock(new Date("2025-01-01T03:00:00Z"), "America/Los_Angeles")).toEqual({
      date: "2024-12-31",
      startTime: "19:00",
    });
  });
});
