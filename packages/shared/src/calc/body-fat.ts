import {
  type BodyFatCategory,
  type CaliperMethod,
  type CaliperSite,
  type CaliperSites,
  missingSites,
  sitesFor,
} from "../caliper.js";
import type { Sex } from "../profile.js";

/**
 * Completed years on `date` (both `YYYY-MM-DD`): the age the skinfold equations and bands expect.
 * Comparing the "MM-DD" parts as text is enough for ISO dates; someone born on 29 February is a
 * year older from 1 March in other years.
 */
export function ageOn(birthDate: string, date: string): number {
  const hadBirthday = date.slice(5) >= birthDate.slice(5);
  return Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4)) - (hadBirthday ? 0 : 1);
}

/**
 * Jackson-Pollock 3-site body density (g/cm³) from the sum of three skinfolds (mm) and age.
 * Men (chest, abdomen, thigh): Jackson AS, Pollock ML. Generalized equations for predicting body
 * density of men. Br J Nutr 1978;40:497–504.
 * Women (triceps, suprailiac, thigh): Jackson AS, Pollock ML, Ward A. Generalized equations for
 * predicting body density of women. Med Sci Sports Exerc 1980;12:175–182.
 */
export function jacksonPollock3Density(sex: Sex, sumMm: number, ageYears: number): number {
  return sex === "male"
    ? 1.10938 - 0.0008267 * sumMm + 0.0000016 * sumMm ** 2 - 0.0002574 * ageYears
    : 1.0994921 - 0.0009929 * sumMm + 0.0000023 * sumMm ** 2 - 0.0001392 * ageYears;
}

/**
 * Jackson-Pollock 7-site body density (chest, axilla, triceps, subscapular, abdomen, suprailiac,
 * thigh), same two papers as the 3-site equations (men 1978, women 1980).
 */
export function jacksonPollock7Density(sex: Sex, sumMm: number, ageYears: number): number {
  return sex === "male"
    ? 1.112 - 0.00043499 * sumMm + 0.00000055 * sumMm ** 2 - 0.00028826 * ageYears
    : 1.097 - 0.00046971 * sumMm + 0.00000056 * sumMm ** 2 - 0.00012828 * ageYears;
}

type Coefficients = { c: number; m: number };
type AgeBands<T> = { byAge: readonly (T & { fromAge: number })[]; youngest: T };

/** The band of the highest `fromAge` not above the age; the youngest band for anyone below them all. */
function bandFor<T>(bands: AgeBands<T>, ageYears: number): T {
  return bands.byAge.find((b) => ageYears >= b.fromAge) ?? bands.youngest;
}

/**
 * Durnin JVGA, Womersley J. Body fat assessed from total body density and its estimation from
 * skinfold thickness: measurements on 481 men and women aged from 16 to 72 years. Br J Nutr
 * 1974;32:77–97, Table 5 (sum of biceps, triceps, subscapular and suprailiac; men 17–72, women
 * 16–68). The youngest band also serves anyone younger and the oldest anyone older: the study has
 * no bands beyond them.
 */
const durninBands: Record<Sex, AgeBands<Coefficients>> = {
  male: {
    byAge: [
      { fromAge: 50, c: 1.1715, m: 0.0779 },
      { fromAge: 40, c: 1.162, m: 0.07 },
      { fromAge: 30, c: 1.1422, m: 0.0544 },
      { fromAge: 20, c: 1.1631, m: 0.0632 },
    ],
    youngest: { c: 1.162, m: 0.063 }, // 17–19
  },
  female: {
    byAge: [
      { fromAge: 50, c: 1.1339, m: 0.0645 },
      { fromAge: 40, c: 1.1333, m: 0.0612 },
      { fromAge: 30, c: 1.1423, m: 0.0632 },
      { fromAge: 20, c: 1.1599, m: 0.0717 },
    ],
    youngest: { c: 1.1549, m: 0.0678 }, // 16–19
  },
};

export function durninWomersleyCoefficients(sex: Sex, ageYears: number): Coefficients {
  const { c, m } = bandFor(durninBands[sex], ageYears);
  return { c, m };
}

/** Durnin-Womersley 4-site body density: D = c − m·log10(sum of the four skinfolds in mm). */
export function durninWomersleyDensity(sex: Sex, sumMm: number, ageYears: number): number {
  const { c, m } = durninWomersleyCoefficients(sex, ageYears);
  return c - m * Math.log10(sumMm);
}

/**
 * Body fat % from body density: Siri WE. Body composition from fluid spaces and density: analysis
 * of methods. In: Brozek J, Henschel A (eds). Techniques for Measuring Body Composition.
 * Washington DC: National Academy of Sciences, 1961, pp. 223–244.
 */
export function siriBodyFatPct(density: number): number {
  return 495 / density - 450;
}

export const KG_PER_LB = 0.45359237;

/**
 * Parrillo 9-site: body fat % = 27 × sum of skinfolds (mm) / body weight (lb). Source: John
 * Parrillo's BodyStat caliper manual (Parrillo Performance, Cincinnati), as reproduced by trainers'
 * guides — a practitioner's rule, not a peer-reviewed regression, and it needs no age or sex but
 * the weight; it gives fat % directly, without a density.
 */
export function parrilloBodyFatPct(sumMm: number, weightKg: number): number {
  return (27 * sumMm) / (weightKg / KG_PER_LB);
}

/** Fat and lean (fat-free) mass in kg from weight and body fat %, by definition of the two-compartment model. */
export function fatAndLeanMass(
  weightKg: number,
  bodyFatPct: number,
): { fatMassKg: number; leanMassKg: number } {
  const fatMassKg = (weightKg * bodyFatPct) / 100;
  return { fatMassKg, leanMassKg: weightKg - fatMassKg };
}

export type SkinfoldInput = {
  method: CaliperMethod;
  sex: Sex;
  ageYears: number;
  sites: CaliperSites;
  /** Only Parrillo needs it; null when no weight is known for the day. */
  weightKg: number | null;
};

export type SkinfoldResult =
  | { ok: true; density: number | null; bodyFatPct: number }
  | { ok: false; problem: "missing_sites"; sites: CaliperSite[] }
  | { ok: false; problem: "weight_needed"; reason: string };

function sumOf(sites: CaliperSites, needed: readonly CaliperSite[]): number {
  return needed.reduce((sum, s) => sum + (sites[s] ?? 0), 0);
}

/** Body density and fat % for one caliper measurement by its method, or what keeps it from being computed. */
export function skinfoldBodyFat(input: SkinfoldInput): SkinfoldResult {
  const { method, sex, ageYears, sites, weightKg } = input;
  const missing = missingSites(method, sex, sites);
  if (missing.length > 0) return { ok: false, problem: "missing_sites", sites: missing };
  const sum = sumOf(sites, sitesFor(method, sex));
  if (method === "parrillo9") {
    if (weightKg === null)
      return { ok: false, problem: "weight_needed", reason: "the Parrillo formula needs the body weight" };
    return { ok: true, density: null, bodyFatPct: parrilloBodyFatPct(sum, weightKg) };
  }
  const density =
    method === "jp3"
      ? jacksonPollock3Density(sex, sum, ageYears)
      : method === "jp7"
        ? jacksonPollock7Density(sex, sum, ageYears)
        : durninWomersleyDensity(sex, sum, ageYears);
  return { ok: true, density, bodyFatPct: siriBodyFatPct(density) };
}

type CategoryBounds = { healthy: number; overweight: number; obese: number };

/**
 * Healthy body fat ranges by sex and age: Gallagher D, Heymsfield SB, Heo M, Jebb SA, Murgatroyd
 * PR, Sakamoto Y. Healthy percentage body fat ranges: an approach for developing guidelines based
 * on body mass index. Am J Clin Nutr 2000;72:694–701 — the fat % predicted at BMI 18.5, 25 and 30,
 * rounded as in the widely used chart derived from it. The study spans 20–79 years, so younger
 * adults get the 20–39 band and older ones the 60–79 band.
 */
const categoryBands: Record<Sex, AgeBands<CategoryBounds>> = {
  male: {
    byAge: [
      { fromAge: 60, healthy: 13, overweight: 25, obese: 30 },
      { fromAge: 40, healthy: 11, overweight: 22, obese: 28 },
    ],
    youngest: { healthy: 8, overweight: 20, obese: 25 },
  },
  female: {
    byAge: [
      { fromAge: 60, healthy: 24, overweight: 36, obese: 42 },
      { fromAge: 40, healthy: 23, overweight: 34, obese: 40 },
    ],
    youngest: { healthy: 21, overweight: 33, obese: 39 },
  },
};

/** The category of a body fat %, each lower bound inclusive, with its range as the label (e.g. "8–20 %"). */
export function bodyFatCategory(
  sex: Sex,
  ageYears: number,
  bodyFatPct: number,
): { key: BodyFatCategory; label: string } {
  const b = bandFor(categoryBands[sex], ageYears);
  if (bodyFatPct < b.healthy) return { key: "underfat", label: `< ${b.healthy} %` };
  if (bodyFatPct < b.overweight) return { key: "healthy", label: `${b.healthy}–${b.overweight} %` };
  if (bodyFatPct < b.obese) return { key: "overweight", label: `${b.overweight}–${b.obese} %` };
  return { key: "obese", label: `≥ ${b.obese} %` };
}
