import { describe, expect, it } from "vitest";
import { deriveCircumference, navyBodyFatPct, waistHeightRisk, waistHipRatio } from "./circumference.js";

const IN = 2.54;

describe("navyBodyFatPct (Hodgdon & Beckett 1984, DoDI 1308.3 inch form)", () => {
  it("men: the published example, 70 in tall, 34 in waist, 15 in neck → 17.5 %", () => {
    // 86.010·log10(34 − 15) − 70.041·log10(70) + 36.76
    // = 86.010·1.278754 − 70.041·1.845098 + 36.76 = 109.9856 − 129.2325 + 36.76 = 17.5131
    const pct = navyBodyFatPct({
      sex: "male",
      heightCm: 70 * IN,
      neckCm: 15 * IN,
      waistCm: 34 * IN,
      hipCm: null,
    });
    expect(pct).toBeCloseTo(17.5131, 3);
  });

  it("women: 65 in tall, 30 in waist, 38 in hip, 13 in neck → 28.56 % (by hand)", () => {
    // 163.205·log10(30 + 38 − 13) − 97.684·log10(65) − 78.387
    // = 163.205·1.740363 − 97.684·1.812913 − 78.387 = 284.0359 − 177.0926 − 78.387 = 28.5563
    const pct = navyBodyFatPct({
      sex: "female",
      heightCm: 65 * IN,
      neckCm: 13 * IN,
      waistCm: 30 * IN,
      hipCm: 38 * IN,
    });
    expect(pct).toBeCloseTo(28.5563, 3);
  });

  it("men: ignores the hip", () => {
    const base = { sex: "male", heightCm: 180, neckCm: 40, waistCm: 90 } as const;
    expect(navyBodyFatPct({ ...base, hipCm: 100 })).toBe(navyBodyFatPct({ ...base, hipCm: null }));
  });

  it("is null for a woman without a hip, or a neck as wide as the waist", () => {
    expect(navyBodyFatPct({ sex: "female", heightCm: 165, neckCm: 33, waistCm: 76, hipCm: null })).toBeNull();
    expect(navyBodyFatPct({ sex: "male", heightCm: 180, neckCm: 40, waistCm: 40, hipCm: null })).toBeNull();
  });
});

describe("waist ratios", () => {
  it("waist-hip: 80 / 100 = 0.8", () => {
    expect(waistHipRatio(80, 100)).toBe(0.8);
  });

  it.each([
    [0.4999, "low"],
    [0.5, "increased"],
    [0.5999, "increased"],
    [0.6, "high"],
    [0.75, "high"],
  ] as const)("waist-height %d is %s", (ratio, risk) => {
    expect(waistHeightRisk(ratio)).toBe(risk);
  });
});

describe("deriveCircumference", () => {
  it("gives every figure when all inputs are there", () => {
    const d = deriveCircumference({ sex: "male", heightCm: 180, neck: 40, waist: 90, hip: 100 });
    expect(d).toEqual({
      waistHipRatio: 0.9,
      waistHeightRatio: 0.5,
      waistHeightRisk: "increased",
      navyBodyFatPct: expect.any(Number),
      missing: [],
    });
  });

  it("says what the profile and the entry lack", () => {
    const d = deriveCircumference({ sex: null, heightCm: null, neck: null, waist: 80, hip: 100 });
    expect(d).toEqual({
      waistHipRatio: 0.8,
      waistHeightRatio: null,
      waistHeightRisk: null,
      navyBodyFatPct: null,
      missing: ["neck", "height", "sex"],
    });
  });

  it("a woman's Navy estimate waits for the hip", () => {
    const d = deriveCircumference({ sex: "female", heightCm: 165, neck: 33, waist: 76, hip: null });
    expect(d.navyBodyFatPct).toBeNull();
    expect(d.waistHipRatio).toBeNull();
    expect(d.missing).toEqual(["hip"]);
    expect(d.waistHeightRisk).toBe("low"); // 76 / 165 = 0.46
  });
});
