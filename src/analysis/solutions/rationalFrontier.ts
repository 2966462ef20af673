import { EngineError } from "../../errors.js";
import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { checkEpsilon, relaxedThreshold, tolerance } from "../pareto/tolerance.js";
import type { SolutionOptions } from "./index.js";

/**
 * The rational part of a frontier: the points with u_i ≥ d_i for every column i, tested as
 * `u_i ≥ d_i − ε·max(1, |d_i|)`. Throws when the disagreement point does not match the frontier's width.
 */
export function rationalFrontier(
  frontier: readonly FrontierPoint[],
  options: SolutionOptions,
): FrontierPoint[] {
  const epsilon = checkEpsilon(options.epsilon);
  const d = options.disagreement;
  if (d.some((v) => !Number.isFinite(v))) {
    throw new EngineError("invalid_argument", `invalid disagreement: ${JSON.stringify(d)}`);
  }
  const width = frontier[0]?.utilities.length ?? d.length;
  if (d.length !== width) {
    throw new EngineError(
      "dimension_mismatch",
      `invalid disagreement: ${d.length} values for ${width} parties`,
    );
  }
  const floor = d.map((v) => relaxedThreshold(v, epsilon));
  return frontier.filter((pt) => pt.utilities.every((u, i) => u >= floor[i]!));
}

/**
 * The points maximising `score`, ties kept: every point whose score is within
 * τ = ε·max(1, |best|, |score|) of the best one. NaN scores never win.
 */
export function argmaxTies(
  points: readonly FrontierPoint[],
  score: (point: FrontierPoint) => number,
  epsilon: number,
): FrontierPoint[] {
  const scores = points.map(score);
  let best = Number.NEGATIVE_INFINITY;
  for (const s of scores) if (s > best) best = s;
  if (best === Number.NEGATIVE_INFINITY) return [];
  return points.filter((_, i) => scores[i]! >= best - tolerance(best, scores[i]!, epsilon));
}
