import { describe, expect, it } from "vitest";
import { classifyBloodPressure } from "./blood-pressure.js";

describe("classifyBloodPressure (ESC/ESH 2018, Table 3)", () => {
  it.each([
    // systolic boundaries with an optimal diastolic
    [119, 70, "optimal"],
    [120, 70, "normal"],
    [129, 70, "normal"],
    [130, 70, "high_normal"],
    [139, 70, "high_normal"],
    [140, 70, "isolated_systolic"],
    // diastolic boundaries with an optimal systolic
    [110, 79, "optimal"],
    [110, 80, "normal"],
    [110, 84, "normal"],
    [110, 85, "high_normal"],
    [110, 89, "high_normal"],
    [110, 90, "grade_1"],
    [110, 99, "grade_1"],
    [115, 100, "grade_2"],
    [115, 109, "grade_2"],
    [115, 110, "grade_3"],
    // both elevated: the higher class decides
    [140, 90, "grade_1"],
    [159, 99, "grade_1"],
    [160, 90, "grade_2"],
    [179, 109, "grade_2"],
    [180, 90, "grade_3"],
    [145, 105, "grade_2"],
    [125, 88, "high_normal"],
    [135, 82, "high_normal"],
    // isolated systolic: systolic ≥ 140 with diastolic < 90, whatever the systolic grade
    [140, 89, "isolated_systolic"],
    [165, 85, "isolated_systolic"],
    [200, 60, "isolated_systolic"],
  ] as const)("%i/%i mmHg is %s", (systolic, diastolic, expected) => {
    expect(classifyBloodPressure(systolic, diastolic)).toBe(expected);
  });
});
