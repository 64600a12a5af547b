import { randomBytes } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SQL } from "drizzle-orm";
import pg from "pg";
import { afterAll } from "vitest";
import { z } from "zod";
import { buildApp } from "../app.js";
import { type Config, loadConfig } from "../config.js";
import { type DatabaseHandle, openPglite, openPostgres } from "../db/client.js";
import { insertSession } from "../modules/auth/auth.repo.js";
import { hashPassword } from "../modules/auth/passwords.js";
import { hashToken, newToken } from "../modules/auth/tokens.js";
import { insertProfileFirstIsAdmin, updateProfile } from "../modules/profiles/profile.repo.js";
import type { ProfileRow } from "../modules/profiles/profile.table.js";
import { insertWeightRow } from "../modules/weight/weight.repo.js";
import { migrationsFolder } from "../paths.js";
import type { App } from "../types.js";
import { startMailCatcher } from "./mail-catcher.js";

export const usingPostgres = process.env.TEST_DB === "postgres";

/**
 * A fresh, migrated database: PGlite in memory, or — when the suite runs on PostgreSQL — a new
 * database on TEST_DATABASE_URL's server that is dropped afterwards.
 */
export async function openTestDatabase(): Promise<DatabaseHandle & { drop(): Promise<void> }> {
  if (!usingPostgres) {
    const handle = await openPglite(null);
    await handle.migrate(migrationsFolder());
    return { ...handle, drop: () => handle.close() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("TEST_DB=postgres needs TEST_DATABASE_URL");
  const name = `mitai_t_${randomBytes(6).toString("hex")}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const handle = await openPostgres(url.toString(), 5);
  await handle.migrate(migrationsFolder());
  return {
    ...handle,
    async drop() {
      await handle.close();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export type TestApp = Awaited<ReturnType<typeof buildTestApp>>;

/** The real app on a fresh database, with a real SMTP server catching its mail; closes itself after the file. */
export async function buildTestApp(env: Record<string, string> = {}) {
  const database = await openTestDatabase();
  const mail = await startMailCatcher();
  const config: Config = loadConfig({
    NODE_ENV: "test",
    LOG_LEVEL: "silent",
    DATA_DIR: await mkdtemp(path.join(tmpdir(), "mitai-test-")),
    APP_URL: "http://mitai.test",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(mail.port),
    SMTP_FROM: "Mitai Test <test@mitai.test>",
    ...env,
  });
  const app: App = await buildApp({ config, database, logger: false });
  await app.ready();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await app.close();
    await mail.close();
    await database.drop();
  };
  afterAll(close);
  return { app, db: database.db, database, mail, config, close };
}

let counter = 0;

export type TestProfile = { profile: ProfileRow; token: string; headers: { "x-auth-token": string } };

/** A verified, logged-in profile created straight in the database (no rate limit, no mail). */
/** A test's handle on the database, and on the app when there is one. */
type Fixture = { db: TestApp["db"]; app?: App };

/** Waits until the app has heard of every change written straight to the database. */
export async function settle(t: Fixture): Promise<void> {
  await t.app?.changeCache.sync();
}

export async function newProfile(
  t: Fixture,
  overrides: Partial<Pick<ProfileRow, "role" | "heightCm" | "goalWeightKg" | "timeZone" | "active">> & {
    email?: string;
    password?: string;
  } = {},
): Promise<TestProfile> {
  counter += 1;
  const email = overrides.email ?? `person${counter}-${randomBytes(3).toString("hex")}@example.org`;
  let profile = await insertProfileFirstIsAdmin(t.db, {
    email,
    name: `Person ${counter}`,
    passwordHash: await hashPassword(overrides.password ?? "correct horse"),
    emailVerified: true,
    language: "en",
    timeZone: overrides.timeZone ?? "Europe/Berlin",
  });
  const { email: _e, password: _p, ...patch } = overrides;
  if (Object.keys(patch).length > 0) profile = (await updateProfile(t.db, profile.id, patch)) ?? profile;
  const token = newToken();
  await insertSession(t.db, profile.id, hashToken(token), new Date(Date.now() + 30 * 86_400_000));
  await settle(t);
  return { profile, token, headers: { "x-auth-token": token } };
}

export async function newWeightEntry(
  t: Fixture,
  profileId: string,
  values: { date: string; weight: number; note?: string },
) {
  const row = await insertWeightRow(t.db, { profileId, note: values.note ?? null, ...values });
  if (!row) throw new Error(`weight for ${values.date} exists already`);
  await settle(t);
  return row;
}

/** Raw SQL in a test, its rows checked against a zod shape (the driver-neutral Database types them as unknown). */
export async function sqlRows<S extends z.ZodType>(
  db: TestApp["db"],
  query: SQL,
  row: S,
): Promise<z.output<S>[]> {
  return z.object({ rows: z.array(row) }).parse(await db.execute(query)).rows;
}
