import type { TrainingType } from "@mitai/shared";
import { describe, expect, it } from "vitest";
import { formatKm, groupTypes, splitMinutes, typeName } from "./format";

const profile = { endurance: 0, strength: 0, mobility: 0, coordination: 0, mind: 0 };

function type(
  key: string,
  nameEn: string,
  nameDe: string,
  category: TrainingType["category"],
  sortOrder: number,
  active = true,
): TrainingType {
  return {
    id: `00000000-0000-4000-8000-${String(sortOrder).padStart(12, "0")}`,
    key,
    nameEn,
    nameDe,
    icon: "activity",
    category,
    abilities: profile,
    builtIn: true,
    active,
    sortOrder,
  };
}

const types = [
  type("jiu_jitsu", "Jiu-Jitsu", "Jiu-Jitsu", "martial_arts", 22),
  type("running", "Running", "Laufen", "cardio", 2),
  type("cycling", "Cycling", "Radfahren", "cardio", 1),
  type("weight_training", "Weight training", "Krafttraining", "strength", 10),
  type("old", "Old type", "Alte Art", "cardio", 3, false),
  type("tai_chi", "Tai chi", "Tai-Chi", "mind_body", 30),
];

describe("typeName", () => {
  it("speaks the app's language", () => {
    expect(typeName({ nameDe: "Laufen", nameEn: "Running" }, "de")).toBe("Laufen");
    expect(typeName({ nameDe: "Laufen", nameEn: "Running" }, "en")).toBe("Running");
  });
});

describe("splitMinutes", () => {
  it("splits into hours and minutes, rounding to the minute", () => {
    expect(splitMinutes(45)).toEqual({ hours: 0, minutes: 45 });
    expect(splitMinutes(60)).toEqual({ hours: 1, minutes: 0 });
    expect(splitMinutes(135.6)).toEqual({ hours: 2, minutes: 16 });
    expect(splitMinutes(59.5)).toEqual({ hours: 1, minutes: 0 });
  });
});

describe("formatKm", () => {
  it("uses the locale's decimal mark", () => {
    expect(formatKm(12.5, "de")).toBe("12,5 km");
    expect(formatKm(12.5, "en")).toBe("12.5 km");
    expect(formatKm(5.125, "de")).toBe("5,13 km");
  });
});

describe("groupTypes", () => {
  it("groups the active types by category in the categories' order, each in its own order", () => {
    const groups = groupTypes(types);
    expect(groups.map((g) => [g.category, g.types.map((t) => t.key)])).toEqual([
      ["cardio", ["cycling", "running"]],
      ["strength", ["weight_training"]],
      ["martial_arts", ["jiu_jitsu"]],
      ["mind_body", ["tai_chi"]],
    ]);
  });

  it("finds types by either language's name, ignoring case, accents and hyphens typed or not", () => {
    expect(groupTypes(types, "LAUF").flatMap((g) => g.types.map((t) => t.key))).toEqual(["running"]);
    expect(groupTypes(types, "kraft").flatMap((g) => g.types.map((t) => t.key))).toEqual(["weight_training"]);
    expect(groupTypes(types, "jiu").flatMap((g) => g.types.map((t) => t.key))).toEqual(["jiu_jitsu"]);
    expect(groupTypes(types, "  cycl ").flatMap((g) => g.types.map((t) => t.key))).toEqual(["cycling"]);
  });

  it("lists a whole category when its name matches", () => {
    const groups = groupTypes(types, "ausdauer", (c) => (c === "cardio" ? "Ausdauer" : c));
    expect(groups.map((g) => [g.category, g.types.length])).toEqual([["cardio", 2]]);
  });

  it("never offers an inactive type, and gives nothing when nothing matches", () => {
    expect(groupTypes(types, "old")).toEqual([]);
    expect(groupTypes(types, "zzz")).toEqual([]);
  });
});
