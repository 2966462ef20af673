/**
 * The `If-Match` header of a save: the version number the edit was based on.
 * @module
 */
import type { FastifyRequest } from "fastify";
import { EngineError } from "../errors.js";

/** The version number in `If-Match: "3"` (also `3` or `W/"3"`); `invalid_argument` when missing or malformed. */
export function ifMatch(request: FastifyRequest): number {
  const raw = request.headers["if-match"];
  if (typeof raw !== "string" || raw.trim() === "") {
    throw new EngineError(
      "invalid_argument",
      'missing header: If-Match (the version this save is based on, e.g. "3")',
      {
        details: { path: "headers.if-match" },
      },
    );
  }
  const m = /^\s*(?:W\/)?"?(\d+)"?\s*$/.exec(raw);
  if (!m)
    throw new EngineError("invalid_argument", `invalid If-Match: ${raw}`, {
      details: { path: "headers.if-match" },
    });
  return Number(m[1]);
}
