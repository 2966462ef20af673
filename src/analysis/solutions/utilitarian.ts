import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { checkEpsilon } from "../pareto/tolerance.js";
import type { SolutionOptions } from "./index.js";
import { argmaxTies, rationalFrontier } from "./rationalFrontier.js";

/**
 * The utilitarian solution (maximum social welfare): the rational frontier points maximising Σ_i u_i,
 * every tie kept. The disagreement point only decides rationality.
 * @example
 * ```ts
 * utilitarian(frontier, { disagreement: [0, 0] });
 * ```
 */
export function utilitarian(frontier: readonly FrontierPoint[], options: SolutionOptions): FrontierPoint[] {
  const epsilon = checkEpsilon(options.epsilon);
  return argmaxTies(
    rationalFrontier(frontier, options),
    (pt) => pt.utilities.reduce((sum, u) => sum + u, 0),
    epsilon,
  );
}
