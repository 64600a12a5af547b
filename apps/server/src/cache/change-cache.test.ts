import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "../app.js";
import { loadConfig } from "../config.js";
import { newProfile, newWeightEntry, openTestDatabase, type TestProfile } from "../test/helpers.js";
import type { App } from "../types.js";

type Db = Awaited<ReturnType<typeof openTestDatabase>>;
let database: Db;
/** Two app instances on one database: two server processes behind a load balancer. */
let a: App;
let b: App;
let uncached: App;
let p: TestProfile;

const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "silent", APP_URL: "http://mitai.test" });

beforeAll(async () => {
  database = await openTestDatabase();
  a = await buildApp({ config, database, logger: false });
  b = await buildApp({ config, database, logger: false });
  uncached = await buildApp({ config, database, logger: false, cache: false });
  await Promise.all([a.ready(), b.ready(), uncached.ready()]);
  p = await newProfile({ db: database.db, app: b });
  await newWeightEntry({ db: database.db, app: b }, p.profile.id, { date: "2025-06-01", weight: 80 });
});

afterAll(async () => {
  await Promise.all([a.close(), b.close(), uncached.close()]);
  await database.drop();
});

const weights = async (app: App, headers = p.headers) =>
  (await app.inject({ url: "/api/weight", headers })).json().map((e: { weight: number }) => e.weight);

describe("the in-memory cache of sessions and weight series", () => {
  it("is on and listening in both processes", () => {
    expect(a.changeCache.active).toBe(true);
    expect(b.changeCache.active).toBe(true);
    expect(uncached.changeCache.active).toBe(false);
  });

  it("shows a weight written through one process in the other", async () => {
    expect(await weights(b)).toEqual([80]);
    const res = await a.inject({
      method: "POST",
      url: "/api/weight",
      headers: p.headers,
      payload: { date: "2025-06-02", weight: 79.5 },
    });
    expect(res.statusCode).toBe(201);
    await b.changeCache.sync();
    expect(await weights(b)).toEqual([79.5, 80]);
    expect((await b.inject({ url: "/api/weight/stats", headers: p.headers })).json().latest.weight).toBe(
      79.5,
    );
  });

  it("answers its own writes at once, without waiting for the notice", async () => {
    await weights(a);
    const res = await a.inject({
      method: "POST",
      url: "/api/weight",
      headers: p.headers,
      payload: { date: "2025-06-03", weight: 79 },
    });
    expect(res.statusCode).toBe(201);
    expect(await weights(a)).toEqual([79, 79.5, 80]);
  });

  it("notices changes made by hand in the database", async () => {
    await weights(b);
    await database.db.execute(sql`update weight_log set weight = 77.7 where date = '2025-06-01'`);
    await b.changeCache.sync();
    expect(await weights(b)).toEqual([79, 79.5, 77.7]);
  });

  it("ends a session logged out in the other process", async () => {
    const q = await newProfile({ db: database.db, app: b });
    expect((await b.inject({ url: "/api/auth/me", headers: q.headers })).statusCode).toBe(200);
    expect((await a.inject({ method: "POST", url: "/api/auth/logout", headers: q.headers })).statusCode).toBe(
      204,
    );
    await b.changeCache.sync();
    expect((await b.inject({ url: "/api/auth/me", headers: q.headers })).statusCode).toBe(401);
  });

  it("locks out a deactivated profile in every process", async () => {
    const admin = await newProfile({ db: database.db, app: b }, { role: "admin" });
    const q = await newProfile({ db: database.db, app: b });
    expect((await b.inject({ url: "/api/weight", headers: q.headers })).statusCode).toBe(200);
    const res = await a.inject({
      method: "PUT",
      url: `/api/profiles/${q.profile.id}`,
      headers: admin.headers,
      payload: { active: false },
    });
    expect(res.statusCode).toBe(200);
    await b.changeCache.sync();
    expect((await b.inject({ url: "/api/weight", headers: q.headers })).statusCode).toBe(401);
  });

  it("gives the same answers as reading the database every time", async () => {
    for (const url of [
      "/api/weight",
      "/api/weight?from=2025-06-02",
      "/api/weight?limit=1&offset=1",
      "/api/weight/stats",
    ]) {
      const cachedRes = await b.inject({ url, headers: p.headers });
      const direct = await uncached.inject({ url, headers: p.headers });
      expect(cachedRes.json(), url).toEqual(direct.json());
    }
  });

  it("stops caching when it can no longer hear the notices, and stays correct", async () => {
    await b.changeCache.stop();
    expect(b.changeCache.active).toBe(false);
    await database.db.execute(sql`update weight_log set weight = 70 where date = '2025-06-01'`);
    expect(await weights(b)).toEqual([79, 79.5, 70]);
  });
});
