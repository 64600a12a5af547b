import { z } from "zod";
import { isoDate, MIN_LOG_DATE, timeZone } from "./dates.js";
import { nutritionGoalFields } from "./nutrition.js";

export const roles = ["admin", "user"] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

export const languages = ["de", "en"] as const;
export const language = z.enum(languages);
export type Language = z.infer<typeof language>;

export const sexes = ["male", "female"] as const;
export const sex = z.enum(sexes);
export type Sex = z.infer<typeof sex>;

export const SESSION_DAYS_DEFAULT = 30;

/** A profile as the API shows it: never a hash, never a token. */
export const profile = z
  .object({
    id: z.uuid(),
    email: z.email(),
    name: z.string(),
    role,
    active: z.boolean(),
    emailVerified: z.boolean(),
    sex: sex.nullable(),
    birthDate: isoDate.nullable(),
    heightCm: z.number().nullable(),
    goalWeightKg: z.number().nullable(),
    language,
    timeZone: z.string(),
    sessionDays: z.int(),
    /** Daily nutrition targets (null when not set); protein in grams or grams per kg. */
    ...nutritionGoalFields,
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: "Profile" });
export type Profile = z.infer<typeof profile>;

export const profileName = z.string().trim().min(1, "must not be empty").max(100);

/** `PUT /api/profile`: the profile's own settings; email is read-only. */
export const profileUpdate = z
  .strictObject({
    name: profileName,
    sex: sex.nullable(),
    birthDate: isoDate
      .refine((d) => d >= MIN_LOG_DATE, { error: `must not be before ${MIN_LOG_DATE}` })
      .nullable(),
    heightCm: z.number().min(50).max(272).nullable(),
    goalWeightKg: z.number().min(20).max(400).nullable(),
    language,
    timeZone,
    sessionDays: z.int().min(1).max(365),
    ...nutritionGoalFields,
  })
  .partial()
  .meta({ id: "ProfileUpdate" });
export type ProfileUpdate = z.infer<typeof profileUpdate>;

/** `PUT /api/profiles/:id` (admin). */
export const adminProfileUpdate = z
  .strictObject({ role, active: z.boolean() })
  .partial()
  .meta({ id: "AdminProfileUpdate" });
export type AdminProfileUpdate = z.infer<typeof adminProfileUpdate>;

export const profileList = z.array(profile);
