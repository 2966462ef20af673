/**
 * Moving errors across the worker boundary without losing their code, and the errors a runner raises itself.
 * @module
 */
import { EngineError, isEngineError } from "../../errors.js";

/** The plain form of an error posted by a worker. */
export interface SerializedError {
  engine: boolean;
  code: string;
  message: string;
  details?: unknown;
  stack?: string;
}

/** Turns any thrown value into its plain form. */
export function serializeError(error: unknown): SerializedError {
  if (isEngineError(error)) {
    return { engine: true, code: error.code, message: error.message, details: error.details };
  }
  const e = error instanceof Error ? error : new Error(String(error));
  return { engine: false, code: "internal", message: e.message, ...(e.stack ? { stack: e.stack } : {}) };
}

/** Rebuilds an error from its plain form: an EngineError stays one; anything else is a plain Error. */
export function deserializeError(error: SerializedError): Error {
  if (error.engine) {
    return new EngineError(error.code as EngineError["code"], error.message, { details: error.details });
  }
  const e = new Error(error.message);
  if (error.stack) e.stack = error.stack;
  return e;
}

/** The error of a run that ran out of time. */
export function timeoutError(name: string, timeoutMs: number): EngineError {
  return new EngineError("timeout", `${name} took longer than the limit of ${timeoutMs} ms`);
}

/** The error of a cancelled run. */
export function cancelledError(name: string): EngineError {
  return new EngineError("cancelled", `${name} was cancelled`);
}
