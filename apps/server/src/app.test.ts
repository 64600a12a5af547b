import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, newProfile, type TestApp } from "./test/helpers.js";

let t: TestApp;
let webDist: string;

beforeAll(async () => {
  webDist = await mkdtemp(path.join(tmpdir(), "mitai-web-"));
  await mkdir(path.join(webDist, "assets"));
  await writeFile(path.join(webDist, "index.html"), "<!doctype html><title>Mitai</title><div id=root></div>");
  await writeFile(path.join(webDist, "assets", "index-abc123.js"), "console.log(1)");
  await writeFile(path.join(webDist, "manifest.webmanifest"), "{}");
  t = await buildTestApp({ WEB_DIST: webDist, ALLOWED_ORIGINS: "https://allowed.example" });
});

describe("system routes", () => {
  it("GET /api/health reports the service and the database", async () => {
    const res = await t.app.inject({ url: "/api/health" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "ok", service: "mitai-jinkendo", database: "ok" });
    expect(typeof res.json().version).toBe("string");
  });

  it("serves the OpenAPI document generated from the schemas, and the docs page", async () => {
    const res = await t.app.inject({ url: "/api/openapi.json" });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    for (const p of [
      "/api/auth/login",
      "/api/weight",
      "/api/weight/{id}",
      "/api/weight/stats",
      "/api/profile",
    ]) {
      expect(doc.paths).toHaveProperty([p]);
    }
    const weightBody = doc.paths["/api/weight"].post.requestBody.content["application/json"].schema;
    expect(weightBody).toEqual({ $ref: "#/components/schemas/WeightCreateInput" });
    expect(doc.components.schemas.WeightCreateInput.properties.weight).toMatchObject({
      minimum: 20,
      maximum: 400,
    });
    expect(JSON.stringify(doc.components.schemas.Profile)).not.toMatch(/password/i);
    const docs = await t.app.inject({ url: "/api/docs/" });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers["content-type"]).toContain("text/html");
  });

  it("answers unknown API paths with a JSON 404", async () => {
    const res = await t.app.inject({ url: "/api/does-not-exist" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: "not_found" });
  });

  it("sends security headers with a CSP the PWA works under", async () => {
    const res = await t.app.inject({ url: "/" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBeDefined();
  });

  it("allows CORS only for ALLOWED_ORIGINS", async () => {
    const allowed = await t.app.inject({
      url: "/api/health",
      headers: { origin: "https://allowed.example" },
    });
    expect(allowed.headers["access-control-allow-origin"]).toBe("https://allowed.example");
    const other = await t.app.inject({ url: "/api/health", headers: { origin: "https://evil.example" } });
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers a wrong content type with 415 and nothing stored", async () => {
    const p = await newProfile(t);
    const res = await t.app.inject({
      method: "POST",
      url: "/api/weight",
      headers: { ...p.headers, "content-type": "text/plain" },
      payload: "date=2025-01-01&weight=80",
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe("unsupported_media_type");
    expect((await t.app.inject({ url: "/api/weight", headers: p.headers })).json()).toEqual([]);
  });
});

describe("the PWA", () => {
  it("serves index.html at / and for client-side routes, revalidated on every load", async () => {
    for (const url of ["/", "/weight", "/verify?token=abc", "/settings/profile"]) {
      const res = await t.app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.body).toContain("<div id=root>");
      expect(res.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("caches hashed assets for a year", async () => {
    const res = await t.app.inject({ url: "/assets/index-abc123.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("answers a missing file with 404, not the page", async () => {
    const res = await t.app.inject({ url: "/assets/missing-123.js" });
    expect(res.statusCode).toBe(404);
  });
});
