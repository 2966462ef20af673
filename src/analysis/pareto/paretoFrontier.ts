import type { FactoredSpace } from "../../space/factoredSpace.js";
import { checkSpaceOnce } from "./checkSpaceOnce.js";
import { type Front, fillOutcome, leafFront, mergeFronts } from "./front.js";
import type { FrontierPoint } from "./frontierPoint.js";
import { checkEpsilon, checkParties } from "./tolerance.js";

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
  const front =
    (options.plan ?? (P >= 3 ? "sequential" : "balanced")) === "balanced"
      ? frontOf(space, parties, epsilon, 0, space.factors.length)
      : foldFronts(space, parties, epsilon);
  const points: FrontierPoint[] = [];
  for (let i = 0; i < front.n; i++) {
    const example = new Int32Array(space.issues.length);
    fillOutcome(space, front, i, example);
    const utilities = new Array<number>(P).fill(0);
    // re-sum in factor order, as brute force does, from the representative's alternatives
    sumInFactorOrder(space, front, i, parties, SP, utilities);
    points.push({ utilities, count: front.counts![i]!, example });
  }
  return points.sort(compareDesc);
}

function foldFronts(space: FactoredSpace, parties: readonly number[], epsilon: number): Front {
  let acc = leafFront(space, 0, parties, epsilon);
  for (let f = 1; f < space.factors.length; f++)
    acc = mergeFronts(acc, leafFront(space, f, parties, epsilon), epsilon, true);
  return acc;
}

function frontOf(
  space: FactoredSpace,
  parties: readonly number[],
  epsilon: number,
  lo: number,
  hi: number,
): Front {
  if (hi - lo === 1) return leafFront(space, lo, parties, epsilon);
  const mid = (lo + hi) >> 1;
  return mergeFronts(
    frontOf(space, parties, epsilon, lo, mid),
    frontOf(space, parties, epsilon, mid, hi),
    epsilon,
    true,
  );
}

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
