import type { ActivityEntry } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  type ActivityFormValues,
  activityFormSchema,
  activityFormValues,
  emptyActivityForm,
  nextActivityForm,
} from "./activityForm";

const TODAY = "2026-11-25";
const TYPE_ID = "0197a0c4-5f4e-7c3a-9d2b-1a2b3c4d5e6f";

function form(values: Partial<ActivityFormValues>): ActivityFormValues {
  return { ...emptyActivityForm(TODAY), name: "Morning run", durationMin: "45", ...values };
}

function parse(values: Partial<ActivityFormValues>) {
  return activityFormSchema(TODAY).safeParse(form(values));
}

function issuePaths(values: Partial<ActivityFormValues>): string[] {
  const result = parse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
}

describe("activityFormSchema", () => {
  it("turns the minimal inputs into a session, empty fields into null", () => {
    const result = parse({});
    expect(result.success && result.data).toEqual({
      date: TODAY,
      startTime: null,
      name: "Morning run",
      trainingTypeId: null,
      durationMin: 45,
      kcalActive: null,
      hrAvg: null,
      hrMax: null,
      distanceKm: null,
      rpe: null,
      notes: null,
    });
  });

  it("reads German decimals and every optional figure", () => {
    const result = parse({
      startTime: "07:30",
      trainingTypeId: TYPE_ID,
      durationMin: "52,5",
      distanceKm: "10,25",
      kcalActive: "480",
      hrAvg: "142",
      hrMax: "171",
      rpe: "6",
      notes: " easy ",
    });
    expect(result.success && result.data).toMatchObject({
      startTime: "07:30",
      trainingTypeId: TYPE_ID,
      durationMin: 52.5,
      distanceKm: 10.25,
      kcalActive: 480,
      hrAvg: 142,
      hrMax: 171,
      rpe: 6,
      notes: "easy",
    });
  });

  it("needs a name and a duration of 1 to 1440 minutes", () => {
    expect(issuePaths({ name: "  " })).toEqual(["name"]);
    expect(issuePaths({ durationMin: "" })).toEqual(["durationMin"]);
    expect(issuePaths({ durationMin: "0" })).toEqual(["durationMin"]);
    expect(issuePaths({ durationMin: "1441" })).toEqual(["durationMin"]);
    expect(issuePaths({ durationMin: "abc" })).toEqual(["durationMin"]);
  });

  it("refuses a day after today, an RPE outside 1–10 and a heart rate out of range", () => {
    expect(issuePaths({ date: "2026-11-26" })).toEqual(["date"]);
    expect(issuePaths({ rpe: "11" })).toEqual(["rpe"]);
    expect(issuePaths({ hrAvg: "20" })).toEqual(["hrAvg"]);
    expect(issuePaths({ hrAvg: "140,5" })).toEqual(["hrAvg"]);
  });

  it("says a maximum heart rate below the average must be at least the average", () => {
    const result = parse({ hrAvg: "150", hrMax: "140" });
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.path).toEqual(["hrMax"]);
    expect(issue?.code).toBe("too_small");
    expect(issue && "minimum" in issue && issue.minimum).toBe(150);
    expect(parse({ hrAvg: "150", hrMax: "150" }).success).toBe(true);
    expect(parse({ hrMax: "120" }).success).toBe(true);
  });
});

const entry: ActivityEntry = {
  id: "0197a0c4-5f4e-7c3a-9d2b-000000000001",
  date: "2026-11-24",
  startTime: "18:05:00",
  name: "Intervals",
  trainingTypeId: TYPE_ID,
  trainingType: null,
  durationMin: 42.5,
  kcalActive: 512.4,
  hrAvg: 151,
  hrMax: null,
  distanceKm: 8.4,
  rpe: 8,
  load: 340,
  notes: null,
  source: "manual",
  externalId: null,
  conflictsWithRestDay: false,
  createdAt: "2026-11-24T18:00:00.000Z",
  updatedAt: "2026-11-24T18:00:00.000Z",
};

describe("activityFormValues", () => {
  it("shows a stored session in the inputs, in the user's language", () => {
    expect(activityFormValues(entry, "de")).toEqual({
      date: "2026-11-24",
      startTime: "18:05",
      name: "Intervals",
      trainingTypeId: TYPE_ID,
      durationMin: "42,5",
      kcalActive: "512",
      hrAvg: "151",
      hrMax: "",
      distanceKm: "8,4",
      rpe: "8",
      notes: "",
    });
  });

  it("round-trips through the schema", () => {
    const result = activityFormSchema(TODAY).safeParse(activityFormValues(entry, "en"));
    expect(result.success && result.data).toMatchObject({
      date: "2026-11-24",
      startTime: "18:05",
      durationMin: 42.5,
      distanceKm: 8.4,
      rpe: 8,
    });
  });
});

describe("nextActivityForm", () => {
  it("keeps only the day for the next session", () => {
    expect(nextActivityForm(form({ date: "2026-11-20", rpe: "5", name: "Yoga" }), TODAY)).toEqual({
      ...emptyActivityForm(TODAY),
      date: "2026-11-20",
    });
  });
});
