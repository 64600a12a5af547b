import path from "node:path";
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", "yes", "no"], { error: "must be true or false" })
  .transform((v) => v === "true" || v === "1" || v === "yes");

const port = z.coerce.number({ error: "must be a port number" }).int().min(1).max(65535);

/** An empty variable counts as unset, so `SMTP_HOST=` in a compose file means "no SMTP". */
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const trustProxy = z
  .string()
  .optional()
  .transform((v, ctx): boolean | number | string[] => {
    const s = v?.trim() ?? "";
    if (s === "" || s === "false" || s === "0") return false;
    if (s === "true") return true;
    if (/^\d+$/.test(s)) return Number(s);
    const list = s.split(",").map((x) => x.trim());
    if (list.some((x) => !/^[0-9a-fA-F.:/]+$/.test(x))) {
      ctx.addIssue({ code: "custom", message: "must be true, a hop count or a list of proxy addresses" });
      return z.NEVER;
    }
    return list;
  });

const envSchema = z.object({
  NODE_ENV: z.enum(["production", "development", "test"]).default("production"),
  PORT: port.default(8002),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  PHOTOS_DIR: optionalString,
  DATABASE_URL: optionalString.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "must be a postgres:// URL")
      .optional(),
  ),
  DB_POOL_MAX: z.coerce.number({ error: "must be a whole number" }).int().min(1).max(1000).default(10),
  APP_URL: optionalString.pipe(
    z.url({ error: "must be a URL such as https://mitai.example.org" }).optional(),
  ),
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .transform((s) =>
      s
        .split(",")
        .map((o) => o.trim().replace(/\/$/, ""))
        .filter(Boolean),
    )
    .pipe(z.array(z.url({ error: "must be a comma-separated list of origins" }))),
  TRUST_PROXY: trustProxy,
  SMTP_HOST: optionalString,
  SMTP_PORT: port.default(587),
  SMTP_USER: optionalString,
  SMTP_PASS: optionalString,
  SMTP_FROM: optionalString.pipe(z.string().optional()),
  SMTP_SECURE: bool.default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BODY_LIMIT: z.coerce.number({ error: "must be a number of bytes" }).int().min(1024).default(1_048_576),
  WEB_DIST: optionalString,
});

export type Config = {
  env: "production" | "development" | "test";
  port: number;
  host: string;
  dataDir: string;
  /** Where progress photos are stored (never served statically). */
  photosDir: string;
  databaseUrl: string | undefined;
  dbPoolMax: number;
  appUrl: string;
  allowedOrigins: string[];
  trustProxy: boolean | number | string[];
  smtp: {
    host: string;
    port: number;
    user: string | undefined;
    pass: string | undefined;
    from: string;
    secure: boolean;
  } | null;
  logLevel: string;
  bodyLimit: number;
  /** Folder of the built PWA; null when there is none to serve (API only). */
  webDist: string | null;
};

export class ConfigError extends Error {}

/** Reads the environment once; a wrong value throws a ConfigError naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path[0] ?? "environment";
    throw new ConfigError(`Invalid configuration: ${String(name)} ${issue?.message ?? "is invalid"}`);
  }
  const e = parsed.data;
  const appUrl = (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.DATA_DIR),
    photosDir: path.resolve(e.PHOTOS_DIR ?? path.join(e.DATA_DIR, "photos")),
    databaseUrl: e.DATABASE_URL,
    dbPoolMax: e.DB_POOL_MAX,
    appUrl,
    allowedOrigins: e.ALLOWED_ORIGINS,
    trustProxy: e.TRUST_PROXY,
    smtp: e.SMTP_HOST
      ? {
          host: e.SMTP_HOST,
          port: e.SMTP_PORT,
          user: e.SMTP_USER,
          pass: e.SMTP_PASS,
          from: e.SMTP_FROM ?? `Mitai Jinkendo <no-reply@${new URL(appUrl).hostname}>`,
          secure: e.SMTP_SECURE,
        }
      : null,
    logLevel: e.LOG_LEVEL,
    bodyLimit: e.BODY_LIMIT,
    webDist: e.WEB_DIST === undefined ? null : path.resolve(e.WEB_DIST),
  };
}
