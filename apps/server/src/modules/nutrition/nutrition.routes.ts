import {
  errorBody,
  nutritionCreate,
  nutritionDays,
  nutritionDaysQuery,
  nutritionEntry,
  nutritionList,
  nutritionListQuery,
  nutritionStats,
  nutritionStatsQuery,
  nutritionToday,
  nutritionUpdate,
} from "@mitai/shared";
import { z } from "zod";
import type { ChangeCache } from "../../cache/change-cache.js";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import { sendAnswersOnce } from "../../plugins/send-once.js";
import type { App } from "../../types.js";
import * as analysis from "./nutrition.analysis.js";
import { createNutritionCache } from "./nutrition.cache.js";
import * as nutrition from "./nutrition.service.js";

const tags = ["nutrition"];
const idParams = z.object({ id: z.uuid() });

export async function nutritionRoutes(app: App, deps: { db: Database; cache: ChangeCache }) {
  const { db } = deps;
  const cache = createNutritionCache(deps.cache);

  app.get(
    "/api/nutrition",
    {
      schema: {
        tags,
        summary: "Nutrition entries, newest first",
        querystring: nutritionListQuery,
        response: { 200: nutritionList, 422: errorBody },
      },
    },
    async (request) => nutrition.listNutrition(db, actorOf(request), request.query),
  );

  // The cached answers, in a scope of their own that sends each one's JSON bytes written once.
  await app.register(async (answers: App) => {
    sendAnswersOnce(answers);
    answers.get(
      "/api/nutrition/days",
      {
        schema: {
          tags,
          summary:
            "Per-day totals over all sources (default: the 90 days up to today) with macro shares, kcal mismatch and protein per kg",
          querystring: nutritionDaysQuery,
          response: { 200: nutritionDays, 422: errorBody },
        },
      },
      async (request) => analysis.nutritionDays(db, actorOf(request), request.query, cache),
    );

    answers.get(
      "/api/nutrition/today",
      {
        schema: {
          tags,
          summary: "Today's totals (in the profile's time zone) against the profile's targets",
          response: { 200: nutritionToday },
        },
      },
      async (request) => analysis.nutritionToday(db, actorOf(request), cache),
    );

    answers.get(
      "/api/nutrition/stats",
      {
        schema: {
          tags,
          summary:
            "Averages, protein per kg, adherence to the targets and the energy-balance estimate of the last 7, 28 or 90 days",
          querystring: nutritionStatsQuery,
          response: { 200: nutritionStats, 422: errorBody },
        },
      },
      async (request) => analysis.nutritionStats(db, actorOf(request), request.query.days, cache),
    );
  });

  app.post(
    "/api/nutrition",
    {
      schema: {
        tags,
        summary: "Log a day's nutrition (one entry per day and source)",
        body: nutritionCreate,
        response: { 201: nutritionEntry, 409: errorBody, 422: errorBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await nutrition.createNutrition(db, actorOf(request), request.body)),
  );

  app.get(
    "/api/nutrition/:id",
    {
      schema: {
        tags,
        summary: "One nutrition entry",
        params: idParams,
        response: { 200: nutritionEntry, 404: errorBody },
      },
    },
    async (request) => nutrition.getNutrition(db, actorOf(request), request.params.id),
  );

  app.put(
    "/api/nutrition/:id",
    {
      schema: {
        tags,
        summary: "Change a nutrition entry (its source stays)",
        params: idParams,
        body: nutritionUpdate,
        response: { 200: nutritionEntry, 404: errorBody, 409: errorBody, 422: errorBody },
      },
    },
    async (request) => nutrition.updateNutrition(db, actorOf(request), request.params.id, request.body),
  );

  app.delete(
    "/api/nutrition/:id",
    {
      schema: {
        tags,
        summary: "Delete a nutrition entry",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await nutrition.deleteNutrition(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
