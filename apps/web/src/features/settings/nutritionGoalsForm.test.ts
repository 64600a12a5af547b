import type { Profile } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import {
  convertProteinTarget,
  nutritionGoalsFormSchema,
  nutritionGoalsFormValues,
  parseKcal,
  switchProteinInput,
} from "./nutritionGoalsForm";
import { testProfile } from "./profile.fixture";

const profile: Profile = {
  ...testProfile,
  kcalTarget: 2200,
  proteinTarget: 1.8,
  proteinTargetUnit: "g_per_kg",
  fatTargetG: 70.5,
  carbsTargetG: null,
};

const empty = {
  kcalTarget: "",
  proteinTarget: "",
  proteinTargetUnit: "g",
  fatTargetG: "",
  carbsTargetG: "",
} as const;

describe("parseKcal", () => {
  it("reads whole numbers with or without digit groups in either notation", () => {
    expect(parseKcal("2200")).toBe(2200);
    expect(parseKcal(" 2200 ")).toBe(2200);
    expect(parseKcal("2.200")).toBe(2200);
    expect(parseKcal("2,200")).toBe(2200);
    expect(parseKcal("2 200")).toBe(2200);
    expect(parseKcal("10.000")).toBe(10000);
  });

  it("refuses decimals and anything else", () => {
    expect(parseKcal("2,5")).toBeNull();
    expect(parseKcal("2.20")).toBeNull();
    expect(parseKcal("22.00.0")).toBeNull();
    expect(parseKcal("-500")).toBeNull();
    expect(parseKcal("kcal")).toBeNull();
  });
});

describe("nutritionGoalsFormSchema", () => {
  it("round-trips the profile's targets in German notation", () => {
    const values = nutritionGoalsFormValues(profile, "de");
    expect(values).toEqual({
      kcalTarget: "2200",
      proteinTarget: "1,8",
      proteinTargetUnit: "g_per_kg",
      fatTargetG: "70,5",
      carbsTargetG: "",
    });
    expect(nutritionGoalsFormSchema.parse(values)).toEqual({
      kcalTarget: 2200,
      proteinTarget: 1.8,
      proteinTargetUnit: "g_per_kg",
      fatTargetG: 70.5,
      carbsTargetG: null,
    });
  });

  it("reads empty fields as no target", () => {
    expect(nutritionGoalsFormSchema.parse(empty)).toEqual({
      kcalTarget: null,
      proteinTarget: null,
      proteinTargetUnit: "g",
      fatTargetG: null,
      carbsTargetG: null,
    });
  });

  it("reads a grouped kcal target and decimal grams", () => {
    expect(
      nutritionGoalsFormSchema.parse({
        ...empty,
        kcalTarget: "2.450",
        proteinTarget: "144,5",
        carbsTargetG: "250",
      }),
    ).toMatchObject({ kcalTarget: 2450, proteinTarget: 144.5, carbsTargetG: 250 });
  });

  it("keeps the kcal limits and whole kcal", () => {
    const kcal = (kcalTarget: string) => nutritionGoalsFormSchema.safeParse({ ...empty, kcalTarget }).success;
    expect(kcal("500")).toBe(true);
    expect(kcal("10000")).toBe(true);
    expect(kcal("499")).toBe(false);
    expect(kcal("10001")).toBe(false);
    expect(kcal("1800,5")).toBe(false);
  });

  it("allows at most 5 g per kg, but more grams", () => {
    const protein = (proteinTarget: string, proteinTargetUnit: "g" | "g_per_kg") =>
      nutritionGoalsFormSchema.safeParse({ ...empty, proteinTarget, proteinTargetUnit });
    expect(protein("5", "g_per_kg").success).toBe(true);
    const tooMuch = protein("5,1", "g_per_kg");
    expect(tooMuch.success).toBe(false);
    expect(tooMuch.error?.issues[0]?.path).toEqual(["proteinTarget"]);
    expect(protein("144", "g").success).toBe(true);
    expect(protein("2001", "g").success).toBe(false);
    expect(protein("-1", "g").success).toBe(false);
  });

  it("refuses what is not a number", () => {
    expect(nutritionGoalsFormSchema.safeParse({ ...empty, fatTargetG: "viel" }).success).toBe(false);
  });
});

describe("protein target units", () => {
  it("converts grams and grams per kg with the weight", () => {
    expect(convertProteinTarget(144, "g_per_kg", 80)).toBe(1.8);
    expect(convertProteinTarget(1.8, "g", 80)).toBe(144);
    expect(convertProteinTarget(1.6, "g", 72.4)).toBe(116);
    expect(convertProteinTarget(130, "g_per_kg", 72.4)).toBe(1.8);
  });

  it("cannot convert without a weight or a value", () => {
    expect(convertProteinTarget(144, "g_per_kg", null)).toBeNull();
    expect(convertProteinTarget(null, "g", 80)).toBeNull();
  });

  it("switches the input's text, or leaves it as typed", () => {
    expect(switchProteinInput("144", "g_per_kg", 80, "de")).toBe("1,8");
    expect(switchProteinInput("1.8", "g", 80, "en")).toBe("144");
    expect(switchProteinInput("144", "g_per_kg", null, "de")).toBe("144");
    expect(switchProteinInput("", "g", 80, "de")).toBe("");
  });
});
