import { type Config, ConfigError, loadConfig } from "./config.js";
import { type DatabaseHandle, openDatabase, StartupError } from "./db/client.js";
import { defaultWebDist, migrationsFolder } from "./paths.js";

/**
 * The start of every process that serves the app (the server, the benchmark's server): the
 * configuration from the environment, then the database opened and migrated. A failure a person
 * can act on goes to `fail` as one line.
 */
export async function configureAndOpen(fail: (message: string) => never): Promise<{
  config: Config;
  database: DatabaseHandle;
}> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) fail(err.message);
    throw err;
  }
  config = { ...config, webDist: config.webDist ?? defaultWebDist() };
  try {
    return { config, database: await openDatabase(config, migrationsFolder()) };
  } catch (err) {
    if (err instanceof StartupError) fail(err.message);
    throw err;
  }
}
