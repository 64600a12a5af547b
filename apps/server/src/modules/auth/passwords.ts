import { createHash, timingSafeEqual } from "node:crypto";
import { hash, type Options, verify } from "@node-rs/argon2";
import bcrypt from "bcryptjs";

/** Algorithm.Argon2id of @node-rs/argon2 (a const enum, which isolated modules cannot import). */
const ARGON2ID = 2 satisfies NonNullable<Options["algorithm"]>;

/** argon2id with the OWASP-recommended minimum (19 MiB, 2 passes). */
const ARGON2_OPTIONS: Options = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export type PasswordCheck = { ok: boolean; needsUpgrade: boolean };

const LEGACY_SHA256 = /^[0-9a-f]{64}$/i;

/**
 * Checks a password against a stored hash of any generation: argon2id (current), bcrypt (the
 * original's `$2…` hashes) and the original's unsalted SHA-256 hex digests. Anything but argon2id
 * is reported as needing an upgrade, which the caller does after a successful login.
 */
export async function checkPassword(password: string, stored: string): Promise<PasswordCheck> {
  if (stored.startsWith("$argon2")) {
    try {
      return { ok: await verify(stored, password), needsUpgrade: false };
    } catch {
      return { ok: false, needsUpgrade: false };
    }
  }
  if (stored.startsWith("$2")) {
    return { ok: await bcrypt.compare(password, stored), needsUpgrade: true };
  }
  if (LEGACY_SHA256.test(stored)) {
    const digest = createHash("sha256").update(password).digest();
    return { ok: timingSafeEqual(digest, Buffer.from(stored, "hex")), needsUpgrade: true };
  }
  return { ok: false, needsUpgrade: false };
}

let dummyHash: Promise<string> | null = null;

/** Spends the time of a real check, so an unknown address answers as slowly as a wrong password. */
export async function burnPasswordCheck(password: string): Promise<void> {
  dummyHash ??= hashPassword("not-a-real-password-0000");
  await verify(await dummyHash, password).catch(() => false);
}
