import { mkdtemp, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { exited, freePort, spawnServer, startServer } from "./support/server.js";

async function failedStart(env: Record<string, string>) {
  const { child, output } = spawnServer({ PORT: String(await freePort()), ...env });
  const code = await exited(child);
  const lines = output().trim().split("\n");
  return { code, lines };
}

describe("start-up", () => {
  it("stops with one line naming the variable when the configuration is wrong", async () => {
    const { code, lines } = await failedStart({ PORT: "eighty" });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^mitai-jinkendo: Invalid configuration: PORT /);
  });

  it("stops with one line when DATA_DIR cannot be used", async () => {
    const file = path.join(await mkdtemp(path.join(tmpdir(), "mitai-")), "not-a-dir");
    await writeFile(file, "x");
    const { code, lines } = await failedStart({ DATA_DIR: file });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^mitai-jinkendo: DATA_DIR .*not-a-dir is not a readable and writable directory/,
    );
  });

  it("stops with one line when DATABASE_URL does not answer", async () => {
    const { code, lines } = await failedStart({ DATABASE_URL: "postgres://nobody:pw@127.0.0.1:1/none" });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^mitai-jinkendo: Cannot reach PostgreSQL at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/,
    );
  });

  it("keeps the data in DATA_DIR across restarts", async () => {
    const first = await startServer();
    const reg = await fetch(`${first.url}/api/auth/register`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "Kai", email: "kai@example.org", password: "kai's password" }),
    });
    expect(reg.status).toBe(201);
    expect(await first.stop()).toBe(0);
    const second = await startServer({ DATA_DIR: first.dataDir });
    try {
      const login = await fetch(`${second.url}/api/auth/login`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ email: "kai@example.org", password: "kai's password" }),
      });
      // The account is still there, still waiting for its e-mail confirmation.
      expect(login.status).toBe(403);
      expect(await login.json()).toMatchObject({ code: "email_not_verified" });
    } finally {
      await second.stop();
    }
  });

  it("finishes a request in flight on SIGTERM, then exits 0", async () => {
    const server = await startServer();
    const body = JSON.stringify({ name: "Lea", email: "lea@example.org", password: "lea's password" });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = request(
        `${server.url}/api/auth/register`,
        {
          method: "POST",
          headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
        },
        (res) => {
          let text = "";
          res.on("data", (d) => {
            text += String(d);
          });
          res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on("error", reject);
      // Half the body now, the rest after the signal: the request is in flight when shutdown begins.
      req.write(body.slice(0, 10));
      setTimeout(() => {
        server.child.kill("SIGTERM");
        setTimeout(() => req.end(body.slice(10)), 300);
      }, 300);
    });
    const res = await answer;
    expect(res.status).toBe(201);
    expect(await exited(server.child)).toBe(0);
    expect(server.output()).toContain("shutting down");
    // And new connections are no longer accepted.
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
  });
});
