import type { GeniusEvaluator, GeniusIssue, GeniusProfile } from "./geniusTypes.js";

const clamp01 = (v: number): number => Math.min(1, Math.max(0, v));

/**
 * The score in [0, 1] (before the issue weight) of option `k` of `issue`, with GENIUS semantics:
 * discrete evaluation / the issue's maximum evaluation (0 when that maximum is not positive); integer
 * clamp(offset + slope·(x − lower), 0, 1); real linear clamp(p1·x + p0, 0, 1), constant clamp(p0),
 * triangular rising from p0 to the top p2 and falling to p1. GeniusWeb: discrete utilities as given;
 * numbers linear between (lowValue, lowUtility) and (highValue, highUtility), clamped outside.
 */
export function optionScore(issue: GeniusIssue, evaluator: GeniusEvaluator, k: number): number {
  const x = issue.numbers?.[k] ?? Number.NaN;
  switch (evaluator.kind) {
    case "discrete": {
      const max = evaluator.evaluations.reduce((m, e) => Math.max(m, e), Number.NEGATIVE_INFINITY);
      return max > 0 ? evaluator.evaluations[k]! / max : 0;
    }
    case "integer":
      return clamp01(evaluator.offset + evaluator.slope * (x - (issue.lower ?? 0)));
    case "real": {
      const [p0 = 0, p1 = 0, p2 = 0] = evaluator.parameters;
      if (evaluator.ftype === "constant") return clamp01(p0);
      if (evaluator.ftype === "linear") return clamp01(p1 * x + p0);
      if (x < p0 || x > p1) return 0;
      if (x <= p2) return p2 === p0 ? 1 : (x - p0) / (p2 - p0);
      return p1 === p2 ? 1 : (p1 - x) / (p1 - p2);
    }
    case "table":
      return evaluator.utilities[k]!;
    case "numberLinear": {
      const { lowValue, lowUtility, highValue, highUtility } = evaluator;
      if (highValue === lowValue) return lowUtility;
      const t = Math.min(1, Math.max(0, (x - lowValue) / (highValue - lowValue)));
      return lowUtility + t * (highUtility - lowUtility);
    }
  }
}

/**
 * A profile's utility of an outcome (option index per domain issue): Σ_i w_i · score_i, capped at 1 for
 * GENIUS profiles (GENIUS semantics), uncapped for GeniusWeb profiles.
 */
export function geniusUtility(
  issues: readonly GeniusIssue[],
  profile: GeniusProfile,
  outcome: ArrayLike<number>,
): number {
  let u = 0;
  issues.forEach((issue, i) => {
    u += profile.weights[i]! * optionScore(issue, profile.evaluators[i]!, outcome[i]!);
  });
  return profile.source === "genius" ? Math.min(1, u) : u;
}
