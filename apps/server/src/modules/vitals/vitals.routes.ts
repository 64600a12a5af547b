import { errorBody, vitalsCreate, vitalsEntry, vitalsListQuery, vitalsUpdate } from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as vitals from "./vitals.service.js";

const tags = ["vitals"];
const idParams = z.object({ id: z.uuid() });

export async function vitalsRoutes(app: App, db: Database) {
  app.get(
    "/api/vitals/baseline",
    {
      schema: {
        tags,
        summary: "Morning measurements, newest first, each value with its 7- and 28-day baselines",
        querystring: vitalsListQuery,
        response: { 200: z.array(vitalsEntry), 422: errorBody },
      },
    },
    async (request) => vitals.listVitals(db, actorOf(request), request.query),
  );

  app.post(
    "/api/vitals/baseline",
    {
      schema: {
        tags,
        summary: "Log the morning measurement (one per day)",
        body: vitalsCreate,
        response: { 201: vitalsEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await vitals.createVitals(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/vitals/baseline/:id",
    {
      schema: {
        tags,
        summary: "Change a morning measurement",
        params: idParams,
        body: vitalsUpdate,
        response: { 200: vitalsEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => vitals.updateVitals(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/vitals/baseline/:id",
    {
      schema: {
        tags,
        summary: "Delete a morning measurement",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await vitals.deleteVitals(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
