import { EngineError } from "../../errors.js";
import { evaluateOutcome } from "../../space/evaluateOutcome.js";
import type { FactoredSpace, Outcome } from "../../space/factoredSpace.js";
import { checkSpaceOnce } from "./checkSpaceOnce.js";
import { type Front, fillOutcome, leafFront, mergeFronts } from "./front.js";
import { lagrangianSearch } from "./lagrangianSearch.js";
import { paretoFilter } from "./paretoFilter.js";
import { DEFAULT_EPSILON, relaxedThreshold } from "./tolerance.js";

/**
 * An outcome with u_p ≥ t_p for every party p (`-Infinity` ignores a party), or null when none exists.
 * Exact, with the same relative 1e-9 tolerance as {@link countAtLeast}; meant to be called many times as a
 * feasibility oracle.
 *
 * Method, over each factor's ε-Pareto front for the constrained parties (cached per factor object):
 * 1. per-party bounds: some t_p above the party's maximum → null;
 * 2. Lagrangian relaxation: for weights λ ≥ 0, max_o Σ_p λ_p (u_p(o) − t_p) is separable by factor. A
 *    search over λ either finds a λ whose maximum is negative (a certificate that no outcome exists →
 *    null) or an argmax outcome that meets every threshold (→ returned);
 * 3. otherwise (thresholds in the relaxation's gap) an exact left-to-right dynamic programme over
 *    partial sums, pruning a partial sum when the per-party bounds or the Lagrangian bound at the best λ
 *    show it cannot be completed, and when another partial sum Pareto-dominates it; it stops early when a
 *    partial sum plus the λ-greedy completion meets every threshold.
 * Every returned outcome is re-evaluated against the thresholds first.
 * @example
 * ```ts
 * findOutcomeAtLeast(space, [0.5, 0.5]); // Int32Array [...] or null
 * ```
 */
export function findOutcomeAtLeast(space: FactoredSpace, thresholds: readonly number[]): Outcome | null {
  checkSpaceOnce(space);
  const SP = space.parties.length;
  if (thresholds.length !== SP || thresholds.some((t) => Number.isNaN(t))) {
    throw new EngineError("invalid_argument", `invalid thresholds: ${JSON.stringify(thresholds)}`);
  }
  const F = space.factors.length;
  if (space.factors.some((f) => f.size === 0)) return null;
  const rel: number[] = [];
  thresholds.forEach((t, p) => {
    if (t !== Number.NEGATIVE_INFINITY) rel.push(p);
  });
  if (rel.some((p) => thresholds[p] === Number.POSITIVE_INFINITY)) return null;
  const R = rel.length;
  const goal = Float64Array.from(rel, (p) => relaxedThreshold(thresholds[p]!, DEFAULT_EPSILON));
  const leaves = space.factors.map((_, f) => leafFront(space, f, rel, DEFAULT_EPSILON));
  const build = (picks: Int32Array): Outcome | null => {
    const out = new Int32Array(space.issues.length);
    for (let f = 0; f < F; f++) {
      const fac = space.factors[f]!;
      const J = fac.issues.length;
      const k = leaves[f]!.a[picks[f]!]!;
      for (let j = 0; j < J; j++) out[fac.issues[j]!] = fac.choices[k * J + j]!;
    }
    const u = evaluateOutcome(space, out);
    return rel.every((p, q) => u[p]! >= goal[q]!) ? out : null;
  };
  if (R === 0) return build(new Int32Array(F));
  // suffix per-party maxima
  const sufMax = new Float64Array((F + 1) * R);
  for (let f = F - 1; f >= 0; f--) {
    const { u, n } = leaves[f]!;
    for (let q = 0; q < R; q++) {
      let hi = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < n; k++) hi = Math.max(hi, u[k * R + q]!);
      sufMax[f * R + q] = sufMax[(f + 1) * R + q]! + hi;
    }
  }
  for (let q = 0; q < R; q++) if (sufMax[q]! < goal[q]!) return null;
  const search = lagrangianSearch(leaves, goal, sufMax);
  if (search.bound < -1e-12 * Math.max(1, ...Array.from(goal, Math.abs))) return null;
  for (const picks of search.feasible) {
    const o = build(picks);
    if (o) return o;
  }
  if (R === 2) {
    const meets = (outcome: Outcome): boolean => {
      const u = evaluateOutcome(space, outcome);
      return rel.every((p, q) => u[p]! >= goal[q]!);
    };
    return boundedFrontSearch(space, leaves, goal, sufMax, meets);
  }
  return exactSearch(leaves, goal, sufMax, search.lambda, build);
}

/**
 * Two constrained parties: the divide-and-conquer frontier with the heap merge, where every node drops
 * the partial sums that cannot reach the goals even with the best alternatives of the factors outside
 * the node; then any surviving point meeting both goals.
 */
function boundedFrontSearch(
  space: FactoredSpace,
  leaves: readonly Front[],
  goal: Float64Array,
  sufMax: Float64Array,
  meets: (outcome: Outcome) => boolean,
): Outcome | null {
  const F = leaves.length;
  const slack = 1e-12 * Math.max(1, Math.abs(goal[0]!), Math.abs(goal[1]!));
  const maxOf = (f: number, q: number) => sufMax[f * 2 + q]! - sufMax[(f + 1) * 2 + q]!;
  const node = (lo: number, hi: number): Front => {
    if (hi - lo === 1) return leaves[lo]!;
    const mid = (lo + hi) >> 1;
    const lower = new Float64Array(2);
    for (let q = 0; q < 2; q++) {
      let inside = 0;
      for (let f = lo; f < hi; f++) inside += maxOf(f, q);
      lower[q] = goal[q]! - (sufMax[q]! - inside) - slack;
    }
    return mergeFronts(node(lo, mid), node(mid, hi), DEFAULT_EPSILON, false, lower);
  };
  const root = node(0, F);
  for (let i = 0; i < root.n; i++) {
    if (root.u[2 * i]! >= goal[0]! - slack && root.u[2 * i + 1]! >= goal[1]! - slack) {
      const out = new Int32Array(space.issues.length);
      fillOutcome(space, root, i, out);
      if (meets(out)) return out;
    }
  }
  return null;
}

function exactSearch(
  leaves: readonly Front[],
  goal: Float64Array,
  sufMax: Float64Array,
  lambda: Float64Array,
  build: (picks: Int32Array) => Outcome | null,
): Outcome | null {
  const F = leaves.length;
  const R = goal.length;
  let lt = 0;
  for (let q = 0; q < R; q++) lt += lambda[q]! * goal[q]!;
  // λ-greedy completion of every suffix: its λ-score and utility vector
  const greedy = new Int32Array(F);
  const sufBest = new Float64Array(F + 1);
  const sufGreedy = new Float64Array((F + 1) * R);
  for (let f = F - 1; f >= 0; f--) {
    const { u, n } = leaves[f]!;
    let best = Number.NEGATIVE_INFINITY;
    for (let k = 0; k < n; k++) {
      let s = 0;
      for (let q = 0; q < R; q++) s += lambda[q]! * u[k * R + q]!;
      if (s > best) {
        best = s;
        greedy[f] = k;
      }
    }
    sufBest[f] = sufBest[f + 1]! + best;
    for (let q = 0; q < R; q++) sufGreedy[f * R + q] = sufGreedy[(f + 1) * R + q]! + u[greedy[f]! * R + q]!;
  }
  const slack = 1e-12 * Math.max(1, Math.abs(lt));
  let states: Float64Array = new Float64Array(R);
  let n = 1;
  const parents: Int32Array[] = [];
  const picksAt: Int32Array[] = [];
  const trace = (level: number, s: number, rest: number): Outcome | null => {
    const picks = new Int32Array(F);
    for (let f = level; f >= 0; f--) {
      picks[f] = picksAt[f]![s]!;
      s = parents[f]![s]!;
    }
    for (let f = level + 1; f < F; f++) picks[f] = greedy[f]!;
    return rest >= 0 ? build(picks) : null;
  };
  for (let f = 0; f < F; f++) {
    const leaf = leaves[f]!;
    const m = n * leaf.n;
    const cand = new Float64Array(m * R);
    const from = new Int32Array(m);
    const pick = new Int32Array(m);
    let c = 0;
    for (let s = 0; s < n; s++) {
      next: for (let k = 0; k < leaf.n; k++) {
        let score = 0;
        for (let q = 0; q < R; q++) {
          const v = states[s * R + q]! + leaf.u[k * R + q]!;
          if (v + sufMax[(f + 1) * R + q]! < goal[q]! - slack) continue next;
          cand[c * R + q] = v;
          score += lambda[q]! * v;
        }
        if (score + sufBest[f + 1]! < lt - slack) continue;
        from[c] = s;
        pick[c] = k;
        c++;
      }
    }
    if (c === 0) return null;
    const { kept } = paretoFilter(cand, R, c, DEFAULT_EPSILON);
    n = kept.length;
    states = new Float64Array(n * R);
    const parent = new Int32Array(n);
    const picked = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const k = kept[i]!;
      states.set(cand.subarray(k * R, k * R + R), i * R);
      parent[i] = from[k]!;
      picked[i] = pick[k]!;
    }
    parents.push(parent);
    picksAt.push(picked);
    for (let i = 0; i < n; i++) {
      let ok = true;
      for (let q = 0; q < R && ok; q++) ok = states[i * R + q]! + sufGreedy[(f + 1) * R + q]! >= goal[q]!;
      if (ok) {
        const o = trace(f, i, 0);
        if (o) return o;
      }
    }
  }
  return null;
}
