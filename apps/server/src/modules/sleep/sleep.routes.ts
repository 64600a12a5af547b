import { errorBody, sleepCreate, sleepEntry, sleepListQuery, sleepStats, sleepUpdate } from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as sleep from "./sleep.service.js";

const tags = ["sleep"];
const idParams = z.object({ id: z.uuid() });

export async function sleepRoutes(app: App, db: Database) {
  app.get(
    "/api/sleep",
    {
      schema: {
        tags,
        summary: "Nights, newest first (keyed by the wake-up day)",
        querystring: sleepListQuery,
        response: { 200: z.array(sleepEntry), 422: errorBody },
      },
    },
    async (request) => sleep.listSleep(db, actorOf(request), request.query),
  );

  app.get(
    "/api/sleep/stats",
    {
      schema: {
        tags,
        summary: "Average duration, quality and phase shares, bedtime regularity over 7 and 28 days",
        response: { 200: sleepStats },
      },
    },
    async (request) => sleep.sleepStats(db, actorOf(request)),
  );

  app.post(
    "/api/sleep",
    {
      schema: {
        tags,
        summary: "Log a night (one per wake-up day)",
        body: sleepCreate,
        response: { 201: sleepEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await sleep.createSleep(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/sleep/:id",
    {
      schema: {
        tags,
        summary: "Change a night",
        params: idParams,
        body: sleepUpdate,
        response: { 200: sleepEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => sleep.updateSleep(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/sleep/:id",
    {
      schema: {
        tags,
        summary: "Delete a night",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await sleep.deleteSleep(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
