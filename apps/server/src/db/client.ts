import { constants } from "node:fs";
import { access, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { PGlite } from "@electric-sql/pglite";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import * as schema from "./schema.js";

export type Schema = typeof schema;
/** The Drizzle database, whichever driver is underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = "pglite" | "postgres";

/**
 * Loads rows in PostgreSQL's COPY text format (tab-separated, `\N` for null; see `copyLine`) into
 * `target` — a table with its column list, e.g. `blood_pressure_log (profile_id, date)` — and
 * answers how many went in. COPY parses rows about twice as fast as `INSERT … unnest` but has no
 * `ON CONFLICT`: only rows known to be new may be given to it.
 */
export type CopyRows = (target: string, text: string) => Promise<number>;

/**
 * Runs `fn` in one transaction on one connection, with a Drizzle database for its queries and
 * `copy` for bulk loads into the same transaction. Commits when `fn` resolves, rolls back when it
 * throws.
 */
export type BulkTransaction = <T>(fn: (tx: Database, copy: CopyRows) => Promise<T>) => Promise<T>;

/**
 * Receives the payloads of one NOTIFY channel. `onStatus` reports whether it is listening; each
 * change means notifications may have been missed.
 */
export type ChannelListener = { onMessage(payload: string): void; onStatus(listening: boolean): void };

export type DatabaseHandle = {
  db: Database;
  kind: DatabaseKind;
  /**
   * Listens to a NOTIFY channel. Resolves once listening; returns the function that stops.
   * On PostgreSQL a dedicated connection listens and reconnects after a failure.
   */
  listen(channel: string, listener: ChannelListener): Promise<() => Promise<void>>;
  /** Applies every pending migration in one transaction and records it. */
  migrate(migrationsFolder: string): Promise<void>;
  bulkTransaction: BulkTransaction;
  ping(): Promise<boolean>;
  close(): Promise<void>;
};

/** A start-up failure with one line a person can act on. */
export class StartupError extends Error {}

function describe(err: unknown): string {
  if (err instanceof Error) {
    const code = "code" in err && typeof err.code === "string" ? `${err.code}: ` : "";
    return `${code}${err.message}`;
  }
  return String(err);
}

async function ensureDataDir(dir: string): Promise<void> {
  try {
    const s = await stat(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === "ENOENT") return null;
      throw err;
    });
    if (s && !s.isDirectory()) throw Object.assign(new Error("not a directory"), { code: "ENOTDIR" });
    if (!s) await mkdir(dir, { recursive: true });
    await access(dir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (err) {
    throw new StartupError(`DATA_DIR ${dir} is not a readable and writable directory (${describe(err)})`);
  }
}

export async function openPglite(dataDir: string | null): Promise<DatabaseHandle> {
  let client: PGlite;
  if (dataDir) {
    await ensureDataDir(dataDir);
    const dbDir = path.join(dataDir, "db");
    try {
      client = await PGlite.create(dbDir);
    } catch (err) {
      throw new StartupError(`Cannot open the embedded database in ${dbDir} (${describe(err)})`);
    }
  } else {
    client = await PGlite.create();
  }
  const db: Database = drizzlePglite({ client, schema });
  return {
    db,
    kind: "pglite",
    async listen(channel, listener) {
      const stop = await client.listen(channel, (payload) => listener.onMessage(payload));
      listener.onStatus(true);
      return async () => {
        listener.onStatus(false);
        await stop();
      };
    },
    migrate: (migrationsFolder) => migratePglite(drizzlePglite({ client, schema }), { migrationsFolder }),
    // PGlite reads COPY data from a blob handed over with the query, named '/dev/blob'.
    bulkTransaction: (fn) =>
      client.transaction((t) =>
        fn(drizzlePglite({ client: t as unknown as PGlite, schema }), async (target, text) => {
          const result = await t.query(`copy ${target} from '/dev/blob'`, [], { blob: new Blob([text]) });
          return result.affectedRows ?? 0;
        }),
      ),
    ping: () => ping(db),
    close: () => client.close(),
  };
}

/** The address without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "DATABASE_URL";
  }
}

export async function openPostgres(url: string, poolMax: number): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: poolMax, connectionTimeoutMillis: 5_000 });
  // A dropped idle connection must not crash the process; the pool replaces it.
  pool.on("error", () => {});
  try {
    const c = await pool.connect();
    c.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new StartupError(`Cannot reach PostgreSQL at ${redactUrl(url)} (${describe(err)})`);
  }
  const db: Database = drizzleNodePg({ client: pool, schema });
  return {
    db,
    kind: "postgres",
    listen: (channel, listener) => listenPostgres(url, channel, listener),
    migrate: (migrationsFolder) =>
      migrateNodePg(drizzleNodePg({ client: pool, schema }), { migrationsFolder }),
    bulkTransaction: (fn) => bulkTransactionPostgres(pool, fn),
    ping: () => ping(db),
    close: () => pool.end(),
  };
}

async function bulkTransactionPostgres<T>(
  pool: pg.Pool,
  fn: (tx: Database, copy: CopyRows) => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  let broken = false;
  try {
    await client.query("begin");
    const copy: CopyRows = async (target, text) => {
      const stream = client.query(copyFrom(`copy ${target} from stdin`));
      await pipeline(Readable.from([text]), stream);
      return stream.rowCount;
    };
    try {
      const result = await fn(drizzleNodePg({ client, schema }), copy);
      await client.query("commit");
      return result;
    } catch (err) {
      // A connection that cannot even roll back is not given back to the pool.
      await client.query("rollback").catch(() => {
        broken = true;
      });
      throw err;
    }
  } finally {
    client.release(broken);
  }
}

/** One COPY text-format line: values tab-separated, null as `\N`, backslash and control characters escaped. */
export function copyLine(values: readonly (string | number | boolean | null)[]): string {
  let line = "";
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) line += "\t";
    if (v === null || v === undefined) line += "\\N";
    else if (typeof v === "string") line += /[\\\t\n\r]/.test(v) ? v.replace(/[\\\t\n\r]/g, escapeCopy) : v;
    else if (typeof v === "boolean") line += v ? "t" : "f";
    else line += String(v);
  }
  return `${line}\n`;
}

const COPY_ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };
const escapeCopy = (c: string) => COPY_ESCAPES[c] ?? c;

/**
 * LISTEN on a connection of its own. A lost connection is re-opened after a second; the listener
 * hears when listening stops and starts again.
 */
async function listenPostgres(
  url: string,
  channel: string,
  listener: ChannelListener,
): Promise<() => Promise<void>> {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`invalid channel name ${channel}`);
  let client: pg.Client | null = null;
  let stopped = false;
  let retry: NodeJS.Timeout | undefined;

  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    c.on("notification", (n) => {
      if (n.channel === channel) listener.onMessage(n.payload ?? "");
    });
    const lost = () => {
      if (stopped || client !== c) return;
      client = null;
      listener.onStatus(false);
      c.end().catch(() => {});
      retry = setTimeout(() => void connect().catch(lost), 1_000);
      retry.unref();
    };
    c.on("error", lost);
    c.on("end", lost);
    client = c;
    await c.connect();
    await c.query(`listen ${channel}`);
    listener.onStatus(true);
  };

  await connect();
  return async () => {
    stopped = true;
    clearTimeout(retry);
    listener.onStatus(false);
    await client?.end().catch(() => {});
  };
}

async function ping(db: Database): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

export type OpenOptions = { databaseUrl: string | undefined; dataDir: string; dbPoolMax: number };

/** Opens the configured database and brings its schema up to date; throws StartupError on failure. */
export async function openDatabase(opts: OpenOptions, migrationsFolder: string): Promise<DatabaseHandle> {
  const handle = opts.databaseUrl
    ? await openPostgres(opts.databaseUrl, opts.dbPoolMax)
    : await openPglite(opts.dataDir);
  try {
    await handle.migrate(migrationsFolder);
  } catch (err) {
    await handle.close().catch(() => {});
    const cause = err instanceof Error && err.cause ? err.cause : err;
    throw new StartupError(`Database migration failed, nothing was changed (${describe(cause)})`);
  }
  return handle;
}
