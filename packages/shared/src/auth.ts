import { z } from "zod";
import { timeZone } from "./dates.js";
import { language, profile, profileName } from "./profile.js";

export const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: "must be an e-mail address" }))
  .transform((e) => e.toLowerCase());

export const PASSWORD_MIN = 8;
export const password = z
  .string()
  .min(PASSWORD_MIN, `must be at least ${PASSWORD_MIN} characters`)
  .max(200, "must be at most 200 characters");

export const registerBody = z
  .strictObject({
    name: profileName,
    email,
    password,
    language: language.optional(),
    timeZone: timeZone.optional(),
  })
  .meta({ id: "RegisterBody" });
export type RegisterBody = z.input<typeof registerBody>;

export const loginBody = z
  .strictObject({ email, password: z.string().min(1).max(200) })
  .meta({ id: "LoginBody" });
export type LoginBody = z.input<typeof loginBody>;

export const tokenBody = z.strictObject({ token: z.string().min(16).max(200) }).meta({ id: "TokenBody" });
export const emailBody = z.strictObject({ email }).meta({ id: "EmailBody" });
export const resetPasswordBody = z
  .strictObject({ token: z.string().min(16).max(200), password })
  .meta({ id: "ResetPasswordBody" });
export type ResetPasswordBody = z.input<typeof resetPasswordBody>;

export const authResponse = z.object({ token: z.string(), profile }).meta({ id: "AuthResponse" });
export type AuthResponse = z.infer<typeof authResponse>;

export const messageResponse = z.object({ detail: z.string() }).meta({ id: "Message" });

/** Header names that carry the session token (spec §4). */
export const AUTH_HEADER = "x-auth-token";
