/**
 * Blood pressure classes of the 2018 ESC/ESH guideline (the WHO/ISH scheme): the higher class of
 * systolic and diastolic decides; systolic ≥ 140 with diastolic < 90 is isolated systolic
 * hypertension. Source: Williams B. et al., 2018 ESC/ESH Guidelines for the management of arterial
 * hypertension, Eur Heart J 2018;39:3021–3104, Table 3 (office blood pressure, mmHg).
 */
export const bloodPressureClasses = [
  "optimal",
  "normal",
  "high_normal",
  "grade_1",
  "grade_2",
  "grade_3",
  "isolated_systolic",
] as const;
export type BloodPressureClass = (typeof bloodPressureClasses)[number];

type Graded = Exclude<BloodPressureClass, "isolated_systolic">;

/** Lower bounds (inclusive) of each class, systolic and diastolic. */
const bounds: readonly { cls: Graded; systolic: number; diastolic: number }[] = [
  { cls: "grade_3", systolic: 180, diastolic: 110 },
  { cls: "grade_2", systolic: 160, diastolic: 100 },
  { cls: "grade_1", systolic: 140, diastolic: 90 },
  { cls: "high_normal", systolic: 130, diastolic: 85 },
  { cls: "normal", systolic: 120, diastolic: 80 },
];

function classOf(value: number, key: "systolic" | "diastolic"): Graded {
  return bounds.find((b) => value >= b[key])?.cls ?? "optimal";
}

const rank: Record<Graded, number> = {
  optimal: 0,
  normal: 1,
  high_normal: 2,
  grade_1: 3,
  grade_2: 4,
  grade_3: 5,
};

export function classifyBloodPressure(systolic: number, diastolic: number): BloodPressureClass {
  if (systolic >= 140 && diastolic < 90) return "isolated_systolic";
  const bySystolic = classOf(systolic, "systolic");
  const byDiastolic = classOf(diastolic, "diastolic");
  return rank[bySystolic] >= rank[byDiastolic] ? bySystolic : byDiastolic;
}
