import type { CaliperEntry } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  type CaliperFormValues,
  caliperFormSchema,
  caliperFormValues,
  emptyCaliperForm,
} from "./caliperForm";

const today = "2025-06-10";
const form = (values: Partial<CaliperFormValues>): CaliperFormValues => ({
  ...emptyCaliperForm(today),
  ...values,
});

describe("caliperFormSchema", () => {
  it("sends a man's Jackson-Pollock 3 sites, read in either notation", () => {
    const schema = caliperFormSchema(today, "male");
    expect(schema.parse(form({ chest: "12", abdomen: "20,5", thigh: "15.5" }))).toEqual({
      date: today,
      method: "jp3",
      note: null,
      chest: 12,
      abdomen: 20.5,
      thigh: 15.5,
    });
  });

  it("asks a woman for triceps, suprailiac and thigh instead", () => {
    const result = caliperFormSchema(today, "female").safeParse(form({ chest: "12", thigh: "20" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path)).toEqual([["triceps"], ["suprailiac"]]);
  });

  it("leaves out what was typed for another method, even text that is no number", () => {
    const schema = caliperFormSchema(today, "male");
    const body = schema.parse(
      form({ method: "dw4", biceps: "4", triceps: "9", subscapular: "12", suprailiac: "10", chest: "x" }),
    );
    expect(body).toEqual({
      date: today,
      method: "dw4",
      note: null,
      biceps: 4,
      triceps: 9,
      subscapular: 12,
      suprailiac: 10,
    });
  });

  it("refuses skinfolds outside 2–80 mm at their own field", () => {
    const schema = caliperFormSchema(today, "male");
    const result = schema.safeParse(form({ chest: "1,5", abdomen: "81", thigh: "15" }));
    expect(result.error?.issues.map((i) => [i.path, i.code])).toEqual([
      [["chest"], "too_small"],
      [["abdomen"], "too_big"],
    ]);
  });

  it("refuses a day after the profile's today", () => {
    const schema = caliperFormSchema(today, "male");
    const result = schema.safeParse(form({ date: "2025-06-11", chest: "1", abdomen: "2", thigh: "3" }));
    expect(result.error?.issues[0]?.path).toEqual(["date"]);
  });
});

describe("caliperFormValues", () => {
  const stamp = "2025-06-01T06:00:00Z";
  const entry: CaliperEntry = {
    id: "0b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
    date: "2025-06-01",
    method: "jp3",
    sites: { chest: 12, abdomen: 20.5, thigh: 15 },
    density: 1.06,
    bodyFatPct: 14.2,
    fatMassKg: null,
    leanMassKg: null,
    weightKg: null,
    weightDate: null,
    massNote: "No weight",
    category: { key: "healthy" },
    note: "morning",
    source: "manual",
    createdAt: stamp,
    updatedAt: stamp,
  };

  it("puts a saved measurement back into the inputs in the locale's notation", () => {
    const values = caliperFormValues(entry, "de");
    expect(values).toEqual({
      ...emptyCaliperForm("2025-06-01", "jp3"),
      chest: "12",
      abdomen: "20,5",
      thigh: "15",
      note: "morning",
    });
  });

  it("turns an edited thigh into an update body with the same method and only its sites", () => {
    const values = { ...caliperFormValues(entry, "en"), thigh: "18.5", note: "" };
    expect(caliperFormSchema(today, "male").parse(values)).toEqual({
      date: "2025-06-01",
      method: "jp3",
      note: null,
      chest: 12,
      abdomen: 20.5,
      thigh: 18.5,
    });
  });
});
