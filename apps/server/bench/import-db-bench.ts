/**
 * The import's database side alone: the analysis pass's existence query and the commit pass's
 * insert, batch by batch, on PGlite (a fresh DATA_DIR) or PostgreSQL (a fresh database), with the
 * rows import-bench.mjs imports — and a few alternatives, each measured the same way.
 *
 *   npx tsx apps/server/bench/import-db-bench.ts pglite [rows=500000]
 *   npx tsx apps/server/bench/import-db-bench.ts postgres [rows=500000]   (BENCH_DATABASE_URL)
 */
import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { classifyBloodPressure } from "@mitai/shared";
import { sql } from "drizzle-orm";
import pg from "pg";
import { type Database, type DatabaseHandle, openPglite, openPostgres } from "../src/db/client.js";
import type { BloodPressureImport } from "../src/modules/import/formats/types.js";
import { bloodPressureTarget } from "../src/modules/import/targets/blood-pressure.js";
import { insertProfileFirstIsAdmin } from "../src/modules/profiles/profile.repo.js";
import { migrationsFolder } from "../src/paths.js";

const KIND = process.argv[2] === "postgres" ? "postgres" : "pglite";
const ROWS = Number(process.argv[3] ?? 500_000);
const BATCH = 5000;
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SOURCE = "omron";

/** As import-bench.mjs writes them: a reading every 20–24 minutes, newest first. */
function readings(rows: number): BloodPressureImport[] {
  const out: BloodPressureImport[] = [];
  let t = Date.UTC(2026, 0, 1, 6, 30);
  for (let i = 0; i < rows; i++) {
    t -= (20 + (i % 5)) * 60_000;
    const systolic = 105 + (i % 50);
    const diastolic = 65 + (i % 25);
    out.push({
      measuredAt: new Date(t),
      date: new Date(t + 3_600_000).toISOString().slice(0, 10),
      systolic,
      diastolic,
      pulse: 50 + (i % 35),
      irregularHeartbeat: false,
      note: i % 97 === 0 ? "after coffee" : null,
      classification: classifyBloodPressure(systolic, diastolic),
    });
  }
  return out;
}

function batches<T>(all: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < all.length; i += size) out.push(all.slice(i, i + size));
  return out;
}

class Rollback extends Error {}

function report(name: string, ms: number, count: number, rows: number) {
  const perBatch = (ms / count).toFixed(1);
  const rate = Math.round((rows / ms) * 1000).toLocaleString("en-US");
  process.stdout.write(
    `${name.padEnd(62)}${(ms / 1000).toFixed(2).padStart(7)} s${perBatch.padStart(9)} ms/batch${rate.padStart(11)} rows/s\n`,
  );
}

async function timed(fn: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

async function newProfile(db: Database): Promise<string> {
  const p = await insertProfileFirstIsAdmin(db, {
    email: `bench-${randomBytes(4).toString("hex")}@example.org`,
    name: "Bench",
    passwordHash: "x",
    emailVerified: true,
    language: "en",
    timeZone: "Europe/Berlin",
  });
  return p.id;
}

/** Inserts every batch in one transaction (as the commit pass does), rolled back when `keep` is false. */
async function insertAll(db: Database, profileId: string, all: BloodPressureImport[][], keep: boolean) {
  try {
    await db.transaction(async (tx) => {
      for (const b of all) await bloodPressureTarget.insert(tx, profileId, SOURCE, b);
      if (!keep) throw new Rollback();
    });
  } catch (err) {
    if (!(err instanceof Rollback)) throw err;
  }
}

async function main() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "import-db-bench-"));
  let handle: DatabaseHandle;
  let dropDatabase: (() => Promise<void>) | null = null;
  if (KIND === "pglite") handle = await openPglite(dir);
  else {
    const name = `mitai_bench_db_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const u = new URL(PG_URL);
    u.pathname = `/${name}`;
    handle = await openPostgres(u.toString(), 4);
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  await handle.migrate(migrationsFolder());
  const { db } = handle;
  const close = () => handle.close();
  try {
    const all = readings(ROWS);
    const five = batches(all, BATCH);
    process.stdout.write(`${KIND}, ${ROWS} readings, batches of ${BATCH}\n`);
    const profileId = await newProfile(db);

    let ms = await timed(async () => {
      for (const b of five) await bloodPressureTarget.existing(db, profileId, SOURCE, b);
    });
    report("analysis: existence query, table empty for the profile", ms, five.length, ROWS);

    ms = await timed(async () => {
      for (const b of five) {
        const lo = b[b.length - 1]?.measuredAt ?? new Date(0);
        const hi = b[0]?.measuredAt ?? new Date(0);
        await db.execute(
          sql`select count(*)::int as n from blood_pressure_log where profile_id = ${profileId} and source = ${SOURCE} and measured_at between ${lo.toISOString()} and ${hi.toISOString()}`,
        );
      }
    });
    report("  alternative: count in the batch's time range (empty)", ms, five.length, ROWS);

    ms = await timed(() => insertAll(db, profileId, five, true));
    report("commit: insert … unnest, one transaction, new rows", ms, five.length, ROWS);

    ms = await timed(async () => {
      for (const b of five) await bloodPressureTarget.existing(db, profileId, SOURCE, b);
    });
    report("analysis again: existence query, every row a duplicate", ms, five.length, ROWS);

    ms = await timed(async () => {
      for (const b of five) {
        const lo = b[b.length - 1]?.measuredAt ?? new Date(0);
        const hi = b[0]?.measuredAt ?? new Date(0);
        await db.execute(
          sql`select measured_at from blood_pressure_log where profile_id = ${profileId} and source = ${SOURCE} and measured_at between ${lo.toISOString()} and ${hi.toISOString()}`,
        );
      }
    });
    report("  alternative: select the instants in the batch's time range", ms, five.length, ROWS);

    ms = await timed(() => insertAll(db, profileId, five, false));
    report("commit again: every row a duplicate (on conflict do nothing)", ms, five.length, ROWS);

    const other = await newProfile(db);
    for (const size of [1000, 20_000, 50_000]) {
      const sized = batches(all, size);
      ms = await timed(() => insertAll(db, other, sized, false));
      report(`  alternative: batches of ${size} (new rows, rolled back)`, ms, sized.length, ROWS);
    }

    ms = await timed(() => insertAll(db, other, five, false));
    report("  reference: batches of 5000 on a second profile (rolled back)", ms, five.length, ROWS);

    // What the commit does with readings found new: COPY them in, no ON CONFLICT needed.
    const copyNew = bloodPressureTarget.copyNew;
    if (!copyNew) throw new Error("blood pressure readings are expected to be copied");
    ms = await timed(async () => {
      try {
        await handle.bulkTransaction(async (_tx, copy) => {
          for (const b of five) await copyNew(copy, other, SOURCE, b);
          throw new Rollback();
        });
      } catch (err) {
        if (!(err instanceof Rollback)) throw err;
      }
    });
    report("commit as it is done: copy of the new rows (rolled back)", ms, five.length, ROWS);

    // The same insert into a copy of the table without the foreign key: what checking it costs.
    await db.execute(sql`create table bench_bp (like blood_pressure_log including all)`);
    ms = await timed(async () => {
      try {
        await db.transaction(async (tx) => {
          for (const b of five) await insertInto(tx, "bench_bp", other, b);
          throw new Rollback();
        });
      } catch (err) {
        if (!(err instanceof Rollback)) throw err;
      }
    });
    report("  copy of the table without the foreign key (rolled back)", ms, five.length, ROWS);
    await db.execute(sql`drop table bench_bp`);

    ms = await timed(async () => {
      try {
        await db.transaction(async (tx) => {
          for (const b of five) await insertInto(tx, "blood_pressure_log", other, b, false);
          throw new Rollback();
        });
      } catch (err) {
        if (!(err instanceof Rollback)) throw err;
      }
    });
    report("  insert without `returning` + count (rolled back)", ms, five.length, ROWS);
  } finally {
    await close();
    await dropDatabase?.();
    await rm(dir, { recursive: true, force: true });
  }
}

/** bloodPressureTarget.insert's statement against any table; `counted` false leaves out the CTE and count. */
async function insertInto(
  db: Database,
  table: string,
  profileId: string,
  rows: BloodPressureImport[],
  counted = true,
) {
  const col = <T>(pick: (r: BloodPressureImport) => T) => sql.param(rows.map(pick));
  const insert = sql`
    insert into ${sql.identifier(table)}
      (profile_id, source, measured_at, date, systolic, diastolic, pulse, irregular_heartbeat, note)
    select ${profileId}, ${SOURCE}, r.*
    from unnest(
      ${col((r) => r.measuredAt.toISOString())}::timestamptz[],
      ${col((r) => r.date)}::date[],
      ${col((r) => r.systolic)}::int[],
      ${col((r) => r.diastolic)}::int[],
      ${col((r) => r.pulse)}::int[],
      ${col((r) => r.irregularHeartbeat)}::boolean[],
      ${col((r) => r.note)}::text[]
    ) as r
    on conflict (profile_id, source, measured_at) do nothing`;
  if (counted)
    await db.execute(sql`with inserted as (${insert} returning 1) select count(*)::int as n from inserted`);
  else await db.execute(insert);
}

await main();
