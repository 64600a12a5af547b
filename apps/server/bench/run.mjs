#!/usr/bin/env node
/**
 * `npm run bench` (after `npm run build`): load test of the weight API on PGlite and on PostgreSQL.
 *
 * For each database it starts dist/bench-server.js in its own process (the real app and a bare
 * Fastify on one seeded database, see bench/bench-server.ts), drives it with autocannon from this
 * process (32 connections, a warm-up, then BENCH_DURATION seconds per target):
 *   (a) GET /api/weight?from=<one year ago>   full app: auth, validation, serialization
 *   (b) GET /api/weight/stats                 full app, statistics over all ten years
 *   (c) GET /api/weight?from=<one year ago>   bare Fastify, same SQL, no auth or validation
 * prints req/s, p99 and the ratio a/c, the server's RSS, and then the cold start of the real
 * server (dist/server.js) on the now existing database.
 *
 * Environment: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres; a fresh
 * database is created on it and dropped afterwards; unreachable → that half is skipped),
 * BENCH_ONLY=pglite|postgres, BENCH_DURATION (s, default 10), BENCH_WARMUP (s, default 3),
 * BENCH_CONNECTIONS (default 32), BENCH_COLD_RUNS (default 3), BENCH_LOG_LEVEL (default warn).
 *
 * Exit code 0 when everything ran, targets met or not (it is a measurement); 1 when a request
 * failed or a server did not start.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import http from "node:http";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

const here = path.dirname(fileURLToPath(import.meta.url));
const dist = path.resolve(here, "../dist");
const benchServer = path.join(dist, "bench-server.js");
const realServer = path.join(dist, "server.js");

const num = (name, fallback) => {
  const v = Number(process.env[name] ?? fallback);
  if (!Number.isFinite(v) || v <= 0) throw new Error(`${name} must be a positive number`);
  return v;
};
const DURATION = num("BENCH_DURATION", 10);
const WARMUP = num("BENCH_WARMUP", 3);
const CONNECTIONS = num("BENCH_CONNECTIONS", 32);
const COLD_RUNS = num("BENCH_COLD_RUNS", 3);
const LOG_LEVEL = process.env.BENCH_LOG_LEVEL ?? "warn";
const PG_URL = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const ONLY = process.env.BENCH_ONLY;

/** Clock ticks per second of /proc (USER_HZ, 100 on every common Linux). */
const CLK_TCK = 100;
const TARGET = { ratio: 0.7, p99Ms: 25, coldMs: 3000 };

let failed = false;
const log = (s = "") => process.stdout.write(`${s}\n`);
const mark = (ok) => (ok ? "PASS" : "MISS");

class BenchError extends Error {}

/** The environment of a server we start: ours, minus anything that would pick another database. */
function serverEnv(extra) {
  const env = { ...process.env };
  for (const k of ["DATABASE_URL", "DATA_DIR", "PORT", "HOST", "APP_URL", "WEB_DIST", "SMTP_HOST"])
    delete env[k];
  return { ...env, NODE_ENV: "production", LOG_LEVEL, HOST: "127.0.0.1", ...extra };
}

function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "BENCH_DATABASE_URL";
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Resolves with the child's exit code; kills it after `ms`. */
function waitExit(child, ms = 15_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), ms);
    child.once("exit", (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Starts dist/bench-server.js and resolves with its ready line. */
function startBenchServer(env, cwd) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [benchServer], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    let buffered = "";
    let ready = false;
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new BenchError(`bench server not ready after 120 s\n${stderr}`));
    }, 120_000);
    child.stderr.on("data", (d) => {
      stderr += d;
      if (ready) process.stderr.write(d);
    });
    child.stdout.on("data", (d) => {
      buffered += d;
      let nl = buffered.indexOf("\n");
      while (nl >= 0) {
        const line = buffered.slice(0, nl);
        buffered = buffered.slice(nl + 1);
        nl = buffered.indexOf("\n");
        if (ready) continue;
        try {
          const msg = JSON.parse(line);
          if (msg.benchReady) {
            ready = true;
            clearTimeout(timer);
            resolve({ child, info: msg });
          }
        } catch {
          // a log line of the app (LOG_LEVEL=warn): not ours
        }
      }
    });
    child.once("exit", (code, signal) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new BenchError(`bench server exited (${signal ?? code}) before it was ready\n${stderr}`));
    });
  });
}

/** One GET with the body, for checking before the load starts. */
function get(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        body += d;
      });
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", reject);
    req.setTimeout(5_000, () => req.destroy(new Error("timeout")));
  });
}

function cannon(url, headers, duration) {
  return autocannon({ url, headers, connections: CONNECTIONS, pipelining: 1, duration });
}

/** CPU seconds (user + system) a process has used so far. */
function cpuOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(f[11]) + Number(f[12])) / CLK_TCK;
  } catch {
    return Number.NaN;
  }
}

/** Busy and total CPU seconds of the whole machine (all cores), from /proc/stat. */
function machineCpu() {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).slice(1).map(Number);
    const idle = (f[3] ?? 0) + (f[4] ?? 0);
    const total = f.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: (total - idle) / CLK_TCK, total: total / CLK_TCK };
  } catch {
    return { busy: Number.NaN, total: Number.NaN };
  }
}

function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, "m"))?.[1] ?? Number.NaN);
    return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
  } catch {
    return { rssMb: Number.NaN, peakMb: Number.NaN };
  }
}

/** From spawn to the first 200 of /api/health, polling every 20 ms. */
async function coldStart(env, cwd, port) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [realServer], {
    cwd,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (d) => {
    stderr += d;
  });
  let exited = null;
  child.once("exit", (code, signal) => {
    exited = signal ?? code;
  });
  try {
    for (;;) {
      if (exited !== null) throw new BenchError(`server.js exited (${exited}) during start\n${stderr}`);
      if (performance.now() - t0 > 30_000)
        throw new BenchError(`server.js gave no 200 within 30 s\n${stderr}`);
      const res = await get(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      if (res?.status === 200) return performance.now() - t0;
      await new Promise((r) => setTimeout(r, 20));
    }
  } finally {
    child.kill("SIGTERM");
    await waitExit(child);
  }
}

const fmt = (n, d = 0) => (Number.isFinite(n) ? n.toFixed(d) : "—");

/** How busy the machine is while we do nothing: other work on the cores skews every number. */
async function idleCheck() {
  const m0 = machineCpu();
  await new Promise((r) => setTimeout(r, 1_000));
  const m1 = machineCpu();
  const pct = (100 * (m1.busy - m0.busy)) / (m1.total - m0.total);
  if (pct > 15) {
    log(
      `warning: the machine is ${fmt(pct)}% busy before the load starts (load ${fmt(os.loadavg()[0], 1)}); the numbers will be low and noisy`,
    );
  }
}

async function benchDatabase(label, env, cwd) {
  log(`\n=== ${label} ===`);
  const { child, info } = await startBenchServer(env, cwd);
  const results = {};
  try {
    log(
      `seeded 1 profile, ${info.rows} daily weights (${info.first}…${info.today}) in ${info.seedMs} ms; bench server pid ${info.pid}` +
        `${info.webDist ? ", serving the built PWA too" : ""}`,
    );
    const auth = { "x-auth-token": info.token };
    const listPath = `/api/weight?from=${info.from}`;
    const targets = [
      {
        key: "a",
        name: `(a) app  GET ${listPath}`,
        url: `http://127.0.0.1:${info.appPort}${listPath}`,
        headers: auth,
      },
      {
        key: "b",
        name: "(b) app  GET /api/weight/stats",
        url: `http://127.0.0.1:${info.appPort}/api/weight/stats`,
        headers: auth,
      },
      {
        key: "a0",
        name: `(a0) app, no cache, GET ${listPath}`,
        url: `http://127.0.0.1:${info.appNoCachePort}${listPath}`,
        headers: auth,
      },
      {
        key: "b0",
        name: "(b0) app, no cache, GET /api/weight/stats",
        url: `http://127.0.0.1:${info.appNoCachePort}/api/weight/stats`,
        headers: auth,
      },
      {
        key: "c",
        name: `(c) bare GET ${listPath}`,
        url: `http://127.0.0.1:${info.barePort}${listPath}`,
        headers: {},
      },
    ];

    // Before any load: every target answers 200, and (a) and (c) answer the very same entries.
    const bodies = {};
    for (const t of targets) {
      const res = await get(t.url, t.headers);
      if (res.status !== 200)
        throw new BenchError(`${t.name} answered ${res.status}: ${res.body.slice(0, 300)}`);
      bodies[t.key] = res.body;
    }
    const a = JSON.parse(bodies.a);
    const c = JSON.parse(bodies.c);
    const stats = JSON.parse(bodies.b);
    if (JSON.stringify(a) !== JSON.stringify(c)) throw new BenchError("(a) and (c) answer different bodies");
    if (bodies.a0 !== bodies.a || bodies.b0 !== bodies.b)
      throw new BenchError("the app answers differently with and without its cache");
    if (stats.count !== info.rows) throw new BenchError(`stats count ${stats.count}, seeded ${info.rows}`);
    log(
      `(a)/(c) answer ${a.length} entries (${bodies.a.length} bytes; identical), (b) ${bodies.b.length} bytes over ${stats.count} entries`,
    );
    log(`autocannon: ${CONNECTIONS} connections, ${WARMUP} s warm-up + ${DURATION} s measured per target`);
    await idleCheck();
    log("");

    for (const t of targets) {
      const w = await cannon(t.url, t.headers, WARMUP);
      const warmBad = w.errors + w.timeouts + w.non2xx;
      const cpu0 = cpuOf(info.pid);
      const m0 = machineCpu();
      const load = os.loadavg()[0];
      const r = await cannon(t.url, t.headers, DURATION);
      const serverCpu = cpuOf(info.pid) - cpu0;
      const m1 = machineCpu();
      const bad = r.errors + r.timeouts + r.non2xx + r.mismatches + warmBad;
      results[t.key] = {
        name: t.name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        max: r.latency.max,
        total: r.requests.total,
        // Server CPU per request is steadier than req/s when something else shares the cores.
        cpuMsPerReq: (1000 * serverCpu) / r.requests.total,
        serverCpuPct: (100 * serverCpu) / (r.duration ?? DURATION),
        machinePct: (100 * (m1.busy - m0.busy)) / (m1.total - m0.total),
        load,
        bad,
        detail: `errors ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}; in the warm-up ${warmBad}`,
      };
      if (bad > 0) failed = true;
    }
    results.memory = memoryOf(info.pid);
  } finally {
    child.kill("SIGTERM");
    const code = await waitExit(child);
    if (code !== 0) log(`warning: bench server exited with ${code}`);
  }

  const pad = (s, n) => String(s).padEnd(n);
  const lpad = (s, n) => String(s).padStart(n);
  log(
    `${pad("target", 46)}${lpad("req/s", 7)}${lpad("p50 ms", 8)}${lpad("p99 ms", 8)}${lpad("max ms", 8)}${lpad("requests", 9)}${lpad("failed", 7)}` +
      `${lpad("srv CPU ms/req", 15)}${lpad("srv CPU", 8)}${lpad("box CPU", 8)}${lpad("load", 6)}  p99<${TARGET.p99Ms}ms`,
  );
  for (const k of ["a", "b", "a0", "b0", "c"]) {
    const r = results[k];
    const verdict =
      k === "c" ? "(reference)" : `${k.endsWith("0") ? "info: " : ""}${mark(r.p99 < TARGET.p99Ms)}`;
    log(
      `${pad(r.name, 46)}${lpad(fmt(r.rps, 0), 7)}${lpad(fmt(r.p50), 8)}${lpad(fmt(r.p99), 8)}${lpad(fmt(r.max), 8)}${lpad(r.total, 9)}${lpad(r.bad, 7)}` +
        `${lpad(fmt(r.cpuMsPerReq, 2), 15)}${lpad(`${fmt(r.serverCpuPct)}%`, 8)}${lpad(`${fmt(r.machinePct)}%`, 8)}${lpad(fmt(r.load, 1), 6)}  ${verdict}`,
    );
    if (r.bad > 0) log(`  !! ${r.name}: ${r.detail}`);
  }
  log(
    `(closed loop: mean latency = ${CONNECTIONS} connections / req/s, so p99 < ${TARGET.p99Ms} ms needs more than ${fmt((1000 * CONNECTIONS) / TARGET.p99Ms)} req/s)`,
  );
  const ratio = results.a.rps / results.c.rps;
  log(
    `ratio a/c: ${fmt(ratio, 2)} (target ≥ ${TARGET.ratio})  ${mark(ratio >= TARGET.ratio)}` +
      `   [by server CPU per request: c/a = ${fmt(results.c.cpuMsPerReq / results.a.cpuMsPerReq, 2)}]`,
  );
  // Without the cache (a0) runs the very SQL of (c): this is the cost of auth, validation and serialization.
  const ratio0 = results.a0.rps / results.c.rps;
  log(
    `ratio a0/c (framework overhead, both running the SQL): ${fmt(ratio0, 2)} (target ≥ ${TARGET.ratio})  ${mark(ratio0 >= TARGET.ratio)}` +
      `   [by server CPU per request: c/a0 = ${fmt(results.c.cpuMsPerReq / results.a0.cpuMsPerReq, 2)}]`,
  );
  log(
    `server RSS after the run: ${fmt(results.memory.rssMb, 1)} MB (peak ${fmt(results.memory.peakMb, 1)} MB)`,
  );

  const cold = [];
  for (let i = 0; i < COLD_RUNS; i++) cold.push(await coldStart(env, cwd, await freePort()));
  const worst = Math.max(...cold);
  log(
    `cold start (spawn of dist/server.js → first 200 of /api/health, existing database): ${cold.map((ms) => `${fmt(ms)} ms`).join(", ")}` +
      `; worst ${fmt(worst)} ms (target < ${TARGET.coldMs} ms)  ${mark(worst < TARGET.coldMs)}`,
  );
  if (results.a.bad + results.b.bad + results.a0.bad + results.b0.bad + results.c.bad > 0)
    log(`!! ${label}: requests failed — the numbers above are not valid`);
  return { ...results, ratio, ratio0, cold };
}

async function runPglite() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mitai-bench-"));
  try {
    return await benchDatabase(`PGlite (DATA_DIR ${dir})`, serverEnv({ DATA_DIR: dir }), dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function runPostgres() {
  const admin = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (err) {
    log(
      `\n=== PostgreSQL ===\nPostgreSQL at ${redact(PG_URL)} is unreachable (${err.code ?? ""} ${err.message}); skipping the PostgreSQL half.`,
    );
    await admin.end().catch(() => {});
    return null;
  }
  const name = `mitai_bench_${randomBytes(4).toString("hex")}`;
  const version = (await admin.query("show server_version")).rows[0].server_version;
  await admin.query(`create database ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const dir = await mkdtemp(path.join(os.tmpdir(), "mitai-bench-"));
  try {
    return await benchDatabase(
      `PostgreSQL ${version} (${redact(url.toString())})`,
      serverEnv({ DATABASE_URL: url.toString(), DATA_DIR: dir }),
      dir,
    );
  } finally {
    await admin
      .query(`drop database if exists ${name} with (force)`)
      .catch((err) => log(`could not drop ${name}: ${err.message}`));
    await admin.end();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main() {
  for (const f of [benchServer, realServer]) {
    if (!existsSync(f)) throw new BenchError(`${f} is missing; run \`npm run build\` first`);
  }
  const cpus = os.cpus();
  log(
    `Mitai Jinkendo bench — node ${process.version}, ${cpus.length} × ${cpus[0]?.model.trim() ?? "cpu"}, ${os.platform()} ${os.release()}`,
  );
  log(
    `targets: a/c ≥ ${TARGET.ratio}; p99 of (a) and (b) < ${TARGET.p99Ms} ms; cold start < ${TARGET.coldMs} ms; LOG_LEVEL=${LOG_LEVEL}`,
  );
  const started = performance.now();
  for (const [kind, run] of [
    ["pglite", runPglite],
    ["postgres", runPostgres],
  ]) {
    if (ONLY && ONLY !== kind) continue;
    try {
      await run();
    } catch (err) {
      failed = true;
      log(`!! ${kind}: ${err instanceof BenchError ? err.message : (err?.stack ?? err)}`);
    }
  }
  log(
    `\nbench took ${fmt((performance.now() - started) / 1000, 0)} s${failed ? "; FAILED: a server did not start or requests failed" : ""}`,
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  log(`!! ${err instanceof BenchError ? err.message : (err?.stack ?? err)}`);
  process.exitCode = 1;
});
