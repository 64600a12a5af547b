import { describe, expect, it } from "vitest";
import {
  formatHoursMinutes,
  groupPreviewByKind,
  previewColumns,
  previewColumnsFor,
  progressPercent,
} from "./preview";

describe("previewColumns", () => {
  it("takes every key in order of appearance", () => {
    expect(
      previewColumns([
        { a: 1, b: 2 },
        { b: 3, c: null },
      ]),
    ).toEqual(["a", "b", "c"]);
  });

  it("leaves out the day when the instant is there", () => {
    expect(previewColumns([{ measuredAt: "x", date: "y", systolic: 120 }])).toEqual([
      "measuredAt",
      "systolic",
    ]);
    expect(previewColumns([{ date: "y", weight: 80 }])).toEqual(["date", "weight"]);
  });

  it("puts the known columns in their order first", () => {
    expect(
      previewColumns(
        [{ note: null, x: 1, systolic: 120, measuredAt: "t" }],
        ["measuredAt", "systolic", "note"],
      ),
    ).toEqual(["measuredAt", "systolic", "note", "x"]);
  });

  it("is empty without rows", () => {
    expect(previewColumns([])).toEqual([]);
  });
});

describe("progressPercent", () => {
  it("rounds and clamps", () => {
    expect(progressPercent(0, 1000)).toBe(0);
    expect(progressPercent(333, 1000)).toBe(33);
    expect(progressPercent(2000, 1000)).toBe(100);
    expect(progressPercent(5, 0)).toBeNull();
  });
});

const reading = (systolic: number) => ({
  kind: "blood_pressure",
  measuredAt: "2025-03-14T07:30:00.000Z",
  date: "2025-03-14",
  systolic,
  diastolic: 80,
  pulse: null,
  irregularHeartbeat: false,
  note: null,
  classification: "normal",
});
const morning = (date: string, hrv: number | null) => ({
  kind: "vitals",
  date,
  restingHr: 52,
  hrv,
  vo2Max: null,
  spo2: null,
  respiratoryRate: null,
  note: null,
});
const night = (bedtime: string | null) => ({
  kind: "sleep",
  date: "2025-03-14",
  bedtime,
  wakeTime: bedtime === null ? null : "2025-03-14T05:30:00.000Z",
  durationMin: 450,
  deepMin: 80,
  remMin: null,
  lightMin: null,
  awakeMin: null,
  quality: null,
  note: null,
});

const diaryDay = (date: string, fiberG: number | null) => ({
  kind: "nutrition",
  date,
  kcal: 2140,
  proteinG: 121.5,
  fatG: 80,
  carbsG: 230,
  fiberG,
  items: 12,
  note: null,
});

describe("groupPreviewByKind", () => {
  it("makes one group per kind in the job's order, keeping the rows' order", () => {
    const rows = [
      reading(120),
      morning("2025-03-14", 60),
      night(null),
      reading(130),
      morning("2025-03-15", 61),
    ];
    const groups = groupPreviewByKind(rows, ["vitals", "blood_pressure", "sleep"]);
    expect(groups.map((g) => g.kind)).toEqual(["vitals", "blood_pressure", "sleep"]);
    expect(groups[0]?.rows.map((r) => r.date)).toEqual(["2025-03-14", "2025-03-15"]);
    expect(groups[1]?.rows.map((r) => r.systolic)).toEqual([120, 130]);
    expect(groups[2]?.rows).toHaveLength(1);
  });

  it("puts kinds the order does not name last and leaves out kinds without rows", () => {
    const groups = groupPreviewByKind([night(null), reading(120)], ["blood_pressure", "vitals"]);
    expect(groups.map((g) => g.kind)).toEqual(["blood_pressure", "sleep"]);
  });

  it("takes rows without a kind (older jobs) as readings", () => {
    const { kind: _kind, ...old } = reading(120);
    expect(groupPreviewByKind([old], [])).toEqual([{ kind: "blood_pressure", rows: [old] }]);
  });

  it("is empty without rows", () => {
    expect(groupPreviewByKind([], ["sleep"])).toEqual([]);
  });
});

describe("previewColumnsFor", () => {
  it("reads a session as a person logs it: day, start, name, type, duration, then what the file had", () => {
    const session = {
      kind: "activity",
      date: "2025-03-02",
      startTime: "08:05",
      name: "Outdoor Run",
      trainingTypeId: null,
      durationMin: 44.3,
      kcalActive: 498.7,
      hrAvg: 156,
      hrMax: 178,
      distanceKm: null,
    };
    expect(previewColumnsFor("activity", [session])).toEqual([
      "date",
      "startTime",
      "name",
      "trainingTypeId",
      "durationMin",
      "kcalActive",
      "hrAvg",
      "hrMax",
    ]);
  });

  it("shows a reading's instant instead of its day, and drops empty optional columns", () => {
    expect(previewColumnsFor("blood_pressure", [reading(120)])).toEqual([
      "measuredAt",
      "systolic",
      "diastolic",
      "classification",
    ]);
  });

  it("keeps a yes/no column once one row says yes", () => {
    expect(
      previewColumnsFor("blood_pressure", [reading(120), { ...reading(150), irregularHeartbeat: true }]),
    ).toEqual(["measuredAt", "systolic", "diastolic", "irregularHeartbeat", "classification"]);
  });

  it("keeps a column as soon as one row has a value", () => {
    expect(previewColumnsFor("vitals", [morning("2025-03-14", null), morning("2025-03-15", 70)])).toEqual([
      "date",
      "restingHr",
      "hrv",
    ]);
  });

  it("shows bed and wake-up columns only when some night has a clock", () => {
    expect(previewColumnsFor("sleep", [night(null)])).toEqual(["date", "durationMin", "deepMin"]);
    expect(previewColumnsFor("sleep", [night(null), night("2025-03-13T22:00:00.000Z")])).toEqual([
      "date",
      "bedtime",
      "wakeTime",
      "durationMin",
      "deepMin",
    ]);
  });

  it("reads a day of nutrition: day, energy, macros, how many entries; fiber once a day has it", () => {
    expect(previewColumnsFor("nutrition", [diaryDay("2025-03-14", null)])).toEqual([
      "date",
      "kcal",
      "proteinG",
      "fatG",
      "carbsG",
      "items",
    ]);
    expect(
      previewColumnsFor("nutrition", [
        diaryDay("2025-03-14", null),
        { ...diaryDay("2025-03-15", 31), note: "Frühstück, Mittag" },
      ]),
    ).toEqual(["date", "kcal", "proteinG", "fatG", "carbsG", "fiberG", "items", "note"]);
  });

  it("groups days of nutrition beside other kinds", () => {
    const groups = groupPreviewByKind([diaryDay("2025-03-14", null), reading(120)], ["nutrition"]);
    expect(groups.map((g) => g.kind)).toEqual(["nutrition", "blood_pressure"]);
  });

  it("adds unknown keys with values at the end", () => {
    expect(previewColumnsFor("vitals", [{ ...morning("2025-03-14", 60), weight: 80, empty: null }])).toEqual([
      "date",
      "restingHr",
      "hrv",
      "weight",
    ]);
  });
});

describe("formatHoursMinutes", () => {
  it("writes minutes as h:mm", () => {
    expect(formatHoursMinutes(450)).toBe("7:30");
    expect(formatHoursMinutes(425)).toBe("7:05");
    expect(formatHoursMinutes(45)).toBe("0:45");
    expect(formatHoursMinutes(600)).toBe("10:00");
    expect(formatHoursMinutes(89.6)).toBe("1:30");
    expect(formatHoursMinutes(0)).toBe("0:00");
  });
});
