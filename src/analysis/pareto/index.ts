/**
 * Exact Pareto analysis of factored spaces with additive utilities: the frontier (2..N parties, with
 * counts and examples), threshold counting, a feasibility oracle and the ideal point.
 * @module
 */

export { bruteForceFrontier } from "./bruteForceFrontier.js";
export { type CountOptions, countAtLeast } from "./countAtLeast.js";
export { findOutcomeAtLeast } from "./findOutcomeAtLeast.js";
export type { FrontierPoint } from "./frontierPoint.js";
export { idealPoint, maxUtility, minUtility } from "./idealPoint.js";
export { compareDesc, type ParetoOptions, paretoFrontier } from "./paretoFrontier.js";
export { DEFAULT_EPSILON, relaxedThreshold, tolerance } from "./tolerance.js";
