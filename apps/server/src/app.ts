import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import multipart from "@fastify/multipart";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyServerOptions } from "fastify";
import { validatorCompiler, type ZodTypeProvider } from "fastify-type-provider-zod";
import { ChangeCache } from "./cache/change-cache.js";
import type { Config } from "./config.js";
import type { DatabaseHandle } from "./db/client.js";
import { createMailer, type Mailer } from "./mail/mailer.js";
import { activityRoutes } from "./modules/activity/activity.routes.js";
import { activityMappingRoutes } from "./modules/activity/activity-mapping.routes.js";
import { deleteExpiredAuthRows } from "./modules/auth/auth.repo.js";
import { authRoutes } from "./modules/auth/auth.routes.js";
import { bloodPressureRoutes } from "./modules/blood-pressure/blood-pressure.routes.js";
import { caliperRoutes } from "./modules/caliper/caliper.routes.js";
import { circumferenceRoutes } from "./modules/circumference/circumference.routes.js";
import { evaluationRoutes } from "./modules/evaluation/evaluation.routes.js";
import { healthRoutes } from "./modules/health/health.routes.js";
import { importRoutes } from "./modules/import/import.routes.js";
import { recoverInterruptedImports } from "./modules/import/import.service.js";
import { nutritionRoutes } from "./modules/nutrition/nutrition.routes.js";
import { photoRoutes } from "./modules/photos/photo.routes.js";
import { profileRoutes } from "./modules/profiles/profile.routes.js";
import { restDayRoutes } from "./modules/rest-days/rest-day.routes.js";
import { sleepRoutes } from "./modules/sleep/sleep.routes.js";
import { trainingTypeRoutes } from "./modules/training-types/training-type.routes.js";
import { vitalsRoutes } from "./modules/vitals/vitals.routes.js";
import { createWeightSeriesCache } from "./modules/weight/weight.cache.js";
import { weightRoutes } from "./modules/weight/weight.routes.js";
import { authPlugin } from "./plugins/auth.js";
import { errorHandlerPlugin } from "./plugins/error-handler.js";
import { openapiPlugin } from "./plugins/openapi.js";
import { webPlugin } from "./plugins/web.js";
import { serializerCompiler } from "./serializer.js";
import type { App } from "./types.js";

export type BuildOptions = {
  config: Config;
  database: DatabaseHandle;
  /** pino options, or false for silence (tests). */
  logger?: FastifyServerOptions["logger"];
  /** Replaces the SMTP/log mailer (tests may pass their own). */
  mailer?: Mailer;
  /** Keep sessions and weight series in memory (default); false reads everything from the database. */
  cache?: boolean;
};

declare module "fastify" {
  interface FastifyInstance {
    /** What this process keeps in memory per profile; `sync()` waits for announced changes. */
    changeCache: ChangeCache;
  }
}

const SWEEP_INTERVAL_MS = 6 * 3_600_000;
/** Exports of years of data run to hundreds of megabytes (Apple Health: 1–2 GB). */
const IMPORT_MAX_BYTES = 2 * 1024 ** 3;

/** The CSP the PWA runs under: everything from our own origin, no inline scripts. */
const contentSecurityPolicy = {
  useDefaults: false,
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:", "blob:"],
    connectSrc: ["'self'"],
    fontSrc: ["'self'", "data:"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
};

/** Builds the whole application without listening, so tests can drive it with inject(). */
export async function buildApp(opts: BuildOptions): Promise<App> {
  const { config, database } = opts;
  const app = Fastify({
    logger: opts.logger ?? { level: config.logLevel },
    bodyLimit: config.bodyLimit,
    // A hop count trusts that many proxies in front of us (proxy-addr's function form).
    trustProxy:
      typeof config.trustProxy === "number"
        ? (
            (hops) => (_addr: string, i: number) =>
              i < hops
          )(config.trustProxy)
        : config.trustProxy,
    requestIdHeader: false,
  }).withTypeProvider<ZodTypeProvider>();

  // The API speaks JSON only (multipart joins later for uploads); text bodies get a clear 415.
  app.removeContentTypeParser("text/plain");
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(errorHandlerPlugin);
  await app.register(helmet, { contentSecurityPolicy, crossOriginEmbedderPolicy: false });
  await app.register(cors, { origin: config.allowedOrigins.length > 0 ? config.allowedOrigins : false });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      Object.assign(new Error(`Too many requests, try again in ${context.after}`), { statusCode: 429 }),
  });
  await app.register(openapiPlugin);
  const cache = new ChangeCache(database, app.log, opts.cache ?? true);
  app.decorate("changeCache", cache);
  app.addHook("onReady", () => cache.start());
  app.addHook("onClose", () => cache.stop());
  await app.register(authPlugin, { db: database.db, cache });

  const mailer = opts.mailer ?? createMailer(config.smtp, app.log);
  app.addHook("onClose", async () => mailer.close());
  await app.register(multipart, {
    limits: { fileSize: IMPORT_MAX_BYTES, files: 1, fields: 5, fieldSize: 1024, parts: 6 },
  });
  const importContext = {
    db: database.db,
    dbKind: database.kind,
    bulk: database.bulkTransaction,
    dataDir: config.dataDir,
    log: app.log,
  };
  app.addHook("onReady", () => recoverInterruptedImports(importContext));

  const authContext = { db: database.db, mailer, appUrl: config.appUrl, log: app.log, cache };

  await app.register(async (api) => {
    await healthRoutes(api, database);
    await authRoutes(api, authContext);
    await profileRoutes(api, { db: database.db, cache });
    await weightRoutes(api, { db: database.db, series: createWeightSeriesCache(cache) });
    await bloodPressureRoutes(api, database.db);
    await vitalsRoutes(api, database.db);
    await sleepRoutes(api, database.db);
    await trainingTypeRoutes(api, database.db);
    await activityRoutes(api, database.db);
    await activityMappingRoutes(api, database.db);
    await restDayRoutes(api, database.db);
    await circumferenceRoutes(api, database.db);
    await caliperRoutes(api, database.db);
    await evaluationRoutes(api, { db: database.db, cache });
    await nutritionRoutes(api, { db: database.db, cache });
    await importRoutes(api, importContext);
    await photoRoutes(api, {
      db: database.db,
      photosDir: config.photosDir,
      dataDir: config.dataDir,
      log: app.log,
    });
  });
  await app.register(webPlugin, { webDist: config.webDist });

  // Expired sessions and mail tokens are useless; sweep them at start and every six hours.
  const sweep = () =>
    deleteExpiredAuthRows(database.db).catch((err: unknown) =>
      app.log.warn({ err }, "auth housekeeping failed"),
    );
  let timer: NodeJS.Timeout | undefined;
  app.addHook("onReady", async () => {
    await sweep();
    timer = setInterval(sweep, SWEEP_INTERVAL_MS);
    timer.unref();
  });
  app.addHook("onClose", async () => clearInterval(timer));
  return app;
}
