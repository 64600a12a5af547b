// Bundles the server (with packages/shared) into dist/server.js; node_modules stay external.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const root = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const own = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const external = Object.keys(own.dependencies).filter((d) => d !== "@mitai/shared");

await build({
  entryPoints: [new URL("./src/server.ts", import.meta.url).pathname],
  outfile: new URL("./dist/server.js", import.meta.url).pathname,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  sourcemap: true,
  external: [...external, "zod/*", "drizzle-orm/*", "@electric-sql/pglite/*"],
  define: { __APP_VERSION__: JSON.stringify(root.version) },
  logLevel: "warning",
});
