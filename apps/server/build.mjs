// Bundles the server (with packages/shared) into dist/server.js; node_modules stay external.
// Also bundles the benchmark's server entry (bench/bench-server.ts → dist/bench-server.js) for `npm run bench`.
import { readFileSync } from "node:fs";
import { build } from "esbuild";

const root = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
const own = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));
const external = Object.keys(own.dependencies).filter((d) => d !== "@mitai/shared");

const bundle = (entry, out) =>
  build({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    outfile: new URL(out, import.meta.url).pathname,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "esm",
    sourcemap: true,
    external: [...external, "zod/*", "drizzle-orm/*", "@electric-sql/pglite/*"],
    define: { __APP_VERSION__: JSON.stringify(root.version) },
    logLevel: "warning",
  });

await Promise.all([
  bundle("./src/server.ts", "./dist/server.js"),
  bundle("./bench/bench-server.ts", "./dist/bench-server.js"),
]);
