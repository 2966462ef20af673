/**
 * The HTTP status of every error code. A `Record` over the code union, so a new code without a status does
 * not compile.
 * @module
 */
import type { ErrorCode } from "../errors.js";

/** error code → HTTP status. */
export const errorStatus: Record<ErrorCode, number> = {
  invalid_argument: 400,
  parse_error: 400,
  unknown_issue: 400,
  unknown_party: 400,
  unknown_territory: 400,
  unknown_solution: 400,
  unknown_strategy: 400,
  unknown_model: 400,
  dimension_mismatch: 400,
  unauthorized: 401,
  not_found: 404,
  conflict: 409,
  cancelled: 409,
  input_too_large: 413,
  scenario_invalid: 422,
  space_too_large: 422,
  solver_infeasible: 422,
  internal: 500,
  solver_unavailable: 503,
  timeout: 504,
  solver_timeout: 504,
};
