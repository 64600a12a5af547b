import type { AuthResponse, Language, LoginBody, RegisterBody, ResetPasswordBody } from "@mitai/shared";
import type { FastifyBaseLogger } from "fastify";
import type { ChangeCache } from "../../cache/change-cache.js";
import type { Database } from "../../db/client.js";
import { BadRequestError, ConflictError, ForbiddenError, UnauthorizedError } from "../../errors.js";
import type { Mailer } from "../../mail/mailer.js";
import { type MailKind, renderMail } from "../../mail/templates.js";
import type { Actor } from "../../plugins/auth.js";
import { findProfileByEmail, insertProfileFirstIsAdmin, updateProfile } from "../profiles/profile.repo.js";
import { toProfile } from "../profiles/profile.service.js";
import type { ProfileRow } from "../profiles/profile.table.js";
import {
  consumeEmailToken,
  deleteSession,
  deleteSessionsOf,
  type EmailTokenPurpose,
  insertEmailToken,
  insertSession,
  retireEmailTokens,
} from "./auth.repo.js";
import { burnPasswordCheck, checkPassword, hashPassword } from "./passwords.js";
import { hashToken, newToken } from "./tokens.js";

export type AuthContext = {
  db: Database;
  mailer: Mailer;
  appUrl: string;
  log: FastifyBaseLogger;
  cache: ChangeCache;
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
export const VERIFY_TOKEN_HOURS = 48;
export const RESET_TOKEN_HOURS = 1;

const linkPath: Record<EmailTokenPurpose, string> = { verify: "/verify", reset: "/reset-password" };

async function createSession(db: Database, profile: ProfileRow): Promise<AuthResponse> {
  const token = newToken();
  await insertSession(db, profile.id, hashToken(token), new Date(Date.now() + profile.sessionDays * DAY_MS));
  return { token, profile: toProfile(profile) };
}

/** Creates a one-time token (only the newest link of a purpose works) and mails its link. */
async function sendTokenMail(
  ctx: AuthContext,
  profile: ProfileRow,
  purpose: EmailTokenPurpose,
): Promise<void> {
  const token = newToken();
  const hours = purpose === "verify" ? VERIFY_TOKEN_HOURS : RESET_TOKEN_HOURS;
  await ctx.db.transaction(async (tx) => {
    await retireEmailTokens(tx, profile.id, purpose);
    await insertEmailToken(tx, profile.id, purpose, hashToken(token), new Date(Date.now() + hours * HOUR_MS));
  });
  const link = `${ctx.appUrl}${linkPath[purpose]}?token=${token}`;
  const kind: MailKind = purpose;
  await ctx.mailer.send(profile.email, renderMail(kind, profile.language, profile.name, link), link);
}

export async function register(
  ctx: AuthContext,
  body: RegisterBody & { email: string },
  fallbackLanguage: Language,
) {
  if (await findProfileByEmail(ctx.db, body.email)) {
    throw new ConflictError("email_taken", "An account with this e-mail address exists already");
  }
  let profile: ProfileRow;
  try {
    profile = await insertProfileFirstIsAdmin(ctx.db, {
      email: body.email,
      name: body.name,
      passwordHash: await hashPassword(body.password),
      language: body.language ?? fallbackLanguage,
      ...(body.timeZone ? { timeZone: body.timeZone } : {}),
    });
  } catch (err) {
    // The unique index on lower(email) decides a race between two registrations of one address.
    if (await findProfileByEmail(ctx.db, body.email)) {
      throw new ConflictError("email_taken", "An account with this e-mail address exists already");
    }
    throw err;
  }
  await sendTokenMail(ctx, profile, "verify");
}

export async function verifyEmail(ctx: AuthContext, token: string): Promise<AuthResponse> {
  const profileId = await consumeEmailToken(ctx.db, "verify", hashToken(token));
  const profile = profileId ? await updateProfile(ctx.db, profileId, { emailVerified: true }) : null;
  if (!profile) throw new BadRequestError("invalid_token", "This link is invalid, used or expired");
  if (!profile.active) throw new ForbiddenError("account_disabled", "This account has been deactivated");
  return createSession(ctx.db, profile);
}

export async function login(ctx: AuthContext, body: LoginBody & { email: string }): Promise<AuthResponse> {
  const profile = await findProfileByEmail(ctx.db, body.email);
  if (!profile) {
    await burnPasswordCheck(body.password);
    throw new UnauthorizedError("invalid_credentials", "E-mail address or password is wrong");
  }
  const check = await checkPassword(body.password, profile.passwordHash);
  if (!check.ok) throw new UnauthorizedError("invalid_credentials", "E-mail address or password is wrong");
  if (!profile.active) throw new ForbiddenError("account_disabled", "This account has been deactivated");
  if (!profile.emailVerified) {
    throw new ForbiddenError(
      "email_not_verified",
      "Confirm your e-mail address first; the link is in the mail",
    );
  }
  if (check.needsUpgrade) {
    await updateProfile(ctx.db, profile.id, { passwordHash: await hashPassword(body.password) });
    ctx.log.info({ profileId: profile.id }, "password hash upgraded to argon2id");
  }
  return createSession(ctx.db, profile);
}

export async function logout(db: Database, actor: Actor): Promise<void> {
  await deleteSession(db, actor.sessionId);
}

export async function forgotPassword(ctx: AuthContext, email: string): Promise<void> {
  const profile = await findProfileByEmail(ctx.db, email);
  if (profile?.active) await sendTokenMail(ctx, profile, "reset");
}

export async function resendVerification(ctx: AuthContext, email: string): Promise<void> {
  const profile = await findProfileByEmail(ctx.db, email);
  if (profile?.active && !profile.emailVerified) await sendTokenMail(ctx, profile, "verify");
}

/** Sets the new password and ends every session of the profile; the link works once. */
export async function resetPassword(ctx: AuthContext, body: ResetPasswordBody): Promise<void> {
  const passwordHash = await hashPassword(body.password);
  const profileId = await ctx.db.transaction(async (tx) => {
    const id = await consumeEmailToken(tx, "reset", hashToken(body.token));
    if (!id) throw new BadRequestError("invalid_token", "This link is invalid, used or expired");
    // Following the mailed link proves the address as well as verification would.
    await updateProfile(tx, id, { passwordHash, emailVerified: true });
    await deleteSessionsOf(tx, id);
    return id;
  });
  // The old sessions end in this process now, elsewhere when the database's notice arrives.
  ctx.cache.evict(profileId);
}
