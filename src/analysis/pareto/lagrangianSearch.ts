/**
 * Lagrangian relaxation of "some outcome meets every threshold" over additive factors (internal).
 *
 * For weights λ ≥ 0, L(λ) = Σ_f max_k λ·u_fk − λ·t is an upper bound of max_o λ·(u(o) − t); if
 * L(λ) < 0 for some λ, no outcome meets the thresholds. L is convex, so the search minimises it over the
 * simplex of weights (scaled by each party's utility range): golden-section search on one weight for two
 * parties, nested for three, and a fixed deterministic set of weights for more. Every argmax outcome
 * visited that meets the thresholds is reported as a candidate.
 * @module
 */
import type { Front } from "./front.js";

/** The result of {@link lagrangianSearch}. */
export interface LagrangianResult {
  /** The smallest L(λ) found: negative means infeasible. */
  bound: number;
  /** The λ that achieved it. */
  lambda: Float64Array;
  /** Argmax outcomes (as point indices into each leaf front) that met every threshold. */
  feasible: Int32Array[];
}

const GOLDEN = (Math.sqrt(5) - 1) / 2;

/** Searches weights λ; see the module comment. */
export function lagrangianSearch(
  leaves: readonly Front[],
  goal: Float64Array,
  sufMax: Float64Array,
): LagrangianResult {
  const F = leaves.length;
  const R = goal.length;
  // scale: each party's spread between its worst and best total, so the weights are comparable
  const scale = new Float64Array(R);
  for (let q = 0; q < R; q++) {
    let lo = 0;
    for (const leaf of leaves) {
      let m = Number.POSITIVE_INFINITY;
      for (let k = 0; k < leaf.n; k++) m = Math.min(m, leaf.u[k * R + q]!);
      lo += m;
    }
    scale[q] = 1 / Math.max(1e-12, sufMax[q]! - lo);
  }
  let bound = Number.POSITIVE_INFINITY;
  let lambda = new Float64Array(R);
  const feasible: Int32Array[] = [];
  const picks = new Int32Array(F);
  const total = new Float64Array(R);
  const evaluate = (mu: readonly number[]): number => {
    const lam = Float64Array.from(mu, (m, q) => Math.max(0, m) * scale[q]!);
    let value = 0;
    total.fill(0);
    for (let f = 0; f < F; f++) {
      const { u, n } = leaves[f]!;
      let best = Number.NEGATIVE_INFINITY;
      let arg = 0;
      for (let k = 0; k < n; k++) {
        let s = 0;
        for (let q = 0; q < R; q++) s += lam[q]! * u[k * R + q]!;
        if (s > best) {
          best = s;
          arg = k;
        }
      }
      value += best;
      picks[f] = arg;
      for (let q = 0; q < R; q++) total[q]! += u[arg * R + q]!;
    }
    for (let q = 0; q < R; q++) value -= lam[q]! * goal[q]!;
    if (value < bound) {
      bound = value;
      lambda = lam;
    }
    if (feasible.length < 4 && total.every((v, q) => v >= goal[q]!)) feasible.push(picks.slice());
    return value;
  };
  const golden = (f: (x: number) => number, lo: number, hi: number, iterations: number): number => {
    let a = lo;
    let b = hi;
    let x1 = b - GOLDEN * (b - a);
    let x2 = a + GOLDEN * (b - a);
    let f1 = f(x1);
    let f2 = f(x2);
    for (let i = 0; i < iterations && feasible.length === 0; i++) {
      if (f1 <= f2) {
        b = x2;
        x2 = x1;
        f2 = f1;
        x1 = b - GOLDEN * (b - a);
        f1 = f(x1);
      } else {
        a = x1;
        x1 = x2;
        f1 = f2;
        x2 = a + GOLDEN * (b - a);
        f2 = f(x2);
      }
    }
    return Math.min(f1, f2);
  };
  if (R === 1) evaluate([1]);
  else if (R === 2) golden((w) => evaluate([w, 1 - w]), 0, 1, 40);
  else if (R === 3) {
    golden((w) => golden((v) => evaluate([w, (1 - w) * v, (1 - w) * (1 - v)]), 0, 1, 14), 0, 1, 14);
  } else {
    const mu = new Array<number>(R).fill(1);
    evaluate(mu);
    for (let q = 0; q < R && feasible.length === 0; q++) {
      for (const w of [0.25, 0.5, 2, 4]) evaluate(mu.map((m, r) => (r === q ? m * w : m)));
    }
  }
  return { bound, lambda, feasible };
}
