import type { SleepEntry } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  clocklessNightSchema,
  type SleepFormValues,
  sleepEditSchema,
  sleepFormSchema,
  sleepFormValues,
  sleepUpdateBody,
} from "./sleepForm";

const at = (y: number, m: number, d: number, h: number, min: number) =>
  new Date(y, m - 1, d, h, min).toISOString();

/** A night as the API returns it: one with its clock (logged by hand) unless told otherwise. */
function newNight(overrides: Partial<SleepEntry> = {}): SleepEntry {
  return {
    id: "5f0c7a52-3c1e-4b8f-9d6a-1e2f3a4b5c6d",
    date: "2025-06-02",
    bedtime: at(2025, 6, 1, 23, 10),
    wakeTime: at(2025, 6, 2, 6, 45),
    durationMin: 455,
    quality: 4,
    deepMin: 80,
    remMin: 95,
    lightMin: 250,
    awakeMin: 30,
    segments: [],
    note: null,
    source: "manual",
    createdAt: at(2025, 6, 2, 7, 0),
    updatedAt: at(2025, 6, 2, 7, 0),
    ...overrides,
  };
}

/** A night from Health Auto Export's daily totals: 7 h 20 min in bed, phases, no clock. */
const imported = newNight({
  bedtime: null,
  wakeTime: null,
  durationMin: 440,
  quality: null,
  deepMin: 70,
  remMin: 100,
  lightMin: 240,
  awakeMin: 25,
  source: "health_auto_export",
});

/** Where each refusal sits and why: the web's own reason, or zod's code. */
const issuesOf = (result: z.ZodSafeParseResult<unknown>) =>
  (result.error?.issues ?? []).map((issue) => ({
    path: issue.path.join("."),
    reason: issue.code === "custom" ? String(issue.params?.reason) : issue.code,
  }));

describe("sleepFormValues", () => {
  it("puts a night with its clock into the inputs", () => {
    expect(sleepFormValues(newNight())).toEqual({
      bedDate: "2025-06-01",
      bedTime: "23:10",
      wakeDate: "2025-06-02",
      wakeTime: "06:45",
      quality: "4",
      deepMin: "80",
      remMin: "95",
      lightMin: "250",
      awakeMin: "30",
      note: "",
    });
  });

  it("leaves the times of a night without a clock empty, on the night's own days", () => {
    expect(sleepFormValues(imported)).toEqual({
      bedDate: "2025-06-01",
      bedTime: "",
      wakeDate: "2025-06-02",
      wakeTime: "",
      quality: "",
      deepMin: "70",
      remMin: "100",
      lightMin: "240",
      awakeMin: "25",
      note: "",
    });
  });
});

describe("clocklessNightSchema", () => {
  const schema = clocklessNightSchema(imported.durationMin);
  const values = (changes: Partial<SleepFormValues> = {}) => ({ ...sleepFormValues(imported), ...changes });

  it("takes quality, phases and note alone, without any time", () => {
    expect(schema.parse(values({ quality: "3", deepMin: "75", note: " restless " }))).toEqual({
      quality: 3,
      deepMin: 75,
      remMin: 100,
      lightMin: 240,
      awakeMin: 25,
      note: "restless",
    });
  });

  it("ignores the days while both times are empty", () => {
    expect(schema.safeParse(values({ bedDate: "", wakeDate: "" })).success).toBe(true);
  });

  it("gives the night its clock when both times are typed", () => {
    const out = schema.parse(values({ bedTime: "23:30", wakeTime: "07:00" }));
    expect(out.bedtime).toBe(at(2025, 6, 1, 23, 30));
    expect(out.wakeTime).toBe(at(2025, 6, 2, 7, 0));
  });

  it("wants the other time when only one is typed", () => {
    expect(issuesOf(schema.safeParse(values({ bedTime: "23:30" })))).toEqual([
      { path: "wakeTime", reason: "required" },
    ]);
    expect(issuesOf(schema.safeParse(values({ wakeTime: "07:00" })))).toEqual([
      { path: "bedTime", reason: "required" },
    ]);
  });

  it("wants the day of a typed time", () => {
    expect(issuesOf(schema.safeParse(values({ bedTime: "23:30", wakeTime: "07:00", bedDate: "" })))).toEqual([
      { path: "bedDate", reason: "required" },
    ]);
  });

  it("holds typed times to the usual rules", () => {
    expect(
      issuesOf(schema.safeParse(values({ bedTime: "07:00", wakeTime: "06:00", wakeDate: "2025-06-01" }))),
    ).toEqual(expect.arrayContaining([{ path: "wakeTime", reason: "wakeAfterBed" }]));
    expect(issuesOf(schema.safeParse(values({ bedTime: "7 Uhr", wakeTime: "07:00" })))).toEqual([
      { path: "bedTime", reason: "time" },
    ]);
    const nextYear = String(new Date().getFullYear() + 1);
    const future = values({
      bedDate: `${nextYear}-06-01`,
      bedTime: "23:00",
      wakeDate: `${nextYear}-06-02`,
      wakeTime: "07:00",
    });
    expect(issuesOf(schema.safeParse(future))).toEqual([{ path: "wakeTime", reason: "futureTime" }]);
  });

  it("measures the phases against the stored time in bed, or the typed one", () => {
    // 70 + 100 + 240 + 25 = 435 of 440 minutes; 6 more do not fit.
    expect(issuesOf(schema.safeParse(values({ awakeMin: "31" })))).toEqual([
      { path: "deepMin", reason: "phasesExceedNight" },
    ]);
    expect(schema.safeParse(values({ awakeMin: "31", bedTime: "23:00", wakeTime: "07:00" })).success).toBe(
      true,
    );
    expect(
      issuesOf(schema.safeParse(values({ bedTime: "00:00", bedDate: "2025-06-02", wakeTime: "07:00" }))),
    ).toEqual([{ path: "deepMin", reason: "phasesExceedNight" }]);
  });
});

describe("sleepFormSchema", () => {
  it("still needs both times for a new night", () => {
    const empty = { ...sleepFormValues(newNight()), bedTime: "", wakeTime: "" };
    expect(issuesOf(sleepFormSchema.safeParse(empty)).map((issue) => issue.path)).toEqual([
      "bedTime",
      "wakeTime",
    ]);
  });
});

describe("sleepEditSchema", () => {
  it("keeps the times required for a night that has them", () => {
    const night = newNight();
    const result = sleepEditSchema(night).safeParse({ ...sleepFormValues(night), wakeTime: "" });
    expect(issuesOf(result)).toEqual([{ path: "wakeTime", reason: "time" }]);
  });

  it("lets a night without a clock be saved as it is", () => {
    expect(sleepEditSchema(imported).safeParse(sleepFormValues(imported)).success).toBe(true);
  });
});

describe("sleepUpdateBody", () => {
  const edit = (night: SleepEntry, changes: Partial<SleepFormValues>) =>
    sleepUpdateBody(night, sleepEditSchema(night).parse({ ...sleepFormValues(night), ...changes }));

  it("sends no time of a night left as it was, so its stored instants stay", () => {
    expect(edit(newNight(), { quality: "2" })).toEqual({
      quality: 2,
      deepMin: 80,
      remMin: 95,
      lightMin: 250,
      awakeMin: 30,
      note: null,
    });
  });

  it("sends only the moved time of a night with a clock", () => {
    const body = edit(newNight(), { bedTime: "22:40" });
    expect(body.bedtime).toBe(at(2025, 6, 1, 22, 40));
    expect(body).not.toHaveProperty("wakeTime");
  });

  it("sends no times for a night without a clock when none were typed", () => {
    const body = edit(imported, { note: "from the watch" });
    expect(body).not.toHaveProperty("bedtime");
    expect(body).not.toHaveProperty("wakeTime");
    expect(body).toMatchObject({ note: "from the watch", deepMin: 70, quality: null });
  });

  it("sends both times when a night without a clock gets them", () => {
    expect(edit(imported, { bedTime: "23:00", wakeTime: "06:30" })).toMatchObject({
      bedtime: at(2025, 6, 1, 23, 0),
      wakeTime: at(2025, 6, 2, 6, 30),
    });
  });
});
