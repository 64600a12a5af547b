import { errorBody, trainingType, trainingTypeCreate, trainingTypeUpdate } from "@mitai/shared";
import { z } from "zod";
import type { Database } from "../../db/client.js";
import type { App } from "../../types.js";
import { adminRoutes } from "./admin-scope.js";
import * as types from "./training-type.service.js";

const tags = ["training"];
const adminTags = ["admin"];
const idParams = z.object({ id: z.uuid() });
const listQuery = z.strictObject({
  /** Also the deactivated types (to show the type of an older session). */
  all: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});

export async function trainingTypeRoutes(app: App, db: Database) {
  app.get(
    "/api/training-types",
    {
      schema: {
        tags,
        summary: "Training types in their order: the active ones, or all with ?all=true",
        querystring: listQuery,
        response: { 200: z.array(trainingType), 422: errorBody },
      },
    },
    async (request) => types.listTrainingTypes(db, request.query.all ?? false),
  );

  await adminRoutes(app, async (admin) => {
    admin.get(
      "/api/admin/training-types",
      {
        schema: {
          tags: adminTags,
          summary: "All training types, deactivated ones included",
          response: { 200: z.array(trainingType) },
        },
      },
      async () => types.listTrainingTypes(db, true),
    );

    admin.post(
      "/api/admin/training-types",
      {
        schema: {
          tags: adminTags,
          summary: "Add a training type (after all others)",
          body: trainingTypeCreate,
          response: { 201: trainingType, 409: errorBody, 422: errorBody },
        },
      },
      async (request, reply) => reply.code(201).send(await types.createTrainingType(db, request.body)),
    );

    admin.patch(
      "/api/admin/training-types/:id",
      {
        schema: {
          tags: adminTags,
          summary: "Change a training type's names, icon, category, abilities or active flag",
          params: idParams,
          body: trainingTypeUpdate,
          response: { 200: trainingType, 404: errorBody, 422: errorBody },
        },
      },
      async (request) => types.updateTrainingType(db, request.params.id, request.body),
    );

    admin.delete(
      "/api/admin/training-types/:id",
      {
        schema: {
          tags: adminTags,
          summary: "Delete a training type no activity or mapping uses (else deactivate it)",
          params: idParams,
          response: { 204: z.undefined(), 404: errorBody, 409: errorBody },
        },
      },
      async (request, reply) => {
        await types.deleteTrainingType(db, request.params.id);
        return reply.code(204).send();
      },
    );
  });
}
