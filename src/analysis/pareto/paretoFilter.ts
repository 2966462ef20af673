/**
 * The ε-Pareto filter shared by the frontier kernels (internal).
 *
 * Dominance with tolerance τ(a, b) = ε·max(1, |a|, |b|) per coordinate: x ε-dominates y when
 * x_p ≥ y_p − τ for every p and x_p > y_p + τ for some p; x and y are ε-equal when |x_p − y_p| ≤ τ for
 * every p. Candidates are visited in lexicographically decreasing order; a candidate ε-equal to a kept
 * point joins that point's group (the first one seen is the representative), a dominated candidate is
 * dropped, and a new point removes the kept points it dominates.
 * @module
 */
import { tolerance } from "./tolerance.js";

/** The result of {@link paretoFilter}. */
export interface FilterResult {
  /** Candidate indices of the kept representatives, in lexicographically decreasing order. */
  kept: Int32Array;
  /** For every candidate, the position in `kept` of its group, or -1 when it is dominated. */
  group: Int32Array;
}

/** Lexicographically decreasing order of the m candidates of `u` (m × P values). */
export function lexOrder(u: Float64Array, P: number, m: number): Int32Array {
  const order = new Int32Array(m);
  for (let i = 0; i < m; i++) order[i] = i;
  if (P === 1) return order.sort((i, j) => u[j]! - u[i]! || i - j);
  if (P === 2) return order.sort((i, j) => u[2 * j]! - u[2 * i]! || u[2 * j + 1]! - u[2 * i + 1]! || i - j);
  return order.sort((i, j) => {
    for (let p = 0; p < P; p++) {
      const d = u[j * P + p]! - u[i * P + p]!;
      if (d !== 0) return d;
    }
    return i - j;
  });
}

/**
 * Filters the m candidates of `u` (m × P values) to their ε-Pareto set. `order` is the lexicographically
 * decreasing visiting order (computed when not given; a caller that already has it may pass it).
 */
export function paretoFilter(
  u: Float64Array,
  P: number,
  m: number,
  epsilon: number,
  order: Int32Array = lexOrder(u, P, m),
): FilterResult {
  const rep = new Int32Array(m).fill(-1);
  const dead = new Uint8Array(m);
  const stack: number[] = [];
  if (m > 0 && P === 0) {
    for (let i = 0; i < m; i++) rep[i] = order[0]!;
    stack.push(order[0]!);
  } else if (P === 1) {
    const best = order[0]!;
    for (const c of order) if (u[c]! >= u[best]! - tolerance(u[best]!, u[c]!, epsilon)) rep[c] = best;
    if (m > 0) stack.push(best);
  } else if (P === 2) {
    for (const c of order) {
      const c0 = u[2 * c]!;
      const c1 = u[2 * c + 1]!;
      if (stack.length > 0) {
        const k = stack[stack.length - 1]!;
        const k0 = u[2 * k]!;
        const k1 = u[2 * k + 1]!;
        const t1 = tolerance(k1, c1, epsilon);
        if (c1 <= k1 + t1) {
          if (c1 >= k1 - t1 && c0 >= k0 - tolerance(k0, c0, epsilon)) rep[c] = k;
          continue;
        }
        while (stack.length > 0) {
          const d = stack[stack.length - 1]!;
          if (u[2 * d]! > c0 + tolerance(u[2 * d]!, c0, epsilon)) break;
          dead[d] = 1;
          stack.pop();
        }
      }
      stack.push(c);
      rep[c] = c;
    }
  } else if (P === 3) {
    filter3(u, order, epsilon, rep, dead, stack);
  } else {
    filterN(u, P, order, epsilon, rep, dead, stack);
  }
  const position = new Int32Array(m).fill(-1);
  const alive = stack.filter((k) => !dead[k]);
  alive.forEach((k, i) => {
    position[k] = i;
  });
  const group = new Int32Array(m);
  for (let c = 0; c < m; c++) group[c] = rep[c]! >= 0 ? position[rep[c]!]! : -1;
  return { kept: Int32Array.from(alive), group };
}

function filterN(
  u: Float64Array,
  P: number,
  order: Int32Array,
  epsilon: number,
  rep: Int32Array,
  dead: Uint8Array,
  kept: number[],
): void {
  for (const c of order) {
    const cb = c * P;
    let fate = 0; // 0 new, 1 equal, 2 dominated
    for (let i = 0; i < kept.length && fate === 0; i++) {
      const k = kept[i]!;
      if (dead[k]) continue;
      const kb = k * P;
      let ge = true;
      let gt = false;
      for (let p = 0; p < P; p++) {
        const kv = u[kb + p]!;
        const cv = u[cb + p]!;
        const t = tolerance(kv, cv, epsilon);
        if (kv < cv - t) {
          ge = false;
          break;
        }
        if (kv > cv + t) gt = true;
      }
      if (ge) {
        fate = gt ? 2 : 1;
        if (!gt) rep[c] = k;
      }
    }
    if (fate !== 0) continue;
    // Only kept points within tolerance of c on the first coordinate can be dominated by c.
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      const kb = k * P;
      if (u[kb]! > u[cb]! + tolerance(u[kb]!, u[cb]!, epsilon)) break;
      if (dead[k]) continue;
      let le = true;
      let lt = false;
      for (let p = 0; p < P; p++) {
        const kv = u[kb + p]!;
        const cv = u[cb + p]!;
        const t = tolerance(kv, cv, epsilon);
        if (kv > cv + t) {
          le = false;
          break;
        }
        if (kv < cv - t) lt = true;
      }
      if (le && lt) dead[k] = 1;
    }
    kept.push(c);
    rep[c] = c;
  }
}

/** Whether kept point k and candidate c are ε-equal (0), k dominates c (1), c dominates k (-1), or neither (2). */
function relate(u: Float64Array, P: number, k: number, c: number, epsilon: number): number {
  let kBetter = false;
  let cBetter = false;
  for (let p = 0; p < P; p++) {
    const kv = u[k * P + p]!;
    const cv = u[c * P + p]!;
    const t = tolerance(kv, cv, epsilon);
    if (kv > cv + t) kBetter = true;
    else if (kv < cv - t) cBetter = true;
  }
  if (kBetter) return cBetter ? 2 : 1;
  return cBetter ? -1 : 0;
}

/**
 * Three columns: every kept point has u0 ≥ the candidate's, so the candidate is dominated iff some kept
 * point covers it on (u1, u2), a 2-D query answered by binary search on the staircase of kept (u1, u2)
 * maxima. Points within τ on u0 (the tail of the kept list) are compared in full first, for ε-equality
 * and for the rare candidate that dominates an earlier point within the tolerance.
 */
function filter3(
  u: Float64Array,
  order: Int32Array,
  epsilon: number,
  rep: Int32Array,
  dead: Uint8Array,
  kept: number[],
): void {
  const s1: number[] = []; // staircase: u1 ascending, u2 descending
  const s2: number[] = [];
  for (const c of order) {
    const c0 = u[3 * c]!;
    const c1 = u[3 * c + 1]!;
    const c2 = u[3 * c + 2]!;
    let fate = 0;
    const victims: number[] = [];
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      if (u[3 * k]! > c0 + tolerance(u[3 * k]!, c0, epsilon)) break;
      if (dead[k]) continue;
      const r = relate(u, 3, k, c, epsilon);
      if (r === 0) {
        rep[c] = k;
        fate = 1;
        break;
      }
      if (r === 1) {
        fate = 2;
        break;
      }
      if (r === -1) victims.push(k);
    }
    if (fate !== 0) continue;
    const lo1 = c1 - epsilon * Math.max(1, Math.abs(c1));
    let lo = 0;
    let hi = s1.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (s1[mid]! < lo1) lo = mid + 1;
      else hi = mid;
    }
    if (lo < s1.length && s2[lo]! >= c2 - epsilon * Math.max(1, Math.abs(c2))) continue;
    for (const k of victims) dead[k] = 1;
    kept.push(c);
    rep[c] = c;
    // insert (c1, c2) into the staircase, removing the entries it covers
    let at = 0;
    let top = s1.length;
    while (at < top) {
      const mid = (at + top) >> 1;
      if (s1[mid]! < c1) at = mid + 1;
      else top = mid;
    }
    if (at < s1.length && s2[at]! >= c2) continue; // covered in 2-D by an existing entry
    let first = at;
    while (first > 0 && s2[first - 1]! <= c2) first--;
    s1.splice(first, at - first, c1);
    s2.splice(first, at - first, c2);
  }
}
