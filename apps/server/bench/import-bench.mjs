// `npm run bench`, second part: the import pipeline. Generates OMRON-style CSVs of 100,000 and
// 500,000 rows (about 3.6 and 18 MB) and imports each, upload → analysed → committed, into a fresh
// server on PGlite and on PostgreSQL; prints rows per second and the server's peak RSS growth over
// its idle RSS. Targets: ≥ 50,000 rows/s; peak RSS growth < 200 MB and about the same for both sizes.
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { databaseEnv, importThrough, memory, startServer } from "./support.mjs";

const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SIZES = (process.env.BENCH_IMPORT_ROWS ?? "100000,500000").split(",").map(Number);
// BENCH_IMPORT_DB=PGlite or PostgreSQL runs one of the two.
const DATABASES = ["PGlite", "PostgreSQL"].filter(
  (k) => !process.env.BENCH_IMPORT_DB || process.env.BENCH_IMPORT_DB === k,
);
const TARGET = { rowsPerSecond: 50_000, rssGrowthMb: 200 };
const log = (...a) => console.log(...a);
const fmt = (n, d = 0) => n.toLocaleString("en-US", { maximumFractionDigits: d, minimumFractionDigits: d });

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A reading every 20–24 minutes (500,000 rows span about 20 years), newest first as OMRON writes them. */
async function generate(rows, file) {
  const out = createWriteStream(file);
  out.write("Date,Time,Systolic (mmHg),Diastolic (mmHg),Pulse (bpm),Symptoms,Consumed,TruRead,Notes\n");
  let t = Date.UTC(2026, 0, 1, 7, 30);
  for (let i = 0; i < rows; i++) {
    t -= (20 + (i % 5)) * 60_000;
    const d = new Date(t);
    const line = `${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} ${d.getUTCFullYear()},${String(d.getUTCHours()).padStart(2, "0")}:${String(d.getUTCMinutes()).padStart(2, "0")},${105 + (i % 50)},${65 + (i % 25)},${50 + (i % 35)},-,-,-,${i % 97 === 0 ? "after coffee" : "-"}\n`;
    if (!out.write(line)) await new Promise((r) => out.once("drain", r));
  }
  await new Promise((r) => out.end(r));
  return (await stat(file)).size;
}

async function importOnce(env, file, rows) {
  const { url, child, auth } = await startServer(env);
  try {
    await new Promise((r) => setTimeout(r, 500));
    const idle = memory(child.pid).rssMb;
    let analysedPeak = 0;
    const r = await importThrough(url, auth, file, {
      ready: (job) => job.status === "ready" && job.counts.new === rows,
      done: (job) => job.status === "done" && job.counts.new === rows,
      pollMs: 50,
      // The peak so far: the analysis pass's share of the growth.
      onAnalysed: () => {
        analysedPeak = memory(child.pid).peakMb;
      },
    });
    const mem = memory(child.pid);
    return {
      analyseS: r.analyseS,
      commitS: r.commitS,
      totalS: r.totalS,
      idle,
      peak: mem.peakMb,
      analysedPeak,
    };
  } finally {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
}

const dir = await mkdtemp(path.join(os.tmpdir(), "mitai-import-bench-"));
try {
  log(
    `\n=== import: OMRON CSV, upload → analysed → committed (targets ≥ ${fmt(TARGET.rowsPerSecond)} rows/s, peak RSS growth < ${TARGET.rssGrowthMb} MB) ===`,
  );
  const files = [];
  for (const rows of SIZES) {
    const file = path.join(dir, `omron-${rows}.csv`);
    const bytes = await generate(rows, file);
    files.push({ rows, file, bytes });
  }
  log(
    `${"database".padEnd(12)}${"rows".padStart(9)}${"MB".padStart(7)}${"analyse s".padStart(11)}${"commit s".padStart(10)}${"rows/s".padStart(9)}${"idle MB".padStart(9)}${"peak MB".padStart(9)}${"growth".padStart(8)}${"(analysis)".padStart(11)}  verdict`,
  );
  for (const kind of DATABASES) {
    for (const { rows, file, bytes } of files) {
      const db = await databaseEnv(kind, dir, PG_URL, "mitai_bench_import");
      if (!db) {
        log(`PostgreSQL at ${PG_URL} does not answer: skipped`);
        break;
      }
      try {
        const r = await importOnce(db.env, file, rows);
        const rate = rows / r.totalS;
        const growth = r.peak - r.idle;
        const ok = rate >= TARGET.rowsPerSecond && growth < TARGET.rssGrowthMb;
        log(
          `${kind.padEnd(12)}${fmt(rows).padStart(9)}${fmt(bytes / 1e6, 1).padStart(7)}${fmt(r.analyseS, 2).padStart(11)}${fmt(r.commitS, 2).padStart(10)}${fmt(rate).padStart(9)}${fmt(r.idle).padStart(9)}${fmt(r.peak).padStart(9)}${fmt(growth).padStart(8)}${fmt(r.analysedPeak - r.idle).padStart(11)}  ${ok ? "PASS" : "MISS"}`,
        );
      } finally {
        await db.drop();
      }
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
