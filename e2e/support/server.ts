import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const serverJs = path.join(repoRoot, "apps/server/dist/server.js");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export type RunningServer = {
  url: string;
  port: number;
  child: ChildProcess;
  dataDir: string;
  output: () => string;
  stop: () => Promise<number | null>;
};

export function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** The built server, started the way README starts it (`npm start` = build, then `node apps/server/dist/server.js`). */
export function spawnServer(env: Record<string, string>): { child: ChildProcess; output: () => string } {
  if (!existsSync(serverJs))
    throw new Error("apps/server/dist/server.js is missing: run `npm run build` first");
  const base: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    // The test's own database settings must not leak into the app under test.
    if (v !== undefined && !/^(DATABASE_URL|TEST_|DATA_DIR|PORT|SMTP_|APP_URL|WEB_DIST)/.test(k)) base[k] = v;
  }
  const child = spawn(process.execPath, [serverJs], {
    cwd: repoRoot,
    env: { ...base, NODE_ENV: "production", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (d) => {
    out += String(d);
  });
  child.stderr?.on("data", (d) => {
    out += String(d);
  });
  return { child, output: () => out };
}

/** Starts the built app on a free port with a fresh (or given) data dir and waits for /api/health. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = env.DATA_DIR ?? (await mkdtemp(path.join(tmpdir(), "mitai-e2e-")));
  const url = `http://127.0.0.1:${port}`;
  const { child, output } = spawnServer({ PORT: String(port), DATA_DIR: dataDir, APP_URL: url, ...env });
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become healthy:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    port,
    child,
    dataDir,
    output,
    stop: async () => {
      if (child.exitCode !== null) return child.exitCode;
      child.kill("SIGTERM");
      return exited(child);
    },
  };
}
