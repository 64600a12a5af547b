import { existsSync } from "node:fs";
import { buildApp } from "./app.js";
import { configureAndOpen } from "./startup.js";

/** One line on stderr and a non-zero exit: what a person needs when the start fails. */
function fail(message: string): never {
  process.stderr.write(`mitai-jinkendo: ${message}\n`);
  process.exit(1);
}

async function main() {
  if (existsSync(".env")) process.loadEnvFile(".env");
  const { config, database } = await configureAndOpen(fail);

  const app = await buildApp({ config, database });
  app.addHook("onClose", async () => database.close());
  if (!config.webDist) app.log.warn("no built web app found (run `npm run build`); serving the API only");

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down: no new connections, finishing requests in flight");
    // A request that hangs must not keep the process alive for ever.
    const timer = setTimeout(() => {
      app.log.error("shutdown took longer than 10 s; exiting");
      process.exit(1);
    }, 10_000);
    timer.unref();
    try {
      await app.close();
      process.exit(0);
    } catch (err) {
      app.log.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (err) {
    await database.close().catch(() => {});
    fail(
      `cannot listen on ${config.host}:${config.port} (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  app.log.info(
    {
      database: database.kind,
      dataDir: database.kind === "pglite" ? config.dataDir : undefined,
      appUrl: config.appUrl,
    },
    `Mitai Jinkendo is running at ${config.appUrl}`,
  );
}

main().catch((err: unknown) => {
  fail(`unexpected error during start: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
});
