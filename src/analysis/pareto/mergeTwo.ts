/**
 * Two-party Minkowski merge of two ε-Pareto fronts without materialising all |A|·|B| sums (internal).
 *
 * Each point s of the smaller front opens a list s + L[0..] over the larger front L; since L is sorted by
 * decreasing u0 (and so increasing u1), every list is sorted too. A heap merges the lists in decreasing
 * (u0, u1) order and the sweep of {@link paretoFilter} keeps the staircase. After a candidate that is
 * dominated by (or equal to) the last kept point, its list jumps by binary search over every entry whose
 * u1 is below the kept point's u1 minus the tolerance: those are dominated as well. The work is close to
 * proportional to the number of points that survive rather than to |A|·|B|.
 * @module
 */
import type { Front } from "./front.js";
import { tolerance } from "./tolerance.js";

/** Merges two 2-column fronts; see the module comment. */
export function mergeTwo(
  A: Front,
  B: Front,
  epsilon: number,
  withCounts: boolean,
  lower: Float64Array | null = null,
): Front {
  const swap = A.n > B.n;
  const S = swap ? B : A;
  const L = swap ? A : B;
  const su = S.u;
  const lu = L.u;
  const ln = L.n;
  // heap of list ids keyed by their current head
  const head = new Int32Array(S.n);
  const h0 = new Float64Array(S.n);
  const h1 = new Float64Array(S.n);
  const heap = new Int32Array(S.n);
  let size = 0;
  const before = (x: number, y: number): boolean =>
    h0[x]! > h0[y]! || (h0[x] === h0[y] && (h1[x]! > h1[y]! || (h1[x] === h1[y] && x < y)));
  const push = (id: number): void => {
    let i = size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(id, heap[parent]!)) break;
      heap[i] = heap[parent]!;
      i = parent;
    }
    heap[i] = id;
  };
  const popTop = (): void => {
    const last = heap[--size]!;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= size) break;
      if (child + 1 < size && before(heap[child + 1]!, heap[child]!)) child++;
      if (!before(heap[child]!, last)) break;
      heap[i] = heap[child]!;
      i = child;
    }
    heap[i] = last;
  };
  const setHead = (id: number, j: number): void => {
    head[id] = j;
    h0[id] = su[2 * id]! + lu[2 * j]!;
    h1[id] = su[2 * id + 1]! + lu[2 * j + 1]!;
  };
  // first entry of list `id` at or after `from` whose u1 is not below `bound`
  const firstAtLeast = (id: number, from: number, bound: number): number => {
    const s1 = su[2 * id + 1]!;
    let lo = from;
    let hi = ln;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s1 + lu[2 * mid + 1]! < bound) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  if (ln > 0) {
    for (let id = 0; id < S.n; id++) {
      const j = lower === null ? 0 : firstAtLeast(id, 0, lower[1]!);
      if (j >= ln) continue;
      setHead(id, j);
      push(id);
    }
  }
  const k0: number[] = [];
  const k1: number[] = [];
  const ks: number[] = [];
  const kl: number[] = [];
  const kc: bigint[] = [];
  while (size > 0) {
    const id = heap[0]!;
    const j = head[id]!;
    const c0 = h0[id]!;
    const c1 = h1[id]!;
    popTop();
    if (lower !== null && c0 < lower[0]!) break;
    let top = k0.length - 1;
    let advance = j + 1;
    if (top >= 0 && c1 <= k1[top]! + tolerance(k1[top]!, c1, epsilon)) {
      const t1 = k1[top]!;
      if (c1 >= t1 - tolerance(t1, c1, epsilon) && c0 >= k0[top]! - tolerance(k0[top]!, c0, epsilon)) {
        if (withCounts) kc[top]! += S.counts![id]! * L.counts![j]!;
      }
      // skip the entries of this list that the kept point dominates: s1 + L1[j'] < t1 − τ
      const s1 = su[2 * id + 1]!;
      let lo = advance;
      let hi = ln;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const x = s1 + lu[2 * mid + 1]!;
        if (x < t1 - tolerance(t1, x, epsilon)) lo = mid + 1;
        else hi = mid;
      }
      advance = lo;
    } else {
      while (top >= 0 && k0[top]! <= c0 + tolerance(k0[top]!, c0, epsilon)) {
        k0.pop();
        k1.pop();
        ks.pop();
        kl.pop();
        kc.pop();
        top--;
      }
      k0.push(c0);
      k1.push(c1);
      ks.push(id);
      kl.push(j);
      if (withCounts) kc.push(S.counts![id]! * L.counts![j]!);
    }
    if (advance < ln) {
      setHead(id, advance);
      push(id);
    }
  }
  const n = k0.length;
  const u = new Float64Array(2 * n);
  for (let i = 0; i < n; i++) {
    u[2 * i] = k0[i]!;
    u[2 * i + 1] = k1[i]!;
  }
  return {
    P: 2,
    n,
    u,
    counts: withCounts ? kc : null,
    a: Int32Array.from(swap ? kl : ks),
    b: Int32Array.from(swap ? ks : kl),
    left: A,
    right: B,
    factor: -1,
  };
}
