import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { migrationsFolder } from "../paths.js";
import { newProfile, newWeightEntry, openTestDatabase, sqlRows } from "../test/helpers.js";
import { openDatabase, openPglite, StartupError } from "./client.js";

const count = z.object({ n: z.number() });

async function tableNames(db: Awaited<ReturnType<typeof openTestDatabase>>["db"]) {
  const rows = await sqlRows(
    db,
    sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    z.object({ table_name: z.string() }),
  );
  return rows.map((r) => r.table_name);
}

/** A copy of the real migrations with one more, broken, migration at the end. */
async function brokenMigrations(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "mitai-mig-"));
  await cp(migrationsFolder(), dir, { recursive: true });
  const journalPath = path.join(dir, "meta", "_journal.json");
  const journal = JSON.parse(await readFile(journalPath, "utf8"));
  const last = journal.entries[journal.entries.length - 1];
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: "9999_broken" });
  await writeFile(journalPath, JSON.stringify(journal));
  await writeFile(
    path.join(dir, "9999_broken.sql"),
    "CREATE TABLE half_done (id int);\n--> statement-breakpoint\nSELECT no_such_function();",
  );
  return dir;
}

describe("migrations", () => {
  it("creates the tables and records every migration", async () => {
    const database = await openTestDatabase();
    try {
      expect(await tableNames(database.db)).toEqual([
        "activity_log",
        "activity_mappings",
        "blood_pressure_log",
        "caliper_log",
        "circumference_log",
        "email_tokens",
        "import_jobs",
        "import_mappings",
        "nutrition_log",
        "photos",
        "profiles",
        "rest_days",
        "sessions",
        "sleep_log",
        "training_types",
        "vitals_baseline",
        "weight_log",
      ]);
      const applied = {
        rows: await sqlRows(
          database.db,
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
          count,
        ),
      };
      const journal = JSON.parse(
        await readFile(path.join(migrationsFolder(), "meta", "_journal.json"), "utf8"),
      );
      expect(applied.rows[0]?.n).toBe(journal.entries.length);
      // Applying again changes nothing.
      await database.migrate(migrationsFolder());
      const again = {
        rows: await sqlRows(
          database.db,
          sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
          count,
        ),
      };
      expect(again.rows[0]?.n).toBe(journal.entries.length);
    } finally {
      await database.drop();
    }
  });

  it("rolls a failing migration back whole: nothing of it, nor of the ones before it in that run, remains", async () => {
    const dir = await brokenMigrations();
    const database = await openTestDatabase();
    // A fresh schema: drop what the helper migrated, so the broken run would start from nothing.
    await database.db.execute(sql`drop schema public cascade`);
    await database.db.execute(sql`create schema public`);
    await database.db.execute(sql`drop schema drizzle cascade`);
    try {
      await expect(database.migrate(dir)).rejects.toThrow();
      expect(await tableNames(database.db)).toEqual([]);
    } finally {
      await database.drop();
    }
  });

  it("keeps updated_at current with the database trigger", async () => {
    const database = await openTestDatabase();
    try {
      const p = await newProfile({ db: database.db });
      const row = await newWeightEntry({ db: database.db }, p.profile.id, { date: "2025-01-01", weight: 80 });
      await new Promise((r) => setTimeout(r, 20));
      const updated = await sqlRows(
        database.db,
        sql`update weight_log set weight = 81 where id = ${row.id} returning created_at::text, updated_at::text`,
        z.object({ created_at: z.string(), updated_at: z.string() }),
      );
      const after = updated[0];
      expect(after).toBeDefined();
      expect(Date.parse(after?.updated_at ?? "")).toBeGreaterThan(Date.parse(after?.created_at ?? ""));
    } finally {
      await database.drop();
    }
  });
});

describe("start-up failures", () => {
  it("stops with one clear line when DATA_DIR is not a usable directory", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "mitai-")), "a-file");
    await writeFile(file, "x");
    await expect(openPglite(file)).rejects.toThrow(StartupError);
    await expect(openPglite(file)).rejects.toThrow(
      /^DATA_DIR .*a-file is not a readable and writable directory/,
    );
  });

  it("stops with one clear line when DATABASE_URL does not answer, without the password", async () => {
    const err = await openDatabase(
      { databaseUrl: "postgres://mitai:secret@127.0.0.1:1/mitai", dataDir: "/nonexistent", dbPoolMax: 2 },
      migrationsFolder(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect(String((err as Error).message)).toMatch(
      /^Cannot reach PostgreSQL at postgres:\/\/mitai:\*\*\*@127\.0\.0\.1:1\/mitai/,
    );
    expect(String((err as Error).message)).not.toContain("secret");
  });

  it("stops with one clear line when a migration fails, leaving the data dir's database untouched", async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), "mitai-data-"));
    const err = await openDatabase(
      { databaseUrl: undefined, dataDir, dbPoolMax: 1 },
      await brokenMigrations(),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StartupError);
    expect((err as Error).message).toMatch(/^Database migration failed, nothing was changed/);
    const reopened = await openPglite(dataDir);
    try {
      const tables = {
        rows: await sqlRows(
          reopened.db,
          sql`select count(*)::int as n from information_schema.tables where table_schema = 'public'`,
          count,
        ),
      };
      expect(tables.rows[0]?.n).toBe(0);
    } finally {
      await reopened.close();
    }
  });
});
