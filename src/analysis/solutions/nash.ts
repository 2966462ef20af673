import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { checkEpsilon } from "../pareto/tolerance.js";
import type { SolutionOptions } from "./index.js";
import { argmaxTies, rationalFrontier } from "./rationalFrontier.js";

/**
 * The Nash bargaining solution: the rational frontier points maximising Π_i (u_i − d_i) (gains below 0
 * within the tolerance count as 0), every tie kept. Searches only the given frontier (Nash 1950).
 * @example
 * ```ts
 * nash(frontier, { disagreement: [0.5, 0.4] });
 * ```
 */
export function nash(frontier: readonly FrontierPoint[], options: SolutionOptions): FrontierPoint[] {
  const epsilon = checkEpsilon(options.epsilon);
  const d = options.disagreement;
  return argmaxTies(
    rationalFrontier(frontier, options),
    (pt) => pt.utilities.reduce((prod, u, i) => prod * Math.max(0, u - d[i]!), 1),
    epsilon,
  );
}
