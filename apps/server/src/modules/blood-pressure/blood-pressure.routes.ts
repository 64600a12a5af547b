import {
  bloodPressureCreate,
  bloodPressureListQuery,
  bloodPressureReading,
  bloodPressureStats,
  bloodPressureStatsQuery,
  bloodPressureUpdate,
  errorBody,
} from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as bp from "./blood-pressure.service.js";

const tags = ["blood pressure"];
const idParams = z.object({ id: z.uuid() });

export async function bloodPressureRoutes(app: App, db: Database) {
  app.get(
    "/api/blood-pressure",
    {
      schema: {
        tags,
        summary: "Readings, newest first, each with its ESC/ESH class",
        querystring: bloodPressureListQuery,
        response: { 200: z.array(bloodPressureReading), 422: errorBody },
      },
    },
    async (request) => bp.listReadings(db, actorOf(request), request.query),
  );

  app.get(
    "/api/blood-pressure/stats",
    {
      schema: {
        tags,
        summary:
          "Averages per day and week, morning against evening, share per class over the last `days` days",
        querystring: bloodPressureStatsQuery,
        response: { 200: bloodPressureStats, 422: errorBody },
      },
    },
    async (request) => bp.readingStats(db, actorOf(request), request.query.days),
  );

  app.post(
    "/api/blood-pressure",
    {
      schema: {
        tags,
        summary: "Log a reading",
        body: bloodPressureCreate,
        response: { 201: bloodPressureReading, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await bp.createReading(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/blood-pressure/:id",
    {
      schema: {
        tags,
        summary: "Change a reading",
        params: idParams,
        body: bloodPressureUpdate,
        response: { 200: bloodPressureReading, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => bp.updateReading(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/blood-pressure/:id",
    {
      schema: {
        tags,
        summary: "Delete a reading",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await bp.deleteReading(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
