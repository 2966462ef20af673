/**
 * Errors raised by the engine. Expected outcomes ("no deal exists", an infeasible model) are values,
 * never errors; only bad arguments, invalid inputs and internal faults throw.
 * @module
 */

/** Every machine-readable error code the engine, CLI and server use. */
export type ErrorCode =
  | "invalid_argument"
  | "scenario_invalid"
  | "parse_error"
  | "input_too_large"
  | "unknown_issue"
  | "unknown_party"
  | "unknown_territory"
  | "unknown_solution"
  | "unknown_strategy"
  | "unknown_model"
  | "space_too_large"
  | "dimension_mismatch"
  | "solver_unavailable"
  | "solver_infeasible"
  | "solver_timeout"
  | "not_found"
  | "conflict"
  | "unauthorized"
  | "timeout"
  | "cancelled"
  | "internal";

/** A structured problem in user input, with the place it occurred. */
export interface Diagnostic {
  /** snake_case code, e.g. `unknown_territory`. */
  code: string;
  /** Path inside the document, e.g. `parties[1].redLines[0].territories[2]`. */
  path: string;
  message: string;
  severity: "error" | "warning";
  /** File the diagnostic refers to, when known. */
  file?: string;
  /** 1-based line and column, when the source text is known. */
  line?: number;
  column?: number;
}

/** The one error class of the engine: a code, a message and optional details (e.g. diagnostics). */
export class EngineError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "EngineError";
    this.code = code;
    this.details = options.details;
  }
}

/** True when `error` is an {@link EngineError} (also across module copies). */
export function isEngineError(error: unknown): error is EngineError {
  return error instanceof EngineError || (error instanceof Error && error.name === "EngineError");
}
