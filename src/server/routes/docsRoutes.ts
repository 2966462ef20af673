/**
 * The OpenAPI document (`/openapi.json`, generated from the route schemas) and the interactive docs page
 * (`/docs`, served from local assets).
 * @module
 */
import swagger from "@fastify/swagger";
import swaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject } from "fastify-type-provider-zod";
import { apiSchemaRegistry } from "../contract.js";

/** Registers the OpenAPI generator and the docs routes; call before the API routes are added. */
export async function docsRoutes(
  app: FastifyInstance,
  options: { version: string; token: boolean },
): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Impasse API",
        version: options.version,
        description:
          "Versioned negotiation scenarios, analysis, timelines and jobs. Errors are `{error: {code, message, path?}}`. " +
          (options.token
            ? "This server requires `Authorization: Bearer <token>` on every request except /api/health."
            : "This server runs without a token (loopback only)."),
      },
      components: { securitySchemes: { bearer: { type: "http", scheme: "bearer" } } },
      security: options.token ? [{ bearer: [] }] : [],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: apiSchemaRegistry }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: apiSchemaRegistry }),
  });
  await app.register(swaggerUi, { routePrefix: "/docs" });
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}
