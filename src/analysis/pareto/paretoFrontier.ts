import { EngineError } from "../../errors.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { checkSpaceOnce } from "./checkSpaceOnce.js";
import { type Front, fillOutcome, leafFront, mergeFronts } from "./front.js";
import type { FrontierPoint } from "./frontierPoint.js";
import { checkEpsilon, checkParties, DEFAULT_EPSILON, relaxedThreshold } from "./tolerance.js";

/** Options of {@link paretoFrontier}. */
export interface ParetoOptions {
  /** Relative tolerance ε (default 1e-9): see {@link tolerance}. */
  epsilon?: number;
  /** Party indices (columns) to analyse, in the order wanted in the result; default all parties. */
  parties?: readonly number[];
  /**
   * Merge order: `balanced` (divide and conquer over halves of the factor list) or `sequential` (fold
   * the factors left to right). Default: balanced for up to two parties, sequential for three or more,
   * where merging two large fronts costs more than many merges with one small factor.
   */
  plan?: "balanced" | "sequential";
  /**
   * Only the frontier points with u_q ≥ t_q for every column q (frontier column order; `-Infinity`
   * ignores a column; tested as u ≥ t − 1e-9·max(1, |t|)), e.g. the rational frontier. Partial fronts
   * that cannot reach the thresholds even with the best remaining factors are pruned during the merges,
   * which is exact (counts included) and can be much faster on large spaces.
   */
  atLeast?: readonly number[];
}

/**
 * The exact Pareto frontier of a factored space with additive utilities, for 1..N parties.
 *
 * Method: the ε-Pareto set of every factor's alternatives, then a divide-and-conquer merge (halves of
 * the factor list) where each merge is the ε-Pareto set of the Minkowski sum of two fronts. Dominated
 * partial sums can never complete into a Pareto outcome, so the result equals the brute-force frontier
 * (enumerate, then filter) up to ε; it never enumerates the space and handles 10^100 outcomes.
 * Two parties use a heap merge that skips dominated runs; more parties use a lexicographic sweep.
 *
 * ε-dominance (τ = ε·max(1, |a|, |b|) per coordinate): x dominates y when x_p ≥ y_p − τ for all p and
 * x_p > y_p + τ for some p; vectors within τ on every coordinate are one point, whose `count` is the exact
 * number of outcomes sharing it and whose `utilities` are those of its `example` (summed in factor order).
 *
 * Points are sorted by the first utility descending, then the next, and so on. A space with an empty
 * factor has no outcome and an empty frontier.
 * @example
 * ```ts
 * const frontier = paretoFrontier(space, { parties: [0, 1] });
 * frontier[0].utilities; // the point best for party 0
 * ```
 */
export function paretoFrontier(space: FactoredSpace, options: ParetoOptions = {}): FrontierPoint[] {
  checkSpaceOnce(space);
  const epsilon = checkEpsilon(options.epsilon);
  const parties = checkParties(options.parties, space.parties.length);
  if (space.factors.some((f) => f.size === 0)) return [];
  const P = parties.length;
  const SP = space.parties.length;
  if (space.factors.length === 0) {
    return [{ utilities: parties.map(() => 0), count: 1n, example: new Int32Array(space.issues.length) }];
  }
  const bounds = boundsOf(space, parties, epsilon, options.atLeast);
  const front =
    (options.plan ?? (P >= 3 ? "sequential" : "balanced")) === "balanced"
      ? frontOf(space, parties, epsilon, 0, space.factors.length, bounds)
      : foldFronts(space, parties, epsilon, bounds);
  const points: FrontierPoint[] = [];
  for (let i = 0; i < front.n; i++) {
    const example = new Int32Array(space.issues.length);
    fillOutcome(space, front, i, example);
    const utilities = new Array<number>(P).fill(0);
    // re-sum in factor order, as brute force does, from the representative's alternatives
    sumInFactorOrder(space, front, i, parties, SP, utilities);
    if (bounds && utilities.some((u, q) => u < bounds.goal[q]!)) continue;
    points.push({ utilities, count: front.counts![i]!, example });
  }
  return points.sort(compareDesc);
}

/** Threshold pruning: relaxed goals and prefix sums of the factor maxima per column (internal). */
interface Bounds {
  goal: Float64Array;
  /** (F + 1) × P prefix sums of the per-factor column maxima. */
  prefix: Float64Array;
  /** Lower bounds for a node covering factors [lo, hi). */
  lower(lo: number, hi: number): Float64Array;
}

function boundsOf(
  space: FactoredSpace,
  parties: readonly number[],
  epsilon: number,
  atLeast: readonly number[] | undefined,
): Bounds | null {
  if (atLeast === undefined) return null;
  const P = parties.length;
  if (atLeast.length !== P || atLeast.some((t) => Number.isNaN(t))) {
    throw new EngineError("invalid_argument", `invalid atLeast: ${JSON.stringify(atLeast)}`);
  }
  const F = space.factors.length;
  const goal = Float64Array.from(atLeast, (t) =>
    t === Number.NEGATIVE_INFINITY ? t : relaxedThreshold(t, DEFAULT_EPSILON),
  );
  const prefix = new Float64Array((F + 1) * P);
  for (let f = 0; f < F; f++) {
    const leaf = leafFront(space, f, parties, epsilon);
    for (let q = 0; q < P; q++) {
      let hi = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < leaf.n; k++) hi = Math.max(hi, leaf.u[k * P + q]!);
      prefix[(f + 1) * P + q] = prefix[f * P + q]! + hi;
    }
  }
  return {
    goal,
    prefix,
    lower(lo, hi) {
      const out = new Float64Array(P);
      for (let q = 0; q < P; q++) {
        const outside = prefix[F * P + q]! - (prefix[hi * P + q]! - prefix[lo * P + q]!);
        out[q] = goal[q]! - outside - 1e-12 * Math.max(1, Math.abs(goal[q]!), Math.abs(outside));
      }
      return out;
    },
  };
}

function foldFronts(
  space: FactoredSpace,
  parties: readonly number[],
  epsilon: number,
  bounds: Bounds | null,
): Front {
  let acc = leafFront(space, 0, parties, epsilon);
  for (let f = 1; f < space.factors.length; f++) {
    const leaf = leafFront(space, f, parties, epsilon);
    acc = mergeFronts(acc, leaf, epsilon, true, bounds ? bounds.lower(0, f + 1) : null);
  }
  return acc;
}

function frontOf(
  space: FactoredSpace,
  parties: readonly number[],
  epsilon: number,
  lo: number,
  hi: number,
  bounds: Bounds | null = null,
): Front {
  if (hi - lo === 1) return leafFront(space, lo, parties, epsilon);
  const mid = (lo + hi) >> 1;
  const left = frontOf(space, parties, epsilon, lo, mid, bounds);
  const right = frontOf(space, parties, epsilon, mid, hi, bounds);
  if (bounds) return mergeFronts(left, right, epsilon, true, bounds.lower(lo, hi));
  // Without threshold pruning a merge depends only on its two inputs: spaces that share most factors (the
  // what-if variants of one scenario) reuse every merge whose inputs did not change.
  const key = `${epsilon}`;
  let byRight = mergeCache.get(left);
  const hit = byRight?.get(right)?.get(key);
  if (hit) return hit;
  const merged = mergeFronts(left, right, epsilon, true, null);
  if (!byRight) {
    byRight = new WeakMap();
    mergeCache.set(left, byRight);
  }
  const byEpsilon = byRight.get(right) ?? new Map<string, Front>();
  byEpsilon.set(key, merged);
  byRight.set(right, byEpsilon);
  return merged;
}

/** Merged fronts by their two inputs (object identity) and ε; entries go with their inputs. */
const mergeCache = new WeakMap<Front, WeakMap<Front, Map<string, Front>>>();

function sumInFactorOrder(
  space: FactoredSpace,
  front: Front,
  i: number,
  parties: readonly number[],
  SP: number,
  out: number[],
): void {
  const alts = new Int32Array(space.factors.length);
  collect(front, i, alts);
  for (let f = 0; f < alts.length; f++) {
    const ut = space.factors[f]!.utilities;
    for (let q = 0; q < parties.length; q++) out[q]! += ut[alts[f]! * SP + parties[q]!]!;
  }
}

function collect(front: Front, i: number, alts: Int32Array): void {
  if (front.factor >= 0) {
    alts[front.factor] = front.a[i]!;
    return;
  }
  collect(front.left!, front.a[i]!, alts);
  collect(front.right!, front.b[i]!, alts);
}

/** Lexicographically decreasing order of frontier points (the frontier's canonical order). */
export function compareDesc(
  x: { utilities: readonly number[] },
  y: { utilities: readonly number[] },
): number {
  for (let p = 0; p < x.utilities.length; p++) {
    const d = y.utilities[p]! - x.utilities[p]!;
    if (d !== 0) return d;
  }
  return 0;
}
