/** The MILP port and its HiGHS adapter. @module */
export { createHighsSolver } from "./createHighsSolver.js";
export type { BinaryProgram, BinaryRow, BinarySolution, MilpSolver } from "./milpSolver.js";
