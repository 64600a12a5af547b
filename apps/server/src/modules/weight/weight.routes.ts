import {
  errorBody,
  weightCreate,
  weightEntry,
  weightList,
  weightListQuery,
  weightStats,
  weightUpdate,
} from "@mitai/shared";
import { z } from "zod";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as weight from "./weight.service.js";

const tags = ["weight"];
const idParams = z.object({ id: z.uuid() });

export async function weightRoutes(app: App, ctx: weight.WeightContext) {
  const { db } = ctx;
  app.get(
    "/api/weight",
    {
      schema: {
        tags,
        summary: "Weight entries, newest first",
        querystring: weightListQuery,
        response: { 200: weightList, 422: errorBody },
      },
    },
    async (request) => weight.listWeights(ctx, actorOf(request), request.query),
  );

  app.get(
    "/api/weight/stats",
    {
      schema: {
        tags,
        summary: "Latest, changes, moving average, trend, BMI, goal",
        response: { 200: weightStats },
      },
    },
    async (request) => weight.weightStats(ctx, actorOf(request)),
  );

  app.post(
    "/api/weight",
    {
      schema: {
        tags,
        summary: "Log a weight (one per day)",
        body: weightCreate,
        response: { 201: weightEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await weight.createWeight(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/weight/:id",
    {
      schema: {
        tags,
        summary: "Change a weight entry",
        params: idParams,
        body: weightUpdate,
        response: { 200: weightEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => weight.updateWeight(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/weight/:id",
    {
      schema: {
        tags,
        summary: "Delete a weight entry",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await weight.deleteWeight(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
