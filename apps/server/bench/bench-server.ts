/**
 * The server side of `npm run bench` (bundled to dist/bench-server.js, driven by bench/run.mjs).
 *
 * Opens the database exactly as server.ts does (DATA_DIR → PGlite, DATABASE_URL → PostgreSQL),
 * seeds one verified profile with a session and ten years of daily weights, then listens with
 * three Fastify instances on free ports of 127.0.0.1:
 *  - `app`:  the real application from buildApp (auth, zod validation and serialization, helmet …)
 *    with its in-memory cache of sessions and weight series, as it runs in production;
 *  - `appNoCache`: the same application built with `cache: false`, so every request runs its SQL;
 *  - `bare`: a bare Fastify without plugins or schemas whose one route, GET /api/weight, runs the
 *    same Drizzle query as the real list route (listWeightRows with the service's arguments),
 *    maps rows with the same toWeightEntry and answers with plain JSON.stringify, for the
 *    profile seeded here (no auth, no validation).
 * When both listen it prints one JSON line `{"benchReady":true,…}` on stdout. SIGTERM closes all.
 */
import { randomBytes } from "node:crypto";
import { addDays, todayIn } from "@mitai/shared";
import Fastify from "fastify";
import { buildApp } from "../src/app.js";
import { insertSession } from "../src/modules/auth/auth.repo.js";
import { hashPassword } from "../src/modules/auth/passwords.js";
import { hashToken, newToken } from "../src/modules/auth/tokens.js";
import { insertProfileFirstIsAdmin, updateProfile } from "../src/modules/profiles/profile.repo.js";
import { toWeightEntry } from "../src/modules/weight/weight.mapper.js";
import { listWeightRows } from "../src/modules/weight/weight.repo.js";
import { weightLog } from "../src/modules/weight/weight.table.js";
import { configureAndOpen } from "../src/startup.js";

const YEARS = Number(process.env.BENCH_YEARS ?? 10);
const TIME_ZONE = "Europe/Berlin";
const BATCH = 500;
/** The list route's default page (weightListQuery: limit 500, offset 0); (a) sends neither. */
const DEFAULT_PAGE = { limit: 500, offset: 0 };

function fail(message: string): never {
  process.stderr.write(`bench-server: ${message}\n`);
  process.exit(1);
}

/** A deterministic pseudo-random sequence (mulberry32), so every run seeds the same weights. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One weight a day for `days` days ending today: a slow loss from 92 to about 80 kg with a
 * seasonal swing, a random walk of water weight and daily scale noise, now and then a note.
 */
function weightSeries(today: string, days: number) {
  const random = rng(42);
  const gauss = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const notes = ["after run", "after holiday", "ill", "new scale", "morning, before breakfast"];
  const out: { date: string; weight: number; note: string | null }[] = [];
  let walk = 0;
  for (let i = 0; i < days; i++) {
    const t = i / days;
    walk = 0.97 * walk + 0.15 * gauss();
    const trend = 92 - 12 * t + 2.5 * Math.sin(6 * Math.PI * t);
    const seasonal = 0.8 * Math.sin((2 * Math.PI * i) / 365.25);
    const weight = Math.round((trend + seasonal + walk + 0.3 * gauss()) * 10) / 10;
    const note = random() < 0.05 ? (notes[Math.floor(random() * notes.length)] ?? null) : null;
    out.push({ date: addDays(today, i - days + 1), weight, note });
  }
  return out;
}

/** The same calendar day a year earlier (29 February becomes 1 March). */
function oneYearBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d.toISOString().slice(0, 10);
}

async function main() {
  // As server.ts: the built PWA is served when there is one (the static plugin is part of the app).
  const { config, database } = await configureAndOpen(fail);
  const { db } = database;

  // One verified profile with a live session, made as the test helper newProfile makes it.
  const seedStart = performance.now();
  let profile = await insertProfileFirstIsAdmin(db, {
    email: `bench-${randomBytes(3).toString("hex")}@example.org`,
    name: "Bench Person",
    passwordHash: await hashPassword("correct horse battery staple"),
    emailVerified: true,
    language: "en",
    timeZone: TIME_ZONE,
  });
  profile = (await updateProfile(db, profile.id, { heightCm: 178, goalWeightKg: 78 })) ?? profile;
  const token = newToken();
  await insertSession(db, profile.id, hashToken(token), new Date(Date.now() + 30 * 86_400_000));

  const today = todayIn(TIME_ZONE);
  const series = weightSeries(today, Math.round(YEARS * 365.25));
  for (let i = 0; i < series.length; i += BATCH) {
    await db
      .insert(weightLog)
      .values(series.slice(i, i + BATCH).map((w) => ({ ...w, profileId: profile.id })));
  }
  const seedMs = performance.now() - seedStart;

  const app = await buildApp({ config, database });
  const appNoCache = await buildApp({ config, database, cache: false });

  const profileId = profile.id;
  const bare = Fastify({ logger: false });
  bare.get("/api/weight", async (request, reply) => {
    const { from, to } = request.query as { from?: string; to?: string };
    const rows = await listWeightRows(db, profileId, { from, to }, DEFAULT_PAGE);
    return reply.type("application/json; charset=utf-8").send(JSON.stringify(rows.map(toWeightEntry)));
  });

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    setTimeout(() => process.exit(1), 10_000).unref();
    await bare.close();
    await appNoCache.close();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown());
  process.on("SIGINT", () => void shutdown());

  await app.listen({ port: 0, host: "127.0.0.1" });
  await appNoCache.listen({ port: 0, host: "127.0.0.1" });
  await bare.listen({ port: 0, host: "127.0.0.1" });
  const portOf = (f: { server: { address(): unknown } }) => (f.server.address() as { port: number }).port;

  process.stdout.write(
    `${JSON.stringify({
      benchReady: true,
      pid: process.pid,
      database: database.kind,
      appPort: portOf(app),
      barePort: portOf(bare),
      appNoCachePort: portOf(appNoCache),
      token,
      profileId,
      rows: series.length,
      first: series[0]?.date,
      today,
      from: oneYearBefore(today),
      seedMs: Math.round(seedMs),
      webDist: config.webDist !== null,
    })}\n`,
  );
}

main().catch((err: unknown) => {
  fail(`unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
});
