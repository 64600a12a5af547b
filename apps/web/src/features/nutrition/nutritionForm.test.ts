import { describe, expect, it } from "vitest";
import { emptyNutritionForm, kcalInput, nutritionFormSchema, nutritionFormValues } from "./nutritionForm";

const today = "2026-06-14";

describe("kcalInput", () => {
  it.each([
    ["1850", 1850],
    ["1.850", 1850],
    ["1,850", 1850],
    ["12 500", 12500],
    ["250,5", 250.5],
    ["250.5", 250.5],
    [" 2100 ", 2100],
  ])("reads %s as %d", (text, kcal) => {
    expect(kcalInput.parse(text)).toBe(kcal);
  });

  it("refuses what is not a number", () => {
    expect(kcalInput.safeParse("viel").success).toBe(false);
    expect(kcalInput.safeParse("").success).toBe(false);
  });
});

describe("nutritionFormSchema", () => {
  const schema = nutritionFormSchema(today);

  it("reads German decimals, leaves an empty fiber unset and marks the entry manual", () => {
    const parsed = schema.parse({
      ...emptyNutritionForm(today),
      kcal: "2.150",
      proteinG: "142,5",
      fatG: "70",
      carbsG: "230,4",
    });
    expect(parsed).toEqual({
      date: today,
      kcal: 2150,
      proteinG: 142.5,
      fatG: 70,
      carbsG: 230.4,
      fiberG: null,
      note: null,
      source: "manual",
    });
  });

  it("keeps fiber and note when given", () => {
    const parsed = schema.parse({
      ...emptyNutritionForm(today),
      kcal: "1800",
      proteinG: "120",
      fatG: "60",
      carbsG: "200",
      fiberG: "31,5",
      note: "Geburtstag",
    });
    expect(parsed.fiberG).toBe(31.5);
    expect(parsed.note).toBe("Geburtstag");
  });

  it("refuses a missing macro, a negative value, too much and a future day", () => {
    const base = { ...emptyNutritionForm(today), kcal: "1800", proteinG: "120", fatG: "60", carbsG: "200" };
    const paths = (values: typeof base) =>
      (schema.safeParse(values).error?.issues ?? []).map((issue) => issue.path.join("."));
    expect(paths({ ...base, fatG: "" })).toEqual(["fatG"]);
    expect(paths({ ...base, proteinG: "-5" })).toEqual(["proteinG"]);
    expect(paths({ ...base, kcal: "25000" })).toEqual(["kcal"]);
    expect(paths({ ...base, carbsG: "2500" })).toEqual(["carbsG"]);
    expect(paths({ ...base, date: "2026-06-15" })).toEqual(["date"]);
  });
});

describe("nutritionFormValues", () => {
  it("shows a stored entry in the user's language", () => {
    const entry = {
      id: "6c0d9a56-1b1b-4a6e-9d59-1f1f3e0f7a11",
      date: "2026-06-13",
      kcal: 2150.4,
      proteinG: 142.56,
      fatG: 70,
      carbsG: 230.4,
      fiberG: null,
      note: null,
      source: "manual",
      createdAt: "2026-06-13T20:00:00.000Z",
      updatedAt: "2026-06-13T20:00:00.000Z",
    };
    expect(nutritionFormValues(entry, "de-DE")).toEqual({
      date: "2026-06-13",
      kcal: "2150",
      proteinG: "142,6",
      fatG: "70",
      carbsG: "230,4",
      fiberG: "",
      note: "",
    });
  });
});
