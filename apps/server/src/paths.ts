import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

/** The nearest `rel` above this file: works from src/ (tests, dev) and from the bundled dist/. */
function findUp(rel: string): string | null {
  let dir = here;
  for (;;) {
    const candidate = path.join(dir, rel);
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

export function migrationsFolder(): string {
  const journal = findUp(path.join("migrations", "meta", "_journal.json"));
  if (!journal) throw new Error("migrations folder not found");
  return path.dirname(path.dirname(journal));
}

/** The built PWA (apps/web/dist), if it has been built. */
export function defaultWebDist(): string | null {
  const index =
    findUp(path.join("apps", "web", "dist", "index.html")) ?? findUp(path.join("web", "dist", "index.html"));
  return index ? path.dirname(index) : null;
}
