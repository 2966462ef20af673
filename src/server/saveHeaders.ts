/**
 * Author and message of a save, from the `X-Author` and `X-Message` headers.
 * @module
 */
import type { FastifyRequest } from "fastify";
import { EngineError } from "../errors.js";

/** Author and message of a save, from `X-Author` / `X-Message` (bounded, so headers cannot bloat the store). */
export function saveHeaders(request: FastifyRequest, defaultMessage: string) {
  const header = (name: string) => {
    const v = request.headers[name];
    return typeof v === "string" ? v.trim() : undefined;
  };
  const author = header("x-author") || "anonymous";
  const message = header("x-message") ?? defaultMessage;
  if (author.length > 200)
    throw new EngineError("invalid_argument", "invalid X-Author: longer than 200 characters");
  if (message.length > 2000) {
    throw new EngineError("invalid_argument", "invalid X-Message: longer than 2000 characters");
  }
  return { author, message };
}
