import { describe, expect, it } from "vitest";
import {
  circumferenceFormSchema,
  circumferenceFormValues,
  emptyCircumferenceForm,
} from "./circumferenceForm";

const today = "2025-06-10";
const schema = circumferenceFormSchema(today);
const form = (values: Partial<ReturnType<typeof emptyCircumferenceForm>>) => ({
  ...emptyCircumferenceForm(today),
  ...values,
});

describe("circumferenceFormSchema", () => {
  it("reads the German decimal comma and sends every point, empty ones as null", () => {
    expect(schema.parse(form({ waist: "82,5", hip: "98.0", note: " morning " }))).toEqual({
      date: today,
      neck: null,
      chest: null,
      waist: 82.5,
      belly: null,
      hip: 98,
      thigh: null,
      calf: null,
      arm: null,
      note: "morning",
    });
  });

  it("needs at least one point, and says so at the waist", () => {
    const result = schema.safeParse(form({}));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["waist"]);
  });

  it("refuses girths outside 10–250 cm and text that is no number", () => {
    expect(schema.safeParse(form({ waist: "9,9" })).error?.issues[0]?.path).toEqual(["waist"]);
    expect(schema.safeParse(form({ hip: "250,1" })).error?.issues[0]?.path).toEqual(["hip"]);
    expect(schema.safeParse(form({ arm: "dreißig" })).error?.issues[0]?.path).toEqual(["arm"]);
  });

  it("refuses a day after the profile's today", () => {
    const result = schema.safeParse(form({ date: "2025-06-11", waist: "80" }));
    expect(result.error?.issues[0]?.path).toEqual(["date"]);
  });
});

describe("circumferenceFormValues", () => {
  it("puts an entry back into the inputs in the user's notation", () => {
    const entry = {
      id: "0b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
      date: "2025-06-01",
      neck: 38,
      chest: null,
      waist: 82.5,
      belly: null,
      hip: 98.25,
      thigh: null,
      calf: null,
      arm: 33,
      note: null,
      source: "manual",
      derived: {
        waistHipRatio: 0.84,
        waistHeightRatio: 0.46,
        waistHeightRisk: "low" as const,
        navyBodyFatPct: 15,
        missing: [],
      },
      createdAt: "2025-06-01T06:00:00Z",
      updatedAt: "2025-06-01T06:00:00Z",
    };
    expect(circumferenceFormValues(entry, "de")).toEqual({
      date: "2025-06-01",
      neck: "38",
      chest: "",
      waist: "82,5",
      belly: "",
      hip: "98,3",
      thigh: "",
      calf: "",
      arm: "33",
      note: "",
    });
  });
});
