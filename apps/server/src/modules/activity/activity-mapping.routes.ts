import { activityMapping, activityMappingCreate, activityMappingUpdate, errorBody } from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import { actorOf } from "../../plugins/auth.js";
import type { App } from "../../types.js";
import { adminRoutes } from "../training-types/admin-scope.js";
import * as mappings from "./activity-mapping.service.js";

const tags = ["training"];
const adminTags = ["admin"];
const idParams = z.object({ id: z.uuid() });

export async function activityMappingRoutes(app: App, db: Database) {
  app.get(
    "/api/activity/mappings",
    {
      schema: {
        tags,
        summary: "The profile's own learned name → type mappings",
        response: { 200: z.array(activityMapping) },
      },
    },
    async (request) => mappings.listOwnMappings(db, actorOf(request)),
  );

  app.patch(
    "/api/activity/mappings/:id",
    {
      schema: {
        tags,
        summary: "Point an own mapping at another type (its uncategorized sessions follow)",
        params: idParams,
        body: activityMappingUpdate,
        response: { 200: activityMapping, 404: errorBody, 422: errorBody },
      },
    },
    async (request) =>
      mappings.updateOwnMapping(db, actorOf(request), request.params.id, request.body.trainingTypeId),
  );

  app.delete(
    "/api/activity/mappings/:id",
    {
      schema: {
        tags,
        summary: "Forget an own mapping",
        params: idParams,
        response: { 204: z.undefined(), 404: errorBody },
      },
    },
    async (request, reply) => {
      await mappings.deleteOwnMapping(db, actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );

  await adminRoutes(app, async (admin) => {
    admin.get(
      "/api/admin/activity-mappings",
      {
        schema: {
          tags: adminTags,
          summary: "Global name → type mappings (used where a profile has no own mapping)",
          response: { 200: z.array(activityMapping) },
        },
      },
      async () => mappings.listGlobalMappings(db),
    );

    admin.post(
      "/api/admin/activity-mappings",
      {
        schema: {
          tags: adminTags,
          summary: "Add a global mapping for a name that has none",
          body: activityMappingCreate,
          response: { 201: activityMapping, 409: errorBody, 422: errorBody },
        },
      },
      async (request, reply) => reply.code(201).send(await mappings.createGlobalMapping(db, request.body)),
    );

    admin.patch(
      "/api/admin/activity-mappings/:id",
      {
        schema: {
          tags: adminTags,
          summary: "Point a global mapping at another type",
          params: idParams,
          body: activityMappingUpdate,
          response: { 200: activityMapping, 404: errorBody, 422: errorBody },
        },
      },
      async (request) => mappings.updateGlobalMapping(db, request.params.id, request.body.trainingTypeId),
    );

    admin.delete(
      "/api/admin/activity-mappings/:id",
      {
        schema: {
          tags: adminTags,
          summary: "Delete a global mapping",
          params: idParams,
          response: { 204: z.undefined(), 404: errorBody },
        },
      },
      async (request, reply) => {
        await mappings.deleteGlobalMapping(db, request.params.id);
        return reply.code(204).send();
      },
    );
  });
}
