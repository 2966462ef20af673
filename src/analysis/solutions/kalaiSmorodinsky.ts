import { EngineError } from "../../errors.js";
import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { checkEpsilon, tolerance } from "../pareto/tolerance.js";
import type { SolutionOptions } from "./index.js";
import { argmaxTies, rationalFrontier } from "./rationalFrontier.js";

/**
 * The Kalai–Smorodinsky solution: the rational frontier points whose relative gains
 * g_i = (u_i − d_i) / (ideal_i − d_i) are most equal, i.e. that minimise max_i g_i − min_i g_i, every tie
 * kept (Kalai & Smorodinsky 1975, discrete form). `ideal` defaults to the per-party maximum over the
 * rational frontier. A party whose ideal is not above its disagreement value (within the tolerance) gains
 * nothing anywhere and is left out of the spread; if every party is left out, every rational point ties.
 * @example
 * ```ts
 * kalaiSmorodinsky(frontier, { disagreement: [0.5, 0.4] });
 * ```
 */
export function kalaiSmorodinsky(
  frontier: readonly FrontierPoint[],
  options: SolutionOptions,
): FrontierPoint[] {
  const epsilon = checkEpsilon(options.epsilon);
  const d = options.disagreement;
  const rational = rationalFrontier(frontier, options);
  if (rational.length === 0) return [];
  const width = d.length;
  const ideal =
    options.ideal ??
    d.map((_, i) => rational.reduce((m, pt) => Math.max(m, pt.utilities[i]!), Number.NEGATIVE_INFINITY));
  if (ideal.length !== width || ideal.some((v) => !Number.isFinite(v))) {
    throw new EngineError("invalid_argument", `invalid ideal: ${JSON.stringify(ideal)}`);
  }
  const active = d.map((_, i) => i).filter((i) => ideal[i]! - d[i]! > tolerance(ideal[i]!, d[i]!, epsilon));
  if (active.length === 0) return rational;
  return argmaxTies(
    rational,
    (pt) => {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const i of active) {
        const g = (pt.utilities[i]! - d[i]!) / (ideal[i]! - d[i]!);
        lo = Math.min(lo, g);
        hi = Math.max(hi, g);
      }
      return -(hi - lo);
    },
    epsilon,
  );
}
