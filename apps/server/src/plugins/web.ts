import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

const IMMUTABLE = "public, max-age=31536000, immutable";

/**
 * Serves the built PWA: hashed assets cached for a year, everything else revalidated (so a new
 * release reaches every phone), and every non-/api path that is not a file answered with
 * index.html for the client-side router. Unknown /api paths get a JSON 404.
 */
export const webPlugin = fp(async (app: FastifyInstance, opts: { webDist: string | null }) => {
  const { webDist } = opts;
  if (webDist) {
    await app.register(fastifyStatic, {
      root: webDist,
      index: ["index.html"],
      cacheControl: false,
      setHeaders(res, filePath) {
        const rel = path.relative(webDist, filePath);
        res.header("cache-control", rel.startsWith(`assets${path.sep}`) ? IMMUTABLE : "no-cache");
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0] ?? "/";
    const wantsPage =
      (request.method === "GET" || request.method === "HEAD") && !url.startsWith("/api/") && url !== "/api";
    if (webDist && wantsPage && !path.extname(url)) {
      return reply.header("cache-control", "no-cache").sendFile("index.html", webDist);
    }
    return reply.code(404).send({ detail: `No such resource: ${request.method} ${url}`, code: "not_found" });
  });
});
