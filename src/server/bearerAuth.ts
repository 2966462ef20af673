/**
 * Bearer-token check for the API.
 * @module
 */
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyRequest } from "fastify";
import { EngineError } from "../errors.js";

/** Paths open without a token: the health check and the workbench's static files (code, no data). */
function isPublic(path: string): boolean {
  if (path === "/api/health") return true;
  return !(
    path.startsWith("/api/") ||
    path === "/openapi.json" ||
    path === "/docs" ||
    path.startsWith("/docs/")
  );
}

/**
 * An `onRequest` hook that rejects requests without `Authorization: Bearer <token>` with 401. The job event
 * stream also accepts `?access_token=` (RFC 6750 §2.3), as browsers' EventSource cannot send headers.
 */
export function bearerAuth(token: string) {
  const expected = digest(token);
  return async (request: FastifyRequest) => {
    // Judge by the matched route pattern, not the raw URL, so percent-encoding cannot dodge the check.
    const path = request.routeOptions.url ?? request.url.split("?")[0] ?? "";
    if (isPublic(path)) return;
    const header = request.headers.authorization;
    let given = typeof header === "string" && /^Bearer /i.test(header) ? header.slice(7).trim() : undefined;
    if (given === undefined && path === "/api/jobs/:job/events") {
      const query = request.query as { access_token?: unknown } | undefined;
      if (typeof query?.access_token === "string") given = query.access_token;
    }
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (given === undefined || !timingSafeEqual(digest(given), expected)) {
      throw new EngineError("unauthorized", "missing or invalid bearer token");
    }
  };
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}
