import { describe, expect, it } from "vitest";
import {
  ageOn,
  bodyFatCategory,
  durninWomersleyCoefficients,
  durninWomersleyDensity,
  fatAndLeanMass,
  jacksonPollock3Density,
  jacksonPollock7Density,
  parrilloBodyFatPct,
  siriBodyFatPct,
  skinfoldBodyFat,
} from "./body-fat.js";

/**
 * A published worked sheet for one man (29 years, 176 lb) measured at ten sites, with its JP-3,
 * JP-7 and Parrillo results ("Body Fat" calculator sheet, scribd.com/document/172535347):
 * JP-3 sum 23.5 mm → density 1.083372, 6.9 %; JP-7 sum 55.5 mm → density 1.08119, 7.8 %;
 * Parrillo sum 82 mm → 12.6 %.
 */
const sheetMan = {
  chest: 5.5,
  abdomen: 10.5,
  thigh: 7.5,
  triceps: 5,
  biceps: 4.5,
  subscapular: 12.5,
  suprailiac: 6.5,
  axilla: 8,
  calf: 10,
  lowerBack: 20,
};
const SHEET_WEIGHT_KG = 176 * 0.45359237;

describe("Siri (1961)", () => {
  it("turns density into fat % (worked example: 1.0650 g/cm³ ≈ 14.8 %)", () => {
    // 495 / 1.065 = 464.7887; − 450 = 14.7887
    expect(siriBodyFatPct(1.065)).toBeCloseTo(14.7887, 4);
  });
  it("gives 0 % at the density of fat-free mass Siri assumed (1.1 g/cm³)", () => {
    expect(siriBodyFatPct(1.1)).toBeCloseTo(0, 10);
  });
});

describe("Jackson-Pollock 3-site", () => {
  it("men: the published example, 30 years, 15 + 18 + 20 mm → 1.0623372, 16.0 %", () => {
    // 1.10938 − 0.0008267·53 + 0.0000016·2809 − 0.0002574·30
    // = 1.10938 − 0.0438151 + 0.0044944 − 0.007722 = 1.0623373
    const d = jacksonPollock3Density("male", 53, 30);
    expect(d).toBeCloseTo(1.0623372, 6);
    expect(siriBodyFatPct(d)).toBeCloseTo(16.0, 1);
  });

  it("men: the worked sheet, 29 years, sum 23.5 mm → 1.083372, 6.9 %", () => {
    const d = jacksonPollock3Density("male", 23.5, 29);
    expect(d).toBeCloseTo(1.083372, 6);
    expect(siriBodyFatPct(d)).toBeCloseTo(6.9, 1);
  });

  it("women: 25 years, 15 + 12 + 20 mm → 1.0544265, 19.45 % (by hand)", () => {
    // 1.0994921 − 0.0009929·47 + 0.0000023·2209 − 0.0001392·25
    // = 1.0994921 − 0.0466663 + 0.0050807 − 0.00348 = 1.0544265
    // 495 / 1.0544265 = 469.4495; − 450 = 19.4495
    const d = jacksonPollock3Density("female", 47, 25);
    expect(d).toBeCloseTo(1.0544265, 7);
    expect(siriBodyFatPct(d)).toBeCloseTo(19.4495, 3);
  });

  it("counts age against density: ten years more, 0.002574 g/cm³ less for men", () => {
    expect(jacksonPollock3Density("male", 53, 30) - jacksonPollock3Density("male", 53, 40)).toBeCloseTo(
      0.002574,
      9,
    );
  });
});

describe("Jackson-Pollock 7-site", () => {
  it("men: the worked sheet, 29 years, sum 55.5 mm → 1.08119, 7.8 %", () => {
    // 1.112 − 0.00043499·55.5 + 0.00000055·3080.25 − 0.00028826·29
    // = 1.112 − 0.0241419 + 0.0016941 − 0.0083595 = 1.0811927
    const d = jacksonPollock7Density("male", 55.5, 29);
    expect(d).toBeCloseTo(1.08119, 5);
    expect(siriBodyFatPct(d)).toBeCloseTo(7.8, 1);
  });

  it("men: 40 years, sum 100 mm → 1.0624706, 15.90 % (by hand)", () => {
    // 1.112 − 0.043499 + 0.0055 − 0.0115304 = 1.0624706; 495 / 1.0624706 − 450 = 15.8952
    const d = jacksonPollock7Density("male", 100, 40);
    expect(d).toBeCloseTo(1.0624706, 7);
    expect(siriBodyFatPct(d)).toBeCloseTo(15.8952, 3);
  });

  it("women: 35 years, sum 120 mm → 1.044209, 24.04 % (by hand)", () => {
    // 1.097 − 0.00046971·120 + 0.00000056·14400 − 0.00012828·35
    // = 1.097 − 0.0563652 + 0.008064 − 0.0044898 = 1.044209; 495 / 1.044209 − 450 = 24.0430
    const d = jacksonPollock7Density("female", 120, 35);
    expect(d).toBeCloseTo(1.044209, 6);
    expect(siriBodyFatPct(d)).toBeCloseTo(24.043, 3);
  });
});

describe("Durnin-Womersley 4-site (1974)", () => {
  it("the published example: a 40-year-old woman with a sum of 40 mm has 28.14 % (NASM)", () => {
    // 1.1333 − 0.0612·log10(40) = 1.1333 − 0.0612·1.60206 = 1.035254; 495 / 1.035254 − 450 = 28.14
    const d = durninWomersleyDensity("female", 40, 40);
    expect(d).toBeCloseTo(1.035254, 6);
    expect(siriBodyFatPct(d)).toBeCloseTo(28.14, 2);
  });

  // Sum 50 mm in every band, so only the coefficients differ; log10(50) = 1.698970.
  // Density = c − m·1.698970, fat % = 495 / density − 450 (all by hand, rounded to 4 places).
  it.each([
    ["male", 18, 1.162, 0.063, 1.054965, 19.2099], // 1.162 − 0.107035
    ["male", 25, 1.1631, 0.0632, 1.055725, 18.8721], // 1.1631 − 0.107375
    ["male", 35, 1.1422, 0.0544, 1.049776, 21.5292], // 1.1422 − 0.092424
    ["male", 45, 1.162, 0.07, 1.043072, 24.5597], // 1.162 − 0.118928
    ["male", 60, 1.1715, 0.0779, 1.03915, 26.3508], // 1.1715 − 0.132350
    ["female", 18, 1.1549, 0.0678, 1.03971, 26.0944], // 1.1549 − 0.115190
    ["female", 25, 1.1599, 0.0717, 1.038084, 26.8401], // 1.1599 − 0.121816
    ["female", 35, 1.1423, 0.0632, 1.034925, 28.2955], // 1.1423 − 0.107375
    ["female", 45, 1.1333, 0.0612, 1.029323, 30.8986], // 1.1333 − 0.103977
    ["female", 60, 1.1339, 0.0645, 1.024316, 33.2491], // 1.1339 − 0.109584
  ] as const)("%s aged %i: c %d, m %d → density %d, %d %%", (sex, age, c, m, density, pct) => {
    expect(durninWomersleyCoefficients(sex, age)).toEqual({ c, m });
    const d = durninWomersleyDensity(sex, 50, age);
    expect(d).toBeCloseTo(density, 6);
    expect(siriBodyFatPct(d)).toBeCloseTo(pct, 3);
  });

  it.each([
    ["male", 16, 1.162],
    ["male", 19, 1.162],
    ["male", 20, 1.1631],
    ["male", 29, 1.1631],
    ["male", 30, 1.1422],
    ["male", 39, 1.1422],
    ["male", 40, 1.162],
    ["male", 49, 1.162],
    ["male", 50, 1.1715],
    ["male", 80, 1.1715],
    ["female", 15, 1.1549],
    ["female", 19, 1.1549],
    ["female", 20, 1.1599],
    ["female", 29, 1.1599],
    ["female", 30, 1.1423],
    ["female", 39, 1.1423],
    ["female", 40, 1.1333],
    ["female", 49, 1.1333],
    ["female", 50, 1.1339],
    ["female", 75, 1.1339],
  ] as const)("band boundary: %s aged %i uses c = %d", (sex, age, c) => {
    expect(durninWomersleyCoefficients(sex, age).c).toBe(c);
  });
});

describe("Parrillo 9-site", () => {
  it("the worked sheet: sum 82 mm at 176 lb → 12.6 %", () => {
    // 27 · 82 / 176 = 2214 / 176 = 12.58
    expect(parrilloBodyFatPct(82, SHEET_WEIGHT_KG)).toBeCloseTo(12.58, 2);
  });
  it("works in pounds: 90 mm at 80 kg (176.3698 lb) → 13.78 %", () => {
    // 80 / 0.45359237 = 176.3698 lb; 27 · 90 / 176.3698 = 13.7779
    expect(parrilloBodyFatPct(90, 80)).toBeCloseTo(13.7779, 4);
  });
});

describe("skinfoldBodyFat", () => {
  it("reproduces the worked sheet for each method it shares", () => {
    const base = { sex: "male", ageYears: 29, sites: sheetMan, weightKg: SHEET_WEIGHT_KG } as const;
    const jp3 = skinfoldBodyFat({ ...base, method: "jp3" });
    const jp7 = skinfoldBodyFat({ ...base, method: "jp7" });
    const p9 = skinfoldBodyFat({ ...base, method: "parrillo9" });
    expect(jp3).toMatchObject({ ok: true, density: expect.closeTo(1.083372, 6) });
    expect(jp7).toMatchObject({ ok: true, density: expect.closeTo(1.08119, 5) });
    expect(p9).toEqual({ ok: true, density: null, bodyFatPct: expect.closeTo(12.58, 2) });
  });

  it("sums only the method's sites: women's 3-site takes triceps, suprailiac and thigh", () => {
    const r = skinfoldBodyFat({
      method: "jp3",
      sex: "female",
      ageYears: 25,
      sites: { triceps: 15, suprailiac: 12, thigh: 20, chest: 30, abdomen: 40 },
      weightKg: null,
    });
    expect(r).toEqual({ ok: true, density: expect.closeTo(1.0544265, 7), bodyFatPct: expect.any(Number) });
  });

  it("uses the Durnin-Womersley band of the age", () => {
    const sites = { biceps: 10, triceps: 15, subscapular: 15, suprailiac: 10 };
    const r = skinfoldBodyFat({ method: "dw4", sex: "female", ageYears: 35, sites, weightKg: null });
    expect(r).toMatchObject({ ok: true, bodyFatPct: expect.closeTo(28.2955, 3) });
  });

  it("names the missing sites in the method's order", () => {
    const r = skinfoldBodyFat({
      method: "jp7",
      sex: "male",
      ageYears: 30,
      sites: { chest: 10, triceps: 8, abdomen: null, thigh: 12 },
      weightKg: 80,
    });
    expect(r).toEqual({
      ok: false,
      problem: "missing_sites",
      sites: ["axilla", "subscapular", "abdomen", "suprailiac"],
    });
  });

  it("says Parrillo needs a weight when there is none", () => {
    const r = skinfoldBodyFat({
      method: "parrillo9",
      sex: "female",
      ageYears: 30,
      sites: sheetMan,
      weightKg: null,
    });
    expect(r).toMatchObject({ ok: false, problem: "weight_needed" });
  });
});

describe("fatAndLeanMass", () => {
  it("splits 80 kg at 20 % into 16 kg fat and 64 kg lean", () => {
    expect(fatAndLeanMass(80, 20)).toEqual({ fatMassKg: 16, leanMassKg: 64 });
  });
});

describe("bodyFatCategory (Gallagher et al. 2000)", () => {
  it.each([
    // men 20–39: healthy 8, overweight 20, obese 25 (each lower bound inclusive)
    ["male", 30, 7.9, "underfat", "< 8 %"],
    ["male", 30, 8, "healthy", "8–20 %"],
    ["male", 30, 19.9, "healthy", "8–20 %"],
    ["male", 30, 20, "overweight", "20–25 %"],
    ["male", 30, 25, "obese", "≥ 25 %"],
    // the band changes at 40 and 60
    ["male", 39, 21, "overweight", "20–25 %"],
    ["male", 40, 21, "healthy", "11–22 %"],
    ["male", 59, 28, "obese", "≥ 28 %"],
    ["male", 60, 28, "overweight", "25–30 %"],
    ["male", 60, 12.9, "underfat", "< 13 %"],
    // women 20–39: 21 / 33 / 39; 40–59: 23 / 34 / 40; 60–79: 24 / 36 / 42
    ["female", 25, 20.9, "underfat", "< 21 %"],
    ["female", 25, 21, "healthy", "21–33 %"],
    ["female", 25, 33, "overweight", "33–39 %"],
    ["female", 25, 39, "obese", "≥ 39 %"],
    ["female", 45, 22.9, "underfat", "< 23 %"],
    ["female", 45, 33.9, "healthy", "23–34 %"],
    ["female", 45, 40, "obese", "≥ 40 %"],
    ["female", 65, 35.9, "healthy", "24–36 %"],
    ["female", 65, 41.9, "overweight", "36–42 %"],
    // outside the study's 20–79 years: the nearest band
    ["male", 18, 20, "overweight", "20–25 %"],
    ["female", 85, 42, "obese", "≥ 42 %"],
  ] as const)("%s aged %i with %d %% is %s (%s)", (sex, age, pct, key, label) => {
    expect(bodyFatCategory(sex, age, pct)).toEqual({ key, label });
  });
});

describe("ageOn", () => {
  it.each([
    ["1990-06-15", "2025-06-14", 34],
    ["1990-06-15", "2025-06-15", 35],
    ["1990-12-31", "2026-01-01", 35],
    ["2000-02-29", "2025-02-28", 24],
    ["2000-02-29", "2025-03-01", 25],
    ["2000-02-29", "2024-02-29", 24],
  ])("born %s, on %s: %i", (birth, date, age) => {
    expect(ageOn(birth, date)).toBe(age);
  });
});
