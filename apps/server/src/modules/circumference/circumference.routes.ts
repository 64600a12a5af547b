import {
  circumferenceCreate,
  circumferenceEntry,
  circumferenceListQuery,
  circumferenceUpdate,
  errorBody,
} from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import * as circumference from "./circumference.service.js";

const tags = ["circumferences"];
const idParams = z.object({ id: z.uuid() });

export async function circumferenceRoutes(app: App, db: Database) {
  app.get(
    "/api/circumferences",
    {
      schema: {
        tags,
        summary: "Girth measurements, newest first, each with its ratios and US Navy body fat",
        querystring: circumferenceListQuery,
        response: { 200: z.array(circumferenceEntry), 422: errorBody },
      },
    },
    async (request) => circumference.listCircumferences(db, actorOf(request), request.query),
  );

  app.get(
    "/api/circumferences/:id",
    {
      schema: {
        tags,
        summary: "One girth measurement with its derived figures",
        params: idParams,
        response: { 200: circumferenceEntry, 404: errorBody },
      },
    },
    async (request) => circumference.getCircumference(db, actorOf(request), request.params.id),
  );

  app.post(
    "/api/circumferences",
    {
      schema: {
        tags,
        summary: "Log girth measurements (one set per day, any of the eight points)",
        body: circumferenceCreate,
        response: { 201: circumferenceEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await circumference.createCircumference(db, actorOf(request), request.body)),
  );

  app.put(
    "/api/circumferences/:id",
    {
      schema: {
        tags,
        summary: "Change girth measurements; a point set to null is cleared",
        params: idParams,
        body: circumferenceUpdate,
        response: { 200: circumferenceEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) =>
      circumference.updateCircumference(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/circumferences/:id",
    {
      schema: {
        tags,
        summary: "Delete girth measurements",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await circumference.deleteCircumference(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
