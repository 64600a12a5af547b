import { healthResponse } from "@mitai/shared";
import type { DatabaseHandle } from "../../db/client.js";
import type { App } from "../../types.js";
import { APP_VERSION } from "../../version.js";

export async function healthRoutes(app: App, database: DatabaseHandle) {
  app.get(
    "/api/health",
    {
      config: { access: "public" },
      schema: {
        tags: ["system"],
        summary: "Liveness and database check",
        response: { 200: healthResponse, 503: healthResponse },
      },
    },
    async (_request, reply) => {
      const ok = await database.ping();
      return reply.code(ok ? 200 : 503).send({
        status: ok ? "ok" : "degraded",
        service: "mitai-jinkendo",
        version: APP_VERSION,
        database: ok ? "ok" : "unavailable",
        databaseKind: database.kind,
      });
    },
  );
}
