/**
 * CORS, off by default: only the configured origins get `Access-Control-Allow-*` headers and preflight
 * answers. Same-origin use (the bundled workbench) needs none.
 * @module
 */
import type { FastifyInstance } from "fastify";

/** Allows cross-origin requests from exactly `origins` (e.g. `http://localhost:5173` for the Vite dev server). */
export function registerCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const allowed = new Set(origins);
  app.addHook("onRequest", async (request, reply) => {
    const origin = request.headers.origin;
    if (typeof origin !== "string" || !allowed.has(origin)) return;
    reply
      .header("access-control-allow-origin", origin)
      .header("access-control-expose-headers", "etag, location, x-cache")
      .header("vary", "Origin");
    if (request.method === "OPTIONS") {
      return reply
        .header("access-control-allow-methods", "GET, POST, DELETE, OPTIONS")
        .header("access-control-allow-headers", "authorization, content-type, if-match, x-author, x-message")
        .header("access-control-max-age", "600")
        .code(204)
        .send();
    }
  });
}
