/**
 * `GET /api/health`: open without a token, for load balancers and start-up checks.
 * @module
 */
import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import type { ServerContext } from "../serverContext.js";

/** Registers the health route. */
export function healthRoutes(app: FastifyInstance, ctx: ServerContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    "/api/health",
    {
      schema: {
        tags: ["service"],
        summary: "Liveness and store kind",
        security: [],
        response: {
          200: z.object({
            status: z.literal("ok"),
            version: z.string(),
            store: z.enum(["sqlite", "postgres"]),
          }),
        },
      },
    },
    async () => ({ status: "ok" as const, version: ctx.version, store: ctx.store.kind }),
  );
}
