/**
 * The compromise model and the weighted median. Per dimension d, the compromise is the power-and-salience
 * weighted mean O_d = Σ_i c_id s_id x_id / Σ_i c_id s_id (van den Bos 1991; Achen 2006, "Evaluating political
 * decision-making models", in Thomson et al. (eds), The European Union Decides; Decide's "NBS"). The weighted
 * median is the point where half of the total weight c·s lies on each side (the midpoint of the two middle
 * positions when the weight splits exactly in half). c_id is the actor's issue-specific `power` when given,
 * else its capability.
 * @module
 */
import { EngineError } from "../errors.js";
import { checkSpatialProblem } from "./checkSpatialProblem.js";
import type { ForecastResult } from "./forecastResult.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Options of the compromise model. */
export interface CompromiseOptions {
  /** `mean` (the compromise model, default) or `median`. */
  statistic: "mean" | "median";
}

/** Weighted mean of `x` with weights `w` (Σw > 0). */
export function weightedMean(x: readonly number[], w: readonly number[]): number {
  let t = 0;
  let s = 0;
  for (let i = 0; i < x.length; i++) {
    t += w[i]! * x[i]!;
    s += w[i]!;
  }
  return t / s;
}

/** Weighted median of `x` with weights `w` ≥ 0 (Σw > 0); an exact half split gives the midpoint. */
export function weightedMedian(x: readonly number[], w: readonly number[]): number {
  const order = x.map((v, i) => ({ v, w: w[i]! })).sort((a, b) => a.v - b.v);
  const total = order.reduce((s, e) => s + e.w, 0);
  let acc = 0;
  for (let k = 0; k < order.length; k++) {
    acc += order[k]!.w;
    const rest = total - acc;
    if (Math.abs(acc - rest) <= 1e-12 * total) {
      const next = order.slice(k + 1).find((e) => e.w > 0);
      return next ? (order[k]!.v + next.v) / 2 : order[k]!.v;
    }
    if (acc > rest) return order[k]!.v;
  }
  return order[order.length - 1]!.v;
}

/** Runs the compromise model (or the weighted median) on every dimension of `problem`. One state. */
export function runCompromise(
  problem: SpatialProblem,
  options: Partial<CompromiseOptions> = {},
): ForecastResult {
  checkSpatialProblem(problem);
  const statistic = options.statistic ?? "mean";
  if (statistic !== "mean" && statistic !== "median") {
    throw new EngineError("invalid_argument", `invalid statistic: ${statistic}`);
  }
  const point = problem.dimensions.map((_, d) => {
    const x = problem.actors.map((a) => a.position[d]!);
    const w = problem.actors.map((a) => (a.power?.[d] ?? a.capability) * a.salience[d]!);
    return statistic === "mean" ? weightedMean(x, w) : weightedMedian(x, w);
  });
  return {
    model: statistic === "mean" ? "compromise" : "median",
    variant: { statistic },
    actors: problem.actors.map((a) => a.id),
    dimensions: problem.dimensions.map((d) => d.id),
    turns: 1,
    history: [problem.actors.map((a) => [...a.position])],
    probabilities: null,
    final: { expected: point, modal: { position: point, probability: null } },
    converged: true,
    log: [],
  };
}
