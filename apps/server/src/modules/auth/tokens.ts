import { createHash, randomBytes } from "node:crypto";

/** 32 random bytes, URL-safe (43 characters), as the original's `secrets.token_urlsafe(32)`. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What the database keeps of a token: its SHA-256, so a leaked table opens no session. */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
