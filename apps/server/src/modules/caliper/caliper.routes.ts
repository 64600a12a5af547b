import { caliperCreate, caliperEntry, caliperListQuery, caliperUpdate, errorBody } from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as caliper from "./caliper.service.js";

const tags = ["caliper"];
const idParams = z.object({ id: z.uuid() });

export async function caliperRoutes(app: App, db: Database) {
  app.get(
    "/api/caliper",
    {
      schema: {
        tags,
        summary: "Skinfold measurements, newest first, with body fat, fat and lean mass and the category",
        querystring: caliperListQuery,
        response: { 200: z.array(caliperEntry), 422: errorBody },
      },
    },
    async (request) => caliper.listCaliper(db, actorOf(request), request.query),
  );

  app.get(
    "/api/caliper/:id",
    {
      schema: {
        tags,
        summary: "One skinfold measurement with its figures",
        params: idParams,
        response: { 200: caliperEntry, 404: errorBody },
      },
    },
    async (request) => caliper.getCaliper(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/caliper",
    {
      schema: {
        tags,
        summary:
          "Log a skinfold measurement (one per day and method); needs the profile's sex and birth date",
        body: caliperCreate,
        response: { 201: caliperEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await caliper.createCaliper(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/caliper/:id",
    {
      schema: {
        tags,
        summary: "Change a skinfold measurement; body fat is computed again",
        params: idParams,
        body: caliperUpdate,
        response: { 200: caliperEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => caliper.updateCaliper(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/caliper/:id",
    {
      schema: {
        tags,
        summary: "Delete a skinfold measurement",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await caliper.deleteCaliper(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
