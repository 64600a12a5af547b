import { createHash } from "node:crypto";
import { Writable } from "node:stream";
import bcrypt from "bcryptjs";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../../app.js";
import { loadConfig } from "../../config.js";
import { emailTokens, profiles, sessions } from "../../db/schema.js";
import { buildTestApp, newProfile, openTestDatabase, settle, type TestApp } from "../../test/helpers.js";
import { linkToken } from "../../test/mail-catcher.js";
import { deleteExpiredAuthRows } from "./auth.repo.js";
import { hashToken } from "./tokens.js";

let t: TestApp;
let ip = 0;
/** A fresh client address, so a test is not limited by another test's attempts. */
const nextIp = () => `10.1.${Math.floor(++ip / 250)}.${ip % 250}`;

beforeAll(async () => {
  t = await buildTestApp();
});

async function register(email: string, extra: Record<string, unknown> = {}, remoteAddress = nextIp()) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/register",
    remoteAddress,
    payload: { name: "Anna", email, password: "sicheres passwort", ...extra },
  });
}

async function login(email: string, password: string, remoteAddress = nextIp()) {
  return t.app.inject({
    method: "POST",
    url: "/api/auth/login",
    remoteAddress,
    payload: { email, password },
  });
}

async function profileRow(email: string) {
  const rows = await t.db.select().from(profiles).where(eq(profiles.email, email));
  return rows[0];
}

describe("register → verify → login (mail through a real SMTP server)", () => {
  it("makes the very first account admin and sends a verification mail whose link logs in", async () => {
    const res = await register("First@Example.org", { language: "en", timeZone: "America/New_York" });
    expect(res.statusCode).toBe(201);
    const mail = await t.mail.waitFor("first@example.org");
    expect(mail.subject).toBe("Confirm your e-mail address for Mitai Jinkendo");
    expect(mail.text).toContain("http://mitai.test/verify?token=");
    expect(mail.html).toContain("http://mitai.test/verify?token=");

    const notYet = await login("first@example.org", "sicheres passwort");
    expect(notYet.statusCode).toBe(403);
    expect(notYet.json()).toMatchObject({ code: "email_not_verified" });

    const verified = await t.app.inject({
      method: "POST",
      url: "/api/auth/verify",
      payload: { token: linkToken(mail, "/verify") },
    });
    expect(verified.statusCode).toBe(200);
    const body = verified.json();
    expect(body.profile).toMatchObject({
      email: "first@example.org",
      name: "Anna",
      role: "admin",
      language: "en",
      timeZone: "America/New_York",
      emailVerified: true,
    });
    expect(body.profile).not.toHaveProperty("passwordHash");
    const me = await t.app.inject({ url: "/api/auth/me", headers: { "x-auth-token": body.token } });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe("first@example.org");

    const again = await t.app.inject({
      method: "POST",
      url: "/api/auth/verify",
      payload: { token: linkToken(mail, "/verify") },
    });
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe("invalid_token");

    const ok = await login("FIRST@example.org", "sicheres passwort");
    expect(ok.statusCode).toBe(200);
    expect(ok.json().profile.role).toBe("admin");
  });

  it("makes later accounts users and writes the mail in the profile's language", async () => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/register",
      remoteAddress: nextIp(),
      headers: { "accept-language": "de-DE,de;q=0.9" },
      payload: { name: "Bernd", email: "bernd@example.org", password: "sicheres passwort" },
    });
    expect(res.statusCode).toBe(201);
    const mail = await t.mail.waitFor("bernd@example.org");
    expect(mail.subject).toBe("Bestätige deine E-Mail-Adresse für Mitai Jinkendo");
    expect(mail.text).toContain("Hallo Bernd");
    const row = await profileRow("bernd@example.org");
    expect(row?.role).toBe("user");
    expect(row?.language).toBe("de");
  });

  it("refuses an address that is taken, in any case, with 409", async () => {
    const res = await register("BERND@example.org");
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe("email_taken");
  });

  it("refuses bad registrations with 422 and stores nothing", async () => {
    for (const payload of [
      { name: "X", email: "not-an-address", password: "sicheres passwort" },
      { name: "X", email: "x1@example.org", password: "short" },
      { name: "", email: "x2@example.org", password: "sicheres passwort" },
      { name: "X", email: "x3@example.org", password: "sicheres passwort", role: "admin" },
      { name: "X", email: "x4@example.org", password: "sicheres passwort", timeZone: "Mars/Olympus" },
    ]) {
      const res = await t.app.inject({
        method: "POST",
        url: "/api/auth/register",
        remoteAddress: nextIp(),
        payload,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe("validation_error");
    }
    const rows = await t.db.select().from(profiles);
    expect(rows.some((r) => r.email.startsWith("x"))).toBe(false);
  });

  it("resends the verification mail; only the newest link works", async () => {
    await register("carla@example.org");
    const first = await t.mail.waitFor("carla@example.org");
    const resend = await t.app.inject({
      method: "POST",
      url: "/api/auth/resend-verification",
      remoteAddress: nextIp(),
      payload: { email: "carla@example.org" },
    });
    expect(resend.statusCode).toBe(202);
    const second = await t.mail.waitFor("carla@example.org", 2);
    const old = await t.app.inject({
      method: "POST",
      url: "/api/auth/verify",
      payload: { token: linkToken(first, "/verify") },
    });
    expect(old.statusCode).toBe(400);
    const fresh = await t.app.inject({
      method: "POST",
      url: "/api/auth/verify",
      payload: { token: linkToken(second, "/verify") },
    });
    expect(fresh.statusCode).toBe(200);
  });

  it("answers resend-verification with 202 for unknown addresses too, sending nothing", async () => {
    const before = t.mail.mails.length;
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/resend-verification",
      remoteAddress: nextIp(),
      payload: { email: "nobody@example.org" },
    });
    expect(res.statusCode).toBe(202);
    await new Promise((r) => setTimeout(r, 200));
    expect(t.mail.mails.length).toBe(before);
  });
});

describe("login", () => {
  it("answers a wrong password and an unknown address alike with 401 invalid_credentials", async () => {
    await newProfile(t, { email: "dora@example.org", password: "dora's password" });
    const wrong = await login("dora@example.org", "nope nope nope");
    const unknown = await login("nobody@example.org", "nope nope nope");
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({
        detail: "E-mail address or password is wrong",
        code: "invalid_credentials",
      });
    }
  });

  it("stores only a hash of the session token, valid for the profile's session lifetime", async () => {
    const p = await newProfile(t, { email: "emil@example.org", password: "emil's password" });
    await t.db.update(profiles).set({ sessionDays: 7 }).where(eq(profiles.id, p.profile.id));
    const res = await login("emil@example.org", "emil's password");
    const { token } = res.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await t.db.select().from(sessions).where(eq(sessions.profileId, p.profile.id));
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);
    const mine = rows.find((r) => r.tokenHash === createHash("sha256").update(token).digest("hex"));
    expect(mine).toBeDefined();
    const days = ((mine?.expiresAt.getTime() ?? 0) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThan(7.01);
  });

  it("accepts the token as X-Auth-Token and as Authorization: Bearer", async () => {
    const p = await newProfile(t);
    const bearer = await t.app.inject({
      url: "/api/auth/me",
      headers: { authorization: `Bearer ${p.token}` },
    });
    expect(bearer.statusCode).toBe(200);
    const header = await t.app.inject({ url: "/api/auth/me", headers: p.headers });
    expect(header.statusCode).toBe(200);
    const wrong = await t.app.inject({ url: "/api/auth/me", headers: { "x-auth-token": "made-up-token" } });
    expect(wrong.statusCode).toBe(401);
  });

  it("ends the session on logout: the token no longer works", async () => {
    const p = await newProfile(t);
    const out = await t.app.inject({ method: "POST", url: "/api/auth/logout", headers: p.headers });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ url: "/api/auth/me", headers: p.headers });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe("unauthorized");
  });

  it("refuses an expired session", async () => {
    const p = await newProfile(t);
    expect((await t.app.inject({ url: "/api/auth/me", headers: p.headers })).statusCode).toBe(200);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, hashToken(p.token)));
    await settle(t);
    const me = await t.app.inject({ url: "/api/auth/me", headers: p.headers });
    expect(me.statusCode).toBe(401);
  });

  it("accepts the original's bcrypt and SHA-256 hashes once and upgrades them to argon2id", async () => {
    const legacy = [
      ["sha@example.org", createHash("sha256").update("old sha password").digest("hex"), "old sha password"],
      ["bcrypt@example.org", bcrypt.hashSync("old bcrypt password", 10), "old bcrypt password"],
    ] as const;
    for (const [email, passwordHash, password] of legacy) {
      const p = await newProfile(t, { email });
      await t.db.update(profiles).set({ passwordHash }).where(eq(profiles.id, p.profile.id));
      expect((await login(email, "wrong password")).statusCode).toBe(401);
      expect((await profileRow(email))?.passwordHash).toBe(passwordHash);
      const ok = await login(email, password);
      expect(ok.statusCode).toBe(200);
      expect((await profileRow(email))?.passwordHash).toMatch(/^\$argon2id\$/);
      expect((await login(email, password)).statusCode).toBe(200);
    }
  });

  it("limits login to 5 attempts a minute per address, then 429", async () => {
    const address = nextIp();
    const codes: number[] = [];
    for (let i = 0; i < 6; i++)
      codes.push((await login("dora@example.org", "nope nope nope", address)).statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 401, 429]);
    const limited = await login("dora@example.org", "dora's password", address);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe("rate_limited");
    // Another address is not affected.
    expect((await login("dora@example.org", "dora's password", nextIp())).statusCode).toBe(200);
  });

  it("limits register to 3 a minute per address, then 429", async () => {
    const address = nextIp();
    const codes: number[] = [];
    for (let i = 0; i < 4; i++) codes.push((await register(`limit${i}@example.org`, {}, address)).statusCode);
    expect(codes).toEqual([201, 201, 201, 429]);
    expect(await profileRow("limit3@example.org")).toBeUndefined();
  });
});

describe("forgot and reset password", () => {
  it("answers 202 for any address; mails a link that works once and ends all sessions", async () => {
    const p = await newProfile(t, { email: "fritz@example.org", password: "fritz old password" });
    const unknown = await t.app.inject({
      method: "POST",
      url: "/api/auth/forgot-password",
      remoteAddress: nextIp(),
      payload: { email: "ghost@example.org" },
    });
    expect(unknown.statusCode).toBe(202);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/forgot-password",
      remoteAddress: nextIp(),
      payload: { email: "fritz@example.org" },
    });
    expect(res.statusCode).toBe(202);
    expect(unknown.json()).toEqual(res.json());
    const mail = await t.mail.waitFor("fritz@example.org");
    expect(mail.text).toContain("http://mitai.test/reset-password?token=");
    const token = linkToken(mail, "/reset-password");

    const reset = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { token, password: "fritz new password" },
    });
    expect(reset.statusCode).toBe(200);
    expect((await t.app.inject({ url: "/api/auth/me", headers: p.headers })).statusCode).toBe(401);
    expect((await login("fritz@example.org", "fritz old password")).statusCode).toBe(401);
    expect((await login("fritz@example.org", "fritz new password")).statusCode).toBe(200);

    const twice = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { token, password: "another password" },
    });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().code).toBe("invalid_token");
    expect((await login("fritz@example.org", "fritz new password")).statusCode).toBe(200);
  });

  it("refuses a reset link older than one hour", async () => {
    await newProfile(t, { email: "greta@example.org", password: "greta old password" });
    await t.app.inject({
      method: "POST",
      url: "/api/auth/forgot-password",
      remoteAddress: nextIp(),
      payload: { email: "greta@example.org" },
    });
    const token = linkToken(await t.mail.waitFor("greta@example.org"), "/reset-password");
    const row = (
      await t.db
        .select()
        .from(emailTokens)
        .where(eq(emailTokens.tokenHash, hashToken(token)))
    )[0];
    // The token was made to expire one hour after it was issued …
    const lifetime = (row?.expiresAt.getTime() ?? 0) - (row?.createdAt.getTime() ?? 0);
    expect(Math.abs(lifetime - 3_600_000)).toBeLessThan(5_000);
    // … and once that hour has passed it no longer works.
    await t.db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1) })
      .where(eq(emailTokens.tokenHash, hashToken(token)));
    const res = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { token, password: "greta new password" },
    });
    expect(res.statusCode).toBe(400);
    expect((await login("greta@example.org", "greta old password")).statusCode).toBe(200);
  });

  it("refuses a too short new password with 422 and keeps the token usable", async () => {
    await newProfile(t, { email: "hugo@example.org", password: "hugo old password" });
    await t.app.inject({
      method: "POST",
      url: "/api/auth/forgot-password",
      remoteAddress: nextIp(),
      payload: { email: "hugo@example.org" },
    });
    const token = linkToken(await t.mail.waitFor("hugo@example.org"), "/reset-password");
    const short = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { token, password: "123" },
    });
    expect(short.statusCode).toBe(422);
    const ok = await t.app.inject({
      method: "POST",
      url: "/api/auth/reset-password",
      payload: { token, password: "hugo new password" },
    });
    expect(ok.statusCode).toBe(200);
  });
});

describe("without SMTP", () => {
  it("writes the verification link to the log instead of sending a mail", async () => {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const database = await openTestDatabase();
    const app = await buildApp({
      config: loadConfig({ NODE_ENV: "test", APP_URL: "http://home.local:8002" }),
      database,
      logger: { level: "info", stream },
    });
    try {
      const res = await app.inject({
        method: "POST",
        url: "/api/auth/register",
        payload: { name: "Solo", email: "solo@example.org", password: "sicheres passwort" },
      });
      expect(res.statusCode).toBe(201);
      const line = lines.find((l) => l.includes("http://home.local:8002/verify?token="));
      expect(line).toBeDefined();
      const token = line?.match(/verify\?token=([A-Za-z0-9_-]+)/)?.[1] ?? "";
      const verified = await app.inject({ method: "POST", url: "/api/auth/verify", payload: { token } });
      expect(verified.statusCode).toBe(200);
    } finally {
      await app.close();
      await database.drop();
    }
  });
});

describe("housekeeping", () => {
  it("removes expired sessions and mail tokens, and nothing else", async () => {
    const live = await newProfile(t);
    const gone = await newProfile(t);
    await t.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, hashToken(gone.token)));
    await deleteExpiredAuthRows(t.db);
    const left = await t.db.select().from(sessions);
    expect(left.some((s) => s.tokenHash === hashToken(live.token))).toBe(true);
    expect(left.some((s) => s.tokenHash === hashToken(gone.token))).toBe(false);
    const expiredTokens = await t.db.select().from(emailTokens);
    expect(expiredTokens.every((r) => r.expiresAt.getTime() > Date.now())).toBe(true);
  });
});
