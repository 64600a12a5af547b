import type { Profile } from "@mitai/shared";

/** A profile as the API sends it, for the settings forms' tests: no targets, height set. */
export const testProfile: Profile = {
  id: "0b7c6f0e-8f7e-4d5c-9a55-2f4a3c1b9e11",
  email: "anna@example.org",
  name: "Anna",
  role: "user",
  active: true,
  emailVerified: true,
  sex: null,
  birthDate: null,
  heightCm: 172.5,
  goalWeightKg: null,
  language: "de",
  timeZone: "Europe/Berlin",
  sessionDays: 30,
  kcalTarget: null,
  proteinTarget: null,
  proteinTargetUnit: "g",
  fatTargetG: null,
  carbsTargetG: null,
  createdAt: "2025-01-01T10:00:00Z",
};
