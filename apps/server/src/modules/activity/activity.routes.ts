import {
  activityCreate,
  activityEntry,
  activityListQuery,
  activityUpdate,
  categorizeRequest,
  categorizeResult,
  errorBody,
  uncategorizedName,
} from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as activity from "./activity.service.js";
import { categorize } from "./activity-mapping.service.js";

const tags = ["training"];
const idParams = z.object({ id: z.uuid() });

export async function activityRoutes(app: App, db: Database) {
  app.get(
    "/api/activity",
    {
      schema: {
        tags,
        summary: "Training sessions, newest first, by period, type, category or without a type",
        querystring: activityListQuery,
        response: { 200: z.array(activityEntry), 422: errorBody },
      },
    },
    async (request) => activity.listActivities(db, actorOf(request), request.query),
  );

  app.get(
    "/api/activity/uncategorized-names",
    {
      schema: {
        tags,
        summary: "The names sessions without a type carry, most frequent first",
        response: { 200: z.array(uncategorizedName) },
      },
    },
    async (request) => activity.uncategorizedNames(db, actorOf(request)),
  );

  app.post(
    "/api/activity/categorize",
    {
      schema: {
        tags,
        summary: "Give every session of a name without a type that type, and remember the mapping",
        body: categorizeRequest,
        response: { 200: categorizeResult, 422: errorBody },
      },
    },
    async (request) => categorize(db, actorOf(request), request.body),
  );

  app.get(
    "/api/activity/:id",
    {
      schema: {
        tags,
        summary: "One training session",
        params: idParams,
        response: { 200: activityEntry, 404: errorBody },
      },
    },
    async (request) => activity.getActivity(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/activity",
    {
      schema: {
        tags,
        summary: "Log a training session (without a type, its name's mapping applies)",
        body: activityCreate,
        response: { 201: activityEntry, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await activity.createActivity(db, actorOf(request), request.body)),
  );

  app.patch(
    "/api/activity/:id",
    {
      schema: {
        tags,
        summary: "Change a training session; a type given is remembered for its name",
        params: idParams,
        body: activityUpdate,
        response: { 200: activityEntry, 404: errorBody, 422: errorBody },
      },
    },
    async (request) => activity.updateActivity(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/activity/:id",
    {
      schema: {
        tags,
        summary: "Delete a training session",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await activity.deleteActivity(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
