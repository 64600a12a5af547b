import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import fp from "fastify-plugin";
import { jsonSchemaTransform, jsonSchemaTransformObject } from "fastify-type-provider-zod";
import { APP_VERSION } from "../version.js";

/** The OpenAPI document, generated from the routes' zod schemas, and the interactive docs. */
export const openapiPlugin = fp(async (app) => {
  await app.register(swagger, {
    openapi: {
      info: {
        title: "Mitai Jinkendo API",
        description:
          "REST API of Mitai Jinkendo. Authenticate with the session token from /api/auth/login in the header `X-Auth-Token` (or `Authorization: Bearer`). Errors are `{detail, code}`.",
        version: APP_VERSION,
      },
      components: {
        securitySchemes: {
          token: { type: "apiKey", in: "header", name: "X-Auth-Token" },
          bearer: { type: "http", scheme: "bearer" },
        },
      },
      security: [{ token: [] }, { bearer: [] }],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, {
    routePrefix: "/api/docs",
    staticCSP: true,
    transformSpecificationClone: true,
    uiConfig: { deepLinking: true, persistAuthorization: true },
    uiHooks: {},
  });
  app.get("/api/openapi.json", { config: { access: "public" }, schema: { hide: true } }, async () =>
    app.swagger(),
  );
});
