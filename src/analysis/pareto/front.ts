/**
 * Partial Pareto fronts over a set of factors, with the provenance needed to rebuild an example outcome
 * and, optionally, the exact number of partial outcomes behind every point (internal).
 *
 * A leaf front is the ε-Pareto set of one factor's alternatives; the front of a union of factors is the
 * ε-Pareto set of the Minkowski sum of the children's fronts. This is exact for additive utilities: if a
 * partial point y is dominated by x, every completion y + r is dominated by x + r, so no Pareto outcome
 * is lost by pruning (up to the ε of {@link paretoFilter}).
 * @module
 */
import type { FactoredSpace, Outcome } from "../../space/factoredSpace.js";
import { mergeTwo } from "./mergeTwo.js";
import { paretoFilter } from "./paretoFilter.js";

/** A partial front (internal). */
export interface Front {
  /** Number of parties (columns). */
  P: number;
  /** Number of points. */
  n: number;
  /** n × P utilities, points in lexicographically decreasing order. */
  u: Float64Array;
  /** Exact number of (partial) outcomes per point, or null when not counted. */
  counts: bigint[] | null;
  /** Leaf: alternative index of the representative; merge: index into `left`. */
  a: Int32Array;
  /** Merge: index into `right`; unused for leaves. */
  b: Int32Array;
  left: Front | null;
  right: Front | null;
  /** Factor index of a leaf, -1 for a merge. */
  factor: number;
}

const leafCache = new WeakMap<object, Map<string, Front>>();

/**
 * The ε-Pareto front of one factor over the given party columns (cached per factor object, parties and
 * ε: factor tables must not be mutated after their first analysis).
 */
export function leafFront(
  space: FactoredSpace,
  fi: number,
  parties: readonly number[],
  epsilon: number,
): Front {
  const factor = space.factors[fi]!;
  const key = `${fi}|${parties.join(",")}|${epsilon}`;
  let byKey = leafCache.get(factor);
  const hit = byKey?.get(key);
  if (hit) return hit;
  const P = parties.length;
  const SP = space.parties.length;
  const m = factor.size;
  const cand = new Float64Array(m * P);
  for (let k = 0; k < m; k++) {
    for (let q = 0; q < P; q++) cand[k * P + q] = factor.utilities[k * SP + parties[q]!]!;
  }
  const { kept, group } = paretoFilter(cand, P, m, epsilon);
  const n = kept.length;
  const counts: bigint[] = new Array(n).fill(0n);
  for (let k = 0; k < m; k++) if (group[k]! >= 0) counts[group[k]!]! += 1n;
  const u = new Float64Array(n * P);
  for (let i = 0; i < n; i++) u.set(cand.subarray(kept[i]! * P, kept[i]! * P + P), i * P);
  const front: Front = {
    P,
    n,
    u,
    counts,
    a: kept,
    b: new Int32Array(n),
    left: null,
    right: null,
    factor: fi,
  };
  if (!byKey) {
    byKey = new Map();
    leafCache.set(factor, byKey);
  }
  byKey.set(key, front);
  return front;
}

/**
 * The front of the Minkowski sum of two fronts. Candidates below `lower` (per column; already relaxed by
 * the caller) are discarded before filtering; counts are computed when both inputs carry them and
 * `count` is true.
 */
export function mergeFronts(
  A: Front,
  B: Front,
  epsilon: number,
  count: boolean,
  lower: Float64Array | null = null,
): Front {
  const P = A.P;
  const withCounts = count && A.counts !== null && B.counts !== null;
  if (P === 2) return mergeTwo(A, B, epsilon, withCounts, lower);
  const maxM = A.n * B.n;
  const cand = new Float64Array(maxM * P);
  const ia = new Int32Array(maxM);
  const ib = new Int32Array(maxM);
  let m = 0;
  for (let i = 0; i < A.n; i++) {
    next: for (let j = 0; j < B.n; j++) {
      const base = m * P;
      for (let q = 0; q < P; q++) {
        const v = A.u[i * P + q]! + B.u[j * P + q]!;
        if (lower !== null && v < lower[q]!) continue next;
        cand[base + q] = v;
      }
      ia[m] = i;
      ib[m] = j;
      m++;
    }
  }
  const order = lower === null && P >= 3 && B.n <= 32 ? mergedOrder(A, B, P) : undefined;
  const { kept, group } = paretoFilter(cand, P, m, epsilon, order);
  const n = kept.length;
  let counts: bigint[] | null = null;
  if (withCounts) {
    counts = new Array(n).fill(0n);
    for (let c = 0; c < m; c++) {
      const g = group[c]!;
      if (g >= 0) counts[g]! += A.counts![ia[c]!]! * B.counts![ib[c]!]!;
    }
  }
  const u = new Float64Array(n * P);
  const a = new Int32Array(n);
  const b = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const c = kept[i]!;
    u.set(cand.subarray(c * P, c * P + P), i * P);
    a[i] = ia[c]!;
    b[i] = ib[c]!;
  }
  return { P, n, u, counts, a, b, left: A, right: B, factor: -1 };
}

/**
 * The lexicographically decreasing order of the candidates c = i·|B| + j (all pairs, no pruning) by a
 * heap merge of the |B| lists A + b_j, each sorted because A is: O(m log |B|) instead of a full sort.
 * Floating-point addition is monotone, so the first column is in exact decreasing order; the filter
 * tolerates the rare later-column inversions that rounding ties can cause.
 */
function mergedOrder(A: Front, B: Front, P: number): Int32Array {
  const m = A.n * B.n;
  const order = new Int32Array(m);
  const head = new Int32Array(B.n);
  const heap: number[] = [];
  const key = (j: number, p: number) => A.u[head[j]! * P + p]! + B.u[j * P + p]!;
  const before = (x: number, y: number): boolean => {
    for (let p = 0; p < P; p++) {
      const d = key(x, p) - key(y, p);
      if (d !== 0) return d > 0;
    }
    return x < y;
  };
  const siftDown = (i: number): void => {
    const n = heap.length;
    const item = heap[i]!;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      if (child + 1 < n && before(heap[child + 1]!, heap[child]!)) child++;
      if (!before(heap[child]!, item)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = item;
  };
  if (A.n > 0) for (let j = 0; j < B.n; j++) heap.push(j);
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  let k = 0;
  while (heap.length > 0) {
    const j = heap[0]!;
    order[k++] = head[j]! * B.n + j;
    if (++head[j]! < A.n) siftDown(0);
    else {
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        siftDown(0);
      }
    }
  }
  return order;
}

/** Writes into `out` the options of the factors under `front` for its point `i`. */
export function fillOutcome(space: FactoredSpace, front: Front, i: number, out: Outcome): void {
  if (front.factor >= 0) {
    const f = space.factors[front.factor]!;
    const J = f.issues.length;
    const k = front.a[i]!;
    for (let j = 0; j < J; j++) out[f.issues[j]!] = f.choices[k * J + j]!;
    return;
  }
  fillOutcome(space, front.left!, front.a[i]!, out);
  fillOutcome(space, front.right!, front.b[i]!, out);
}
