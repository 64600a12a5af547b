import { describe, expect, it } from "vitest";
import { testProfile } from "./profile.fixture";
import { profileFormSchema, profileFormValues } from "./profileForm";

const profile = testProfile;

describe("profileFormSchema", () => {
  it("round-trips a profile in German notation", () => {
    const values = profileFormValues(profile, "de");
    expect(values.heightCm).toBe("172,5");
    expect(profileFormSchema.parse(values)).toEqual({
      name: "Anna",
      sex: null,
      birthDate: null,
      heightCm: 172.5,
      goalWeightKg: null,
      timeZone: "Europe/Berlin",
      sessionDays: 30,
    });
  });

  it("reads typed values", () => {
    const parsed = profileFormSchema.parse({
      ...profileFormValues(profile, "de"),
      sex: "female",
      birthDate: "1990-04-02",
      goalWeightKg: "68,5",
      sessionDays: " 90 ",
    });
    expect(parsed).toMatchObject({
      sex: "female",
      birthDate: "1990-04-02",
      goalWeightKg: 68.5,
      sessionDays: 90,
    });
  });

  it("keeps the shared limits", () => {
    const values = profileFormValues(profile, "en");
    expect(profileFormSchema.safeParse({ ...values, heightCm: "30" }).success).toBe(false);
    expect(profileFormSchema.safeParse({ ...values, sessionDays: "400" }).success).toBe(false);
    expect(profileFormSchema.safeParse({ ...values, timeZone: "Mars/Olympus" }).success).toBe(false);
    expect(profileFormSchema.safeParse({ ...values, name: "  " }).success).toBe(false);
  });
});
