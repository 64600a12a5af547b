import { errorBody, restDayCreate, restDayEntry, restDayListQuery, restDayUpdate } from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as restDays from "./rest-day.service.js";

const tags = ["training"];
const idParams = z.object({ id: z.uuid() });

export async function restDayRoutes(app: App, db: Database) {
  app.get(
    "/api/rest-days",
    {
      schema: {
        tags,
        summary: "Rest days, latest first",
        querystring: restDayListQuery,
        response: { 200: z.array(restDayEntry), 422: errorBody },
      },
    },
    async (request) => restDays.listRestDays(db, actorOf(request), request.query),
  );

  app.get(
    "/api/rest-days/:id",
    {
      schema: {
        tags,
        summary: "One rest day",
        params: idParams,
        response: { 200: restDayEntry, 404: errorBody },
      },
    },
    async (request) => restDays.getRestDay(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/rest-days",
    {
      schema: {
        tags,
        summary: "Set a rest day (one per day; may be planned ahead)",
        body: restDayCreate,
        response: { 201: restDayEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await restDays.createRestDay(db, actorOf(request), request.body)),
  );

  app.patch(
    "/api/rest-days/:id",
    {
      schema: {
        tags,
        summary: "Change a rest day's date, preset, dimensions or note",
        params: idParams,
        body: restDayUpdate,
        response: { 200: restDayEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => restDays.updateRestDay(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/rest-days/:id",
    {
      schema: {
        tags,
        summary: "Delete a rest day",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await restDays.deleteRestDay(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
