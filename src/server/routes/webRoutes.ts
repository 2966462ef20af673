/**
 * The web workbench: `web/dist` served at `/` when it has been built, otherwise a page saying how to build it.
 * @module
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

const NOT_BUILT = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Impasse</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
<h1>Impasse API</h1>
<p>The API is running. The web workbench has not been built yet: run <code>npm run build:web</code>
and restart <code>impasse serve</code>.</p>
<p>Meanwhile: <a href="/docs">interactive API docs</a> · <a href="/openapi.json">OpenAPI document</a> ·
<a href="/api/scenarios">stored scenarios</a>.</p>
</body></html>
`;

/** Serves the built workbench from `webRoot` (a directory), or the how-to-build page when it is missing. */
export async function webRoutes(app: FastifyInstance, webRoot: string | undefined): Promise<void> {
  if (webRoot !== undefined && existsSync(join(webRoot, "index.html"))) {
    await app.register(fastifyStatic, { root: webRoot, prefix: "/", wildcard: true, index: ["index.html"] });
    return;
  }
  app.get("/", { schema: { hide: true } }, async (_request, reply) =>
    reply.type("text/html; charset=utf-8").send(NOT_BUILT),
  );
}
