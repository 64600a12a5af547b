import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { PhotoSize } from "@mitai/shared";

/*
 * Signed links to photo files. `<img src>` cannot send the session header, so an entry carries
 * links that prove by themselves that their owner asked for them: HMAC-SHA256 with a server key
 * over `profileId:photoId:size:exp`. The key is made at first start and kept in
 * DATA_DIR/secrets/photo-links.key; deleting it (or losing DATA_DIR) only invalidates old links.
 */

/** A link is good for at least this long... */
const LINK_TTL_S = 3600;
/** ...and its expiry is rounded up to this step, so a page fetched again soon gets the same URLs (browser cache hits). */
const LINK_STEP_S = 900;
const KEY_FILE = "photo-links.key";

export type PhotoLinkKey = Buffer;

/** The key, created on first use; two processes starting at once agree on the one written first. */
export async function loadPhotoLinkKey(dataDir: string): Promise<PhotoLinkKey> {
  const dir = path.join(dataDir, "secrets");
  const file = path.join(dir, KEY_FILE);
  await mkdir(dir, { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
  } catch (err) {
    if (!(err instanceof Error && "code" in err && err.code === "EEXIST")) throw err;
  }
  const hex = (await readFile(file, "utf8")).trim();
  if (!/^[0-9a-f]{64}$/.test(hex))
    throw new Error(`${file} is not a 32-byte hex key; delete it to make a new one`);
  return Buffer.from(hex, "hex");
}

type LinkSubject = { profileId: string; photoId: string; size: PhotoSize };

function signature(key: PhotoLinkKey, s: LinkSubject, exp: number): Buffer {
  return createHmac("sha256", key).update(`${s.profileId}:${s.photoId}:${s.size}:${exp}`).digest();
}

export function linkExpiry(nowMs: number = Date.now()): number {
  return Math.ceil((nowMs / 1000 + LINK_TTL_S) / LINK_STEP_S) * LINK_STEP_S;
}

export function signedPhotoUrl(key: PhotoLinkKey, s: LinkSubject, exp: number): string {
  const sig = signature(key, s, exp).toString("base64url");
  return `/api/photos/${s.photoId}/file/${s.size}?exp=${exp}&sig=${sig}`;
}

export type LinkCheck = { ok: true; maxAgeS: number } | { ok: false; reason: "invalid" | "expired" };

/** Whether a link's `exp` and `sig` were made by this server for this subject, and are still good. */
export function checkPhotoLink(
  key: PhotoLinkKey,
  s: LinkSubject,
  query: { exp?: string | undefined; sig?: string | undefined },
  nowMs: number = Date.now(),
): LinkCheck {
  if (!query.exp || !/^\d{1,12}$/.test(query.exp) || !query.sig) return { ok: false, reason: "invalid" };
  const exp = Number(query.exp);
  const expected = signature(key, s, exp);
  const given = Buffer.from(query.sig, "base64url");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: "invalid" };
  }
  const left = exp - Math.floor(nowMs / 1000);
  return left > 0 ? { ok: true, maxAgeS: left } : { ok: false, reason: "expired" };
}
