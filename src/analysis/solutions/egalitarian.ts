import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { checkEpsilon } from "../pareto/tolerance.js";
import type { SolutionOptions } from "./index.js";
import { argmaxTies, rationalFrontier } from "./rationalFrontier.js";

/**
 * The egalitarian solution: the rational frontier points maximising min_i (u_i − d_i), every tie kept
 * (NegMAS calls this the Kalai point).
 * @example
 * ```ts
 * egalitarian(frontier, { disagreement: [0, 0] });
 * ```
 */
export function egalitarian(frontier: readonly FrontierPoint[], options: SolutionOptions): FrontierPoint[] {
  const epsilon = checkEpsilon(options.epsilon);
  const d = options.disagreement;
  return argmaxTies(
    rationalFrontier(frontier, options),
    (pt) => pt.utilities.reduce((low, u, i) => Math.min(low, u - d[i]!), Number.POSITIVE_INFINITY),
    epsilon,
  );
}
