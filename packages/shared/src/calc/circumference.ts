import {
  type CircumferenceDerived,
  type CircumferenceInput,
  circumferenceInputs,
  type WaistHeightRisk,
} from "../circumference.js";
import type { Sex } from "../profile.js";

const CM_PER_INCH = 2.54;

export type NavyInput = {
  sex: Sex;
  heightCm: number;
  neckCm: number;
  waistCm: number;
  /** Needed for women only. */
  hipCm: number | null;
};

/**
 * US Navy circumference body fat %: Hodgdon JA, Beckett MB. Prediction of percent body fat for
 * U.S. Navy men and women from body circumferences and height. Naval Health Research Center,
 * San Diego, Reports 84-11 (men) and 84-29 (women), 1984; in the inch form of DoD Instruction
 * 1308.3 (2002):
 *   men   %BF =  86.010·log10(waist − neck)       − 70.041·log10(height) + 36.76
 *   women %BF = 163.205·log10(waist + hip − neck) − 97.684·log10(height) − 78.387
 * The centimetres are converted to inches first rather than using a "metric" variant, whose
 * constants differ between sources; the conversion gives exactly the published equation.
 * The Navy tapes a man's abdomen at the navel and a woman's waist at its narrowest; both come from
 * the entry's `waist` here (as issue 3 asks), so a man whose navel girth differs should log it there.
 * Null when the logarithm's argument is not positive (a neck as wide as the waist) or a woman's
 * hip is missing.
 */
export function navyBodyFatPct(input: NavyInput): number | null {
  const height = input.heightCm / CM_PER_INCH;
  const neck = input.neckCm / CM_PER_INCH;
  const waist = input.waistCm / CM_PER_INCH;
  if (height <= 0) return null;
  if (input.sex === "male") {
    if (waist - neck <= 0) return null;
    return 86.01 * Math.log10(waist - neck) - 70.041 * Math.log10(height) + 36.76;
  }
  if (input.hipCm === null) return null;
  const girth = waist + input.hipCm / CM_PER_INCH - neck;
  if (girth <= 0) return null;
  return 163.205 * Math.log10(girth) - 97.684 * Math.log10(height) - 78.387;
}

/**
 * Waist-to-hip ratio as the WHO defines it: Waist circumference and waist–hip ratio: report of a
 * WHO expert consultation, Geneva, 8–11 December 2008 (WHO 2011).
 */
export function waistHipRatio(waistCm: number, hipCm: number): number {
  return waistCm / hipCm;
}

export function waistHeightRatio(waistCm: number, heightCm: number): number {
  return waistCm / heightCm;
}

/**
 * Waist-to-height risk bands: below 0.5 no increased risk (Ashwell M, Hsieh SD. Six reasons why
 * the waist-to-height ratio is a rapid and effective global indicator for health risks of obesity.
 * Int J Food Sci Nutr 2005;56:303–307); 0.5 up to 0.6 increased and 0.6 or more high (Ashwell M,
 * Gibson S. Waist-to-height ratio as an indicator of 'early health risk'. BMJ Open 2016;6:e010159;
 * the same cut-offs as NICE guideline CG189, 2022 update).
 */
export function waistHeightRisk(ratio: number): WaistHeightRisk {
  if (ratio < 0.5) return "low";
  if (ratio < 0.6) return "increased";
  return "high";
}

export type CircumferenceDerivedInput = {
  sex: Sex | null;
  heightCm: number | null;
  neck: number | null;
  waist: number | null;
  hip: number | null;
};

/**
 * The figures a circumference entry answers with. Every input feeds at least one figure (the hip
 * both the waist-hip ratio and a woman's Navy estimate), so each absent one is reported.
 */
export function deriveCircumference(input: CircumferenceDerivedInput): CircumferenceDerived {
  const { sex, heightCm, neck, waist, hip } = input;
  const given: Record<CircumferenceInput, boolean> = {
    neck: neck !== null,
    waist: waist !== null,
    hip: hip !== null,
    height: heightCm !== null,
    sex: sex !== null,
  };
  const whr = waist !== null && hip !== null ? waistHipRatio(waist, hip) : null;
  const whtr = waist !== null && heightCm !== null ? waistHeightRatio(waist, heightCm) : null;
  const navy =
    sex !== null && heightCm !== null && neck !== null && waist !== null
      ? navyBodyFatPct({ sex, heightCm, neckCm: neck, waistCm: waist, hipCm: hip })
      : null;
  return {
    waistHipRatio: whr,
    waistHeightRatio: whtr,
    waistHeightRisk: whtr === null ? null : waistHeightRisk(whtr),
    navyBodyFatPct: navy,
    missing: circumferenceInputs.filter((name) => !given[name]),
  };
}
