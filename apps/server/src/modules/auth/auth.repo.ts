import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Database } from "../../db/client.js";
import { profiles } from "../profiles/profile.table.js";
import { emailTokens, sessions } from "./auth.table.js";

export type EmailTokenPurpose = "verify" | "reset";

/** The live session of a token hash with its (active) profile, in one query. */
export async function findSessionProfile(db: Database, tokenHash: string) {
  const rows = await db
    .select({ profile: profiles, sessionId: sessions.id, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(profiles, eq(profiles.id, sessions.profileId))
    .where(
      and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, new Date()), eq(profiles.active, true)),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSession(db: Database, profileId: string, tokenHash: string, expiresAt: Date) {
  await db.insert(sessions).values({ profileId, tokenHash, expiresAt });
}

export async function deleteSession(db: Database, sessionId: string) {
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

export async function deleteSessionsOf(db: Database, profileId: string) {
  await db.delete(sessions).where(eq(sessions.profileId, profileId));
}

/** Housekeeping: expired sessions and e-mail tokens that can never be used again. */
export async function deleteExpiredAuthRows(db: Database, now = new Date()) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
  await db.delete(emailTokens).where(lt(emailTokens.expiresAt, now));
}

export async function insertEmailToken(
  db: Database,
  profileId: string,
  purpose: EmailTokenPurpose,
  tokenHash: string,
  expiresAt: Date,
) {
  await db.insert(emailTokens).values({ profileId, purpose, tokenHash, expiresAt });
}

/**
 * Marks an unused, unexpired token as used and returns its profile id — one statement, so a
 * token raced by two requests works for only one of them.
 */
export async function consumeEmailToken(
  db: Database,
  purpose: EmailTokenPurpose,
  tokenHash: string,
): Promise<string | null> {
  const rows = await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(emailTokens.tokenHash, tokenHash),
        eq(emailTokens.purpose, purpose),
        isNull(emailTokens.usedAt),
        gt(emailTokens.expiresAt, new Date()),
      ),
    )
    .returning({ profileId: emailTokens.profileId });
  return rows[0]?.profileId ?? null;
}

/** Ends the other open tokens of that purpose, so only the newest link works. */
export async function retireEmailTokens(db: Database, profileId: string, purpose: EmailTokenPurpose) {
  await db
    .update(emailTokens)
    .set({ usedAt: new Date() })
    .where(
      and(eq(emailTokens.profileId, profileId), eq(emailTokens.purpose, purpose), isNull(emailTokens.usedAt)),
    );
}
