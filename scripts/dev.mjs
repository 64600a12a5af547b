// `npm run dev`: the API on 8099 (restarts on change) and the Vite dev server on 3099 (proxies /api).
import { spawn } from "node:child_process";

const env = {
  ...process.env,
  NODE_ENV: "development",
  PORT: process.env.PORT ?? "8099",
  DATA_DIR: process.env.DATA_DIR ?? "./data-dev",
  APP_URL: process.env.APP_URL ?? "http://localhost:3099",
  LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
};

const children = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "apps/server/src/server.ts"], {
    stdio: "inherit",
    env,
  }),
  spawn("npm", ["run", "dev", "-w", "apps/web"], { stdio: "inherit", env: process.env }),
];

let stopping = false;
function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  setTimeout(() => process.exit(code), 500).unref();
}
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
