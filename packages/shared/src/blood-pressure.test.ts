import { describe, expect, it } from "vitest";
import { bloodPressureCreate, bloodPressureProblem } from "./blood-pressure.js";

/** The schema's first complaint in the same `field message` form, or null. */
function schemaProblem(r: {
  systolic: number;
  diastolic: number;
  pulse: number | null;
  note: string | null;
}) {
  const parsed = bloodPressureCreate.safeParse({ measuredAt: "2025-01-01T08:00:00Z", ...r });
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  return `${issue?.path.join(".")} ${issue?.message}`;
}

describe("bloodPressureProblem", () => {
  it("answers as the schema does, on and around every boundary", () => {
    const systolics = [49, 50, 50.5, 120, 300, 301];
    const diastolics = [29, 30, 80, 119, 120, 200, 201];
    const pulses = [null, 24, 25, 70, 250, 251];
    const notes = [null, "", "x".repeat(500), "x".repeat(501), ` ${"x".repeat(500)} `];
    let compared = 0;
    for (const systolic of systolics)
      for (const diastolic of diastolics)
        for (const pulse of pulses)
          for (const note of notes) {
            const r = { systolic, diastolic, pulse, note };
            // The schema reports fields in its own order; both must agree whether and what is wrong first
            // where only one thing is wrong, and on validity always.
            const fast = bloodPressureProblem(r);
            const slow = schemaProblem(r);
            expect(fast === null).toBe(slow === null);
            compared++;
          }
    expect(compared).toBe(6 * 7 * 6 * 5);
  });

  it("names the one thing wrong in the schema's words", () => {
    const ok = { systolic: 120, diastolic: 80, pulse: 60, note: null };
    for (const r of [
      { ...ok, systolic: 301 },
      { ...ok, systolic: 49 },
      { ...ok, diastolic: 29 },
      { ...ok, pulse: 251 },
      { ...ok, pulse: 60.5 },
      { ...ok, diastolic: 120, systolic: 120 },
      { ...ok, note: "x".repeat(501) },
    ]) {
      expect(bloodPressureProblem(r)).toBe(schemaProblem(r));
    }
    expect(bloodPressureProblem(ok)).toBeNull();
  });
});
