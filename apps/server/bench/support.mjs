// Shared by the benchmarks that run the built server as its own process: start it on a free port
// with a verified account, and read its memory from /proc.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { openAsBlob, readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import pg from "pg";

const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, "../../..");
const serverJs = path.join(root, "apps/server/dist/server.js");
// BENCH_SERVER_NODE_ARGS is given to the server's node (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof",
// which NODE_OPTIONS does not allow).
const NODE_ARGS = (process.env.BENCH_SERVER_NODE_ARGS ?? "").split(" ").filter(Boolean);

export function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** RSS now and its peak (VmHWM) in MB; `resetPeak` makes the peak start again from now. */
export function memory(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k) => Number(status.match(new RegExp(`${k}:\\s+(\\d+)`))?.[1] ?? 0);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** The built server with a fresh account; `auth` holds its session header. */
export async function startServer(env) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...NODE_ARGS, serverJs], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      LOG_LEVEL: "info",
      HOST: "127.0.0.1",
      PORT: String(port),
      APP_URL: url,
      SMTP_HOST: "",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {}
    if (child.exitCode !== null) throw new Error(`server exited: ${out}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  // A verified account: register, then the link the server writes to its log.
  const email = `bench-${randomBytes(3).toString("hex")}@example.org`;
  await fetch(`${url}/api/auth/register`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "Bench", email, password: "bench password", timeZone: "Europe/Berlin" }),
  });
  let token = null;
  for (let i = 0; i < 100 && !token; i++) {
    token = out.match(/verify\?token=([A-Za-z0-9_-]+)/)?.[1] ?? null;
    if (!token) await new Promise((r) => setTimeout(r, 50));
  }
  const verified = await (
    await fetch(`${url}/api/auth/verify`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    })
  ).json();
  return { url, child, auth: { "x-auth-token": verified.token } };
}

/** Resets the process's peak RSS to its present RSS (Linux `clear_refs` 5). */
export function resetPeak(pid) {
  writeFileSync(`/proc/${pid}/clear_refs`, "5");
}

/** A fresh database on the PostgreSQL at `adminUrl` (null when it does not answer), and how to drop it. */
export async function freshPostgres(adminUrl, prefix) {
  const admin = new pg.Client({ connectionString: adminUrl });
  try {
    await admin.connect();
  } catch {
    return null;
  }
  const name = `${prefix}_${randomBytes(4).toString("hex")}`;
  await admin.query(`create database ${name}`);
  await admin.end();
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Where a benchmark's fresh server keeps its data: PGlite in a new folder under `dir`, or a fresh
 * database on the PostgreSQL at `adminUrl`. Null when PostgreSQL does not answer; `drop` removes
 * the database afterwards.
 */
export async function databaseEnv(kind, dir, adminUrl, prefix) {
  const DATA_DIR = await mkdtemp(path.join(dir, "data-"));
  if (kind === "PGlite") return { env: { DATA_DIR }, drop: async () => {} };
  const db = await freshPostgres(adminUrl, prefix);
  return db ? { env: { DATABASE_URL: db.url, DATA_DIR }, drop: db.drop } : null;
}

/** POSTs JSON as the bench account; throws on anything but 2xx, answers the body. */
export async function postJson(url, auth, body) {
  const res = await fetch(url, {
    method: "POST",
    headers: { ...auth, "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${await res.text()}`);
  return res.json();
}

/** A GET under load (2 s of warm-up first): its p99 latency in ms and requests per second. */
export async function latency(url, auth, { connections, duration }) {
  const check = await fetch(url, { headers: auth });
  if (!check.ok) throw new Error(`${url} answered ${check.status}: ${await check.text()}`);
  await autocannon({ url, headers: auth, connections, duration: 2 });
  const r = await autocannon({ url, headers: auth, connections, duration });
  if (r.non2xx > 0 || r.errors > 0) throw new Error(`${url}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { p99: r.latency.p99, rps: r.requests.average };
}

async function waitWhile(url, auth, id, status, pollMs) {
  for (;;) {
    const job = await (await fetch(`${url}/api/import/${id}`, { headers: auth })).json();
    if (job.status !== status) return job;
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

/**
 * Uploads a file to the import, waits for its analysis, commits it and waits for the commit (job
 * polled every `pollMs`): the ready and the done job and the seconds each phase took. `ready(job)`
 * and `done(job)` say whether a job is what the benchmark expects (else it throws); `onAnalysed`
 * runs between the two phases.
 */
export async function importThrough(url, auth, file, { ready, done, pollMs, onAnalysed }) {
  const t0 = performance.now();
  const form = new FormData();
  form.append("file", await openAsBlob(file), path.basename(file));
  const created = await fetch(`${url}/api/import`, { method: "POST", headers: auth, body: form });
  if (created.status !== 202) throw new Error(`upload answered ${created.status}: ${await created.text()}`);
  const { id } = await created.json();
  const analysed = await waitWhile(url, auth, id, "analyzing", pollMs);
  const t1 = performance.now();
  onAnalysed?.();
  if (!ready(analysed)) throw new Error(`analysis: ${JSON.stringify(analysed).slice(0, 400)}`);
  await fetch(`${url}/api/import/${id}/commit`, { method: "POST", headers: auth });
  const committed = await waitWhile(url, auth, id, "committing", pollMs);
  const t2 = performance.now();
  if (!done(committed)) throw new Error(`commit: ${JSON.stringify(committed).slice(0, 400)}`);
  return {
    ready: analysed,
    done: committed,
    analyseS: (t1 - t0) / 1000,
    commitS: (t2 - t1) / 1000,
    totalS: (t2 - t0) / 1000,
  };
}
