import type { ActivityMapping, TrainingType } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../lib/apiError";
import {
  createTypeSchema,
  editTypeSchema,
  groupAllTypes,
  isTypeInUse,
  matchesMapping,
  newTypeValues,
  sortMappings,
  suggestKey,
  typeFormValues,
  typeUpdateBody,
} from "./trainingTypeForm";

const abilities = { endurance: 3, strength: 1, mobility: 0, coordination: 1, mind: 0 };
const type = (over: Partial<TrainingType>): TrainingType => ({
  id: "0193f0a0-0000-7000-8000-000000000001",
  key: "running",
  nameDe: "Laufen",
  nameEn: "Running",
  icon: "footprints",
  category: "cardio",
  abilities,
  builtIn: true,
  active: true,
  sortOrder: 10,
  ...over,
});

describe("the type form", () => {
  it("starts a new type empty and an edit with the type's values", () => {
    expect(createTypeSchema.safeParse(newTypeValues()).success).toBe(false);
    expect(typeFormValues(type({}))).toEqual({
      key: "running",
      nameDe: "Laufen",
      nameEn: "Running",
      icon: "footprints",
      category: "cardio",
      abilities,
    });
  });

  it("checks a new key by the shared rule and leaves an edited one alone", () => {
    const values = { ...typeFormValues(type({})), key: "A" };
    expect(createTypeSchema.safeParse(values).success).toBe(false);
    expect(editTypeSchema.safeParse(values).success).toBe(true);
    expect(editTypeSchema.safeParse({ ...values, abilities: { ...abilities, mind: 4 } }).success).toBe(false);
  });

  it("sends an edit without the key", () => {
    expect(typeUpdateBody(typeFormValues(type({})))).not.toHaveProperty("key");
    expect(typeUpdateBody(typeFormValues(type({}))).nameEn).toBe("Running");
  });
});

describe("suggestKey", () => {
  it("makes a valid key from a name", () => {
    expect(suggestKey("Stand-up Paddle")).toBe("stand_up_paddle");
    expect(suggestKey("  Pétanque  ")).toBe("petanque");
    expect(suggestKey("3x3 Basketball")).toBe("x3_basketball");
    expect(suggestKey("")).toBe("");
    const long = suggestKey("a very long name that goes on and on beyond forty letters");
    expect(long.length).toBeLessThanOrEqual(40);
    expect(createTypeSchema.shape.key.safeParse(long).success).toBe(true);
  });
});

describe("groupAllTypes", () => {
  it("groups by category in the categories' order, inactive ones included, each by sort order", () => {
    const groups = groupAllTypes([
      type({ key: "yoga", category: "mobility", sortOrder: 1 }),
      type({ key: "cycling", sortOrder: 20, active: false }),
      type({ key: "running", sortOrder: 10 }),
    ]);
    expect(groups.map((g) => g.category)).toEqual(["cardio", "mobility"]);
    expect(groups[0]?.types.map((t) => t.key)).toEqual(["running", "cycling"]);
  });
});

describe("isTypeInUse", () => {
  it("knows the server's refusal to delete a used type", () => {
    expect(isTypeInUse(new ApiError(409, "training_type_in_use", "in use"))).toBe(true);
    expect(isTypeInUse(new ApiError(404, "not_found", "gone"))).toBe(false);
    expect(isTypeInUse(new Error("x"))).toBe(false);
  });
});

describe("mappings", () => {
  const mapping = (name: string, over: Partial<TrainingType> = {}): ActivityMapping => {
    const t = type(over);
    return {
      id: `0193f0a0-0000-7000-8000-0000000000${name.length.toString().padStart(2, "0")}`,
      name,
      trainingTypeId: t.id,
      trainingType: {
        id: t.id,
        key: t.key,
        nameDe: t.nameDe,
        nameEn: t.nameEn,
        icon: t.icon,
        category: t.category,
      },
      scope: "global",
      createdAt: "2026-11-01T10:00:00.000Z",
      updatedAt: "2026-11-01T10:00:00.000Z",
    };
  };

  it("finds a mapping by its name, ignoring case and spacing, or by its type", () => {
    const run = mapping("Outdoor  Run");
    expect(matchesMapping(run, "outdoor run", "en")).toBe(true);
    expect(matchesMapping(run, "  ", "en")).toBe(true);
    expect(matchesMapping(run, "laufen", "de")).toBe(true);
    expect(matchesMapping(run, "laufen", "en")).toBe(false);
    expect(matchesMapping(run, "RUNNING", "en")).toBe(true);
    expect(matchesMapping(run, "swim", "en")).toBe(false);
  });

  it("sorts by name the way people read", () => {
    const sorted = sortMappings(
      [mapping("yoga"), mapping("Ätna walk"), mapping("HKWorkout 10"), mapping("HKWorkout 9")],
      "de",
    );
    expect(sorted.map((m) => m.name)).toEqual(["Ätna walk", "HKWorkout 9", "HKWorkout 10", "yoga"]);
  });
});
