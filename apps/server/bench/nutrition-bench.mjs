// `npm run bench`, fifth part: nutrition. For one profile on each database: an FDDB diary export of
// five years (about 30,000 rows, 16 a day) imported upload → analysed → committed, with rows per
// second and the server's peak RSS growth; then five years of weights and a typed-in entry every
// tenth day, and GET /api/nutrition/stats?days=90 and GET /api/nutrition/days over the five years
// under 16 connections. Targets: the import ≥ 20,000 rows/s; p99 under 30 ms for both reads.
//
// BENCH_NUTRITION_DB=PGlite|PostgreSQL runs one of the two; BENCH_DURATION (s, default 10).
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { databaseEnv, importThrough, latency, memory, postJson, startServer } from "./support.mjs";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DATABASES = ["PGlite", "PostgreSQL"].filter(
  (k) => !process.env.BENCH_NUTRITION_DB || process.env.BENCH_NUTRITION_DB === k,
);
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 16;
const DAYS = 1826;
const TARGET = { rowsPerSecond: 20_000, p99Ms: 30 };
const log = (...a) => console.log(...a);
const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });
const iso = (t) => new Date(t).toISOString().slice(0, 10);
const pad = (n) => String(n).padStart(2, "0");
const comma = (x) => String(x).replace(".", ",");

// Foods as FDDB names them (some with umlauts, one double-encoded as FDDB's export sometimes is):
// [name, kJ, fat g, carbohydrate g, protein g].
const FOODS = [
  ["150 g Banane, frisch", 582, 0.3, 30, 1.5],
  ["50 g Haferflocken, kernig", 785, 3.5, 29, 6.8],
  ["200 ml Milch 1,5 %", 397, 3, 9.8, 6.8],
  ["1 Stück Vollkornbrötchen", 720, 1.5, 30, 6.5],
  ["30 g Gouda, 45 % Fett", 452, 8.9, 0, 7.5],
  ["125 g Hähnchenbrust, gebraten", 874, 2.5, 0, 40],
  ["200 g Kartoffeln, gekocht", 544, 0.2, 30, 4],
  ["150 g Brokkoli, gedÃ¼nstet", 179, 0.6, 4, 4.5],
  ["1 EL Olivenöl", 370, 10, 0, 0],
  ["150 g Magerquark", 429, 0.5, 6, 18],
  ["1 Apfel, mittelgroß", 326, 0.2, 17, 0.4],
  ["100 g Vollkornnudeln, gekocht", 560, 0.9, 26, 5.5],
  ["80 g Tomatensauce", 117, 0.8, 4.5, 1.1],
  ["1 Tasse Kaffee, schwarz", 8, 0, 0, 0.2],
  ["25 g Zartbitterschokolade", 557, 8.5, 8, 2.3],
  ["1 Portion Müsli", 1130, 6, 40, 8],
];

/** Five years up to yesterday, 14–18 rows a day (about 29,200 rows). */
async function generate(file) {
  const out = createWriteStream(file);
  out.write(
    '"datum_tag_monat_jahr_stunde_minute";"bezeichnung";"interne_id";"kj";"kj_aktivitaeten";"fett_g";"kh_g";"protein_g";\n',
  );
  const end = Date.now() - 86_400_000;
  let rows = 0;
  for (let d = DAYS - 1; d >= 0; d--) {
    const day = new Date(end - d * 86_400_000);
    const date = `${pad(day.getUTCDate())}.${pad(day.getUTCMonth() + 1)}.${day.getUTCFullYear()}`;
    const count = 14 + (d % 5);
    for (let i = 0; i < count; i++) {
      const [name, kj, fat, carbs, protein] = FOODS[(d + i) % FOODS.length];
      const time = `${pad(7 + Math.floor((i * 14) / count))}:${pad((i * 7) % 60)}`;
      const line = `"${date} ${time}";"${name}";"${1000 + ((d + i) % FOODS.length)}";"${kj}";"0";"${comma(fat)}";"${comma(carbs)}";"${comma(protein)}";\n`;
      if (!out.write(line)) await new Promise((r) => out.once("drain", r));
      rows++;
    }
  }
  await new Promise((r) => out.end(r));
  return { rows, bytes: (await stat(file)).size };
}

async function importFile(url, auth, pid, file) {
  const idle = memory(pid).rssMb;
  const { done, totalS } = await importThrough(url, auth, file, {
    ready: (job) => job.status === "ready" && job.format === "fddb_csv" && job.counts.new === DAYS,
    done: (job) => job.status === "done" && job.counts.new === DAYS,
    pollMs: 25,
  });
  return { seconds: totalS, growthMb: memory(pid).peakMb - idle, rows: done.progress.rows };
}

/** A weight every day of the five years (slowly falling) and a typed-in snack every tenth day. */
async function seed(url, auth) {
  const end = Date.now() - 86_400_000;
  const jobs = [];
  for (let d = DAYS - 1; d >= 0; d--) {
    const date = iso(end - d * 86_400_000);
    jobs.push(() => postJson(`${url}/api/weight`, auth, { date, weight: 80 + d / 400 + ((d % 7) - 3) / 10 }));
    if (d % 10 === 0)
      jobs.push(() =>
        postJson(`${url}/api/nutrition`, auth, { date, kcal: 250, proteinG: 20, fatG: 8, carbsG: 25 }),
      );
  }
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) await jobs[next++]();
  };
  await Promise.all(Array.from({ length: 8 }, worker));
}

const dir = await mkdtemp(path.join(os.tmpdir(), "mitai-nutrition-bench-"));
try {
  log(
    `\n=== nutrition: FDDB export of 5 years imported (≥ ${fmt(TARGET.rowsPerSecond)} rows/s); stats?days=90 and days over 5 years, p99 at ${CONNECTIONS} connections (< ${TARGET.p99Ms} ms) ===`,
  );
  const file = path.join(dir, "fddb-5-years.csv");
  const { rows, bytes } = await generate(file);
  log(`file: ${fmt(rows)} rows, ${fmt(DAYS)} days, ${fmt(bytes / 1e6, 1)} MB`);
  log(
    `${"database".padEnd(12)}${"import s".padStart(9)}${"rows/s".padStart(9)}${"RSS +MB".padStart(9)}${"stats p99".padStart(11)}${"req/s".padStart(8)}${"days p99".padStart(10)}${"req/s".padStart(8)}  verdict`,
  );
  for (const kind of DATABASES) {
    const db = await databaseEnv(kind, dir, PG_URL, "mitai_bench_nutrition");
    if (!db) {
      log(`PostgreSQL at ${PG_URL} does not answer: skipped`);
      continue;
    }
    const { url, child, auth } = await startServer(db.env);
    try {
      await new Promise((r) => setTimeout(r, 500));
      const imported = await importFile(url, auth, child.pid, file);
      if (imported.rows !== rows) throw new Error(`the import read ${imported.rows} of ${rows} rows`);
      const rate = rows / imported.seconds;
      await seed(url, auth);
      const load = { connections: CONNECTIONS, duration: DURATION };
      const stats = await latency(`${url}/api/nutrition/stats?days=90`, auth, load);
      const today = iso(Date.now());
      const days = await latency(
        `${url}/api/nutrition/days?from=${iso(Date.now() - (DAYS - 1) * 86_400_000)}&to=${today}`,
        auth,
        load,
      );
      const ok = rate >= TARGET.rowsPerSecond && stats.p99 < TARGET.p99Ms && days.p99 < TARGET.p99Ms;
      log(
        `${kind.padEnd(12)}${fmt(imported.seconds, 2).padStart(9)}${fmt(rate).padStart(9)}${fmt(imported.growthMb).padStart(9)}${fmt(stats.p99).padStart(11)}${fmt(stats.rps).padStart(8)}${fmt(days.p99).padStart(10)}${fmt(days.rps).padStart(8)}  ${ok ? "PASS" : "MISS"}`,
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
