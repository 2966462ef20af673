/**
 * The port through which analysis code asks for a mixed-integer solve. Analysis depends on this interface
 * only; the HiGHS adapter (`createHighsSolver`) is passed in by the CLI and the server.
 * @module
 */

/** A linear row: lower ≤ Σ coefs[k]·x[vars[k]] ≤ upper. */
export interface BinaryRow {
  vars: readonly number[];
  coefs: readonly number[];
  lower?: number;
  upper?: number;
}

/** Minimise Σ costs[i]·x[i] over binary x subject to the rows; `fixedZero` variables are forced to 0. */
export interface BinaryProgram {
  costs: readonly number[];
  rows: readonly BinaryRow[];
  fixedZero?: readonly number[];
}

/** The answer to a {@link BinaryProgram}. */
export interface BinarySolution {
  status: "optimal" | "infeasible" | "timeout" | "error";
  x?: Uint8Array;
  objective?: number;
  message?: string;
}

/** A solver for binary programs. */
export interface MilpSolver {
  readonly name: string;
  solveBinary(program: BinaryProgram): BinarySolution;
}
