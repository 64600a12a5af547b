// `npm run bench`, fourth part: training. For one profile on each database, ten years of sessions
// (about 4,000 across 20 names, half of them one uncategorized name) logged through the API; then
// the bulk categorization of that name's 2,000 sessions, timed, and GET /api/evaluation for one
// year and for ten years under 16 connections. Targets: the categorization under 1 s; evaluation
// p99 under 50 ms (one year) and under 150 ms (ten years).
//
// BENCH_TRAINING_DB=PGlite|PostgreSQL runs one of the two; BENCH_DURATION (s, default 10).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { databaseEnv, latency, postJson, startServer } from "./support.mjs";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASES = ["PGlite", "PostgreSQL"].filter(
  (k) => !process.env.BENCH_TRAINING_DB || process.env.BENCH_TRAINING_DB === k,
);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 16;
const TARGET = { categorizeMs: 1000, year: 50, decade: 150 };
const BULK_NAME = "Training mit Freunden";
// Nineteen names the seeded global mappings know (Apple Health, Garmin FIT) or that stay uncategorized.
const NAMES = [
  "Outdoor Run",
  "Traditional Strength Training",
  "Yoga",
  "Outdoor Cycle",
  "Pool Swim",
  "Funktionelles Krafttraining",
  "Laufen im Freien",
  "HIIT",
  "Pilates",
  "Hiking",
  "Outdoor Walk",
  "Rowing",
  "Boxing",
  "Tennis",
  "Climbing",
  "Meditation",
  "Elliptical",
  "Karate Dojo",
  "Rückenkurs",
];
const log = (...a) => console.log(...a);
const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

const iso = (t) => new Date(t).toISOString().slice(0, 10);

/** 4,000 sessions over the ten years up to yesterday: every other one the bulk name. */
function sessions() {
  const out = [];
  const end = Date.now() - 86_400_000;
  const span = 3650 * 86_400_000;
  for (let i = 0; i < 4000; i++) {
    const t = end - Math.floor((span * i) / 4000);
    const name = i % 2 === 0 ? BULK_NAME : (NAMES[i % NAMES.length] ?? "Yoga");
    out.push({
      date: iso(t),
      startTime: `${String(6 + (i % 14)).padStart(2, "0")}:${i % 2 ? "15" : "45"}`,
      name,
      durationMin: 20 + (i % 70),
      rpe: 3 + (i % 7),
      hrAvg: 110 + (i % 40),
      hrMax: 160 + (i % 30),
      kcalActive: 150 + (i % 400),
    });
  }
  return out;
}

/** Logs the sessions through the API, eight at a time. */
async function seed(url, auth) {
  const all = sessions();
  let next = 0;
  const worker = async () => {
    while (next < all.length) {
      const s = all[next++];
      await postJson(`${url}/api/activity`, auth, s);
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return all.length;
}

const dir = await mkdtemp(path.join(os.tmpdir(), "mitai-training-bench-"));
try {
  log(
    `\n=== training: 10 years of sessions; bulk categorization (< ${TARGET.categorizeMs} ms), evaluation p99 at ${CONNECTIONS} connections (1 year < ${TARGET.year} ms, 10 years < ${TARGET.decade} ms) ===`,
  );
  log(
    `${"database".padEnd(12)}${"sessions".padStart(9)}${"categorized".padStart(13)}${"in ms".padStart(8)}${"1y p99".padStart(9)}${"req/s".padStart(8)}${"10y p99".padStart(9)}${"req/s".padStart(8)}  verdict`,
  );
  for (const kind of DATABASES) {
    const db = await databaseEnv(kind, dir, PG_URL, "mitai_bench_training");
    if (!db) {
      log(`PostgreSQL at ${PG_URL} does not answer: skipped`);
      continue;
    }
    const { url, child, auth } = await startServer(db.env);
    try {
      const count = await seed(url, auth);
      const names = await (await fetch(`${url}/api/activity/uncategorized-names`, { headers: auth })).json();
      const bulk = names.find((n) => n.name === BULK_NAME);
      const types = await (await fetch(`${url}/api/training-types`, { headers: auth })).json();
      const functional = types.find((t) => t.key === "functional");
      const t0 = performance.now();
      const result = await postJson(`${url}/api/activity/categorize`, auth, {
        name: BULK_NAME,
        trainingTypeId: functional.id,
      });
      const categorizeMs = performance.now() - t0;
      if (result.updated !== bulk?.count) throw new Error(`categorized ${result.updated} of ${bulk?.count}`);
      const today = iso(Date.now());
      const load = { connections: CONNECTIONS, duration: DURATION };
      const year = await latency(
        `${url}/api/evaluation?from=${iso(Date.now() - 364 * 86_400_000)}&to=${today}`,
        auth,
        load,
      );
      const decade = await latency(
        `${url}/api/evaluation?from=${iso(Date.now() - 3652 * 86_400_000)}&to=${today}`,
        auth,
        load,
      );
      const ok = categorizeMs < TARGET.categorizeMs && year.p99 < TARGET.year && decade.p99 < TARGET.decade;
      log(
        `${kind.padEnd(12)}${fmt(count).padStart(9)}${fmt(result.updated).padStart(13)}${fmt(categorizeMs).padStart(8)}${fmt(year.p99).padStart(9)}${fmt(year.rps).padStart(8)}${fmt(decade.p99).padStart(9)}${fmt(decade.rps).padStart(8)}  ${ok ? "PASS" : "MISS"}`,
      );
    } finally {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
      await db.drop();
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
