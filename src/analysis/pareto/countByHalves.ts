/**
 * Meet-in-the-middle counting for one or two constrained parties (internal to {@link countAtLeast}).
 *
 * The factors are split in two halves of about equal log-size; each half's distinct partial-sum vectors
 * are listed with their multiplicities, and the pairs (a, b) with a + b ≥ goal are counted without
 * enumerating them: by binary search over sorted b for one party, and for two parties by a sweep over
 * decreasing thresholds on the first party with a Fenwick tree over the ranks of the second. Used only
 * when each half's table is provably small (product of the distinct factor tables ≤ `maxStates`) and
 * every count fits in a double (≤ 2^53 outcomes).
 * @module
 */
import { lexOrder } from "./paretoFilter.js";

/** A distinct-vector table: n × R values with multiplicities. */
export interface Table {
  u: Float64Array;
  n: number;
  w: number[];
}

/** Distinct rows of a table (exact equality), multiplicities summed. */
export function dedupeTable(u: Float64Array, w: readonly number[], m: number, R: number): Table {
  const order = lexOrder(u, R, m);
  const out = new Float64Array(m * R);
  const ow: number[] = [];
  let n = 0;
  for (const c of order) {
    let same = n > 0;
    for (let q = 0; q < R && same; q++) same = out[(n - 1) * R + q] === u[c * R + q];
    if (same) ow[n - 1]! += w[c]!;
    else {
      for (let q = 0; q < R; q++) out[n * R + q] = u[c * R + q]!;
      ow[n++] = w[c]!;
    }
  }
  return { u: out, n, w: ow };
}

function combine(tables: readonly Table[], R: number): Table {
  let acc: Table = { u: new Float64Array(R), n: 1, w: [1] };
  for (const t of tables) {
    const m = acc.n * t.n;
    const u = new Float64Array(m * R);
    const w: number[] = new Array(m);
    let c = 0;
    for (let i = 0; i < acc.n; i++) {
      for (let k = 0; k < t.n; k++, c++) {
        for (let q = 0; q < R; q++) u[c * R + q] = acc.u[i * R + q]! + t.u[k * R + q]!;
        w[c] = acc.w[i]! * t.w[k]!;
      }
    }
    acc = dedupeTable(u, w, m, R);
  }
  return acc;
}

/**
 * The number of factor combinations whose summed vector is ≥ goal on every coordinate, or null when the
 * halves would be too large (the caller then uses its dynamic programme).
 */
export function countByHalves(
  tables: readonly Table[],
  R: number,
  goal: readonly number[],
  maxStates: number,
): number | null {
  if (R > 2 || tables.length < 2) return null;
  const logs = tables.map((t) => Math.log(t.n));
  const half = logs.reduce((a, b) => a + b, 0) / 2;
  let s = 0;
  let acc = 0;
  while (s < tables.length - 1 && acc + logs[s]! <= half + 1e-9) acc += logs[s++]!;
  if (s === 0) s = 1;
  const bound = (ts: readonly Table[]) => ts.reduce((p, t) => p * t.n, 1);
  if (bound(tables.slice(0, s)) > maxStates || bound(tables.slice(s)) > maxStates) return null;
  const A = combine(tables.slice(0, s), R);
  const B = combine(tables.slice(s), R);
  if (R === 1) {
    // B is sorted descending (lexOrder); suffix weights from the top
    const prefix = new Float64Array(B.n + 1);
    for (let k = 0; k < B.n; k++) prefix[k + 1] = prefix[k]! + B.w[k]!;
    let count = 0;
    for (let i = 0; i < A.n; i++) {
      let lo = 0;
      let hi = B.n;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (A.u[i]! + B.u[mid]! >= goal[0]!) lo = mid + 1;
        else hi = mid;
      }
      count += A.w[i]! * prefix[lo]!;
    }
    return count;
  }
  // two parties: queries from A sorted by decreasing x = goal0 − a0; B points by decreasing b0
  const ranks = Array.from({ length: B.n }, (_, k) => k).sort((x, y) => B.u[2 * x + 1]! - B.u[2 * y + 1]!);
  const sorted1 = Float64Array.from(ranks, (k) => B.u[2 * k + 1]!);
  const rankOf = new Int32Array(B.n);
  ranks.forEach((k, r) => {
    rankOf[k] = r;
  });
  const tree = new Float64Array(B.n + 1);
  const add = (r: number, v: number) => {
    for (let i = r + 1; i <= B.n; i += i & -i) tree[i]! += v;
  };
  const sumBelow = (r: number) => {
    let s2 = 0;
    for (let i = r; i > 0; i -= i & -i) s2 += tree[i]!;
    return s2;
  };
  const queries = Array.from({ length: A.n }, (_, i) => i).sort((x, y) => A.u[2 * y]! - A.u[2 * x]!); // a0 desc → x asc
  let inserted = 0;
  let insertedWeight = 0;
  let count = 0;
  // process queries by decreasing x = goal0 − a0, i.e. increasing a0
  for (let qi = queries.length - 1; qi >= 0; qi--) {
    const i = queries[qi]!;
    const a0 = A.u[2 * i]!;
    const a1 = A.u[2 * i + 1]!;
    while (inserted < B.n && a0 + B.u[2 * inserted]! >= goal[0]!) {
      add(rankOf[inserted]!, B.w[inserted]!);
      insertedWeight += B.w[inserted]!;
      inserted++;
    }
    // inserted b with a1 + b1 ≥ goal1: first rank whose b1 passes
    let lo = 0;
    let hi = B.n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (a1 + sorted1[mid]! >= goal[1]!) hi = mid;
      else lo = mid + 1;
    }
    count += A.w[i]! * (insertedWeight - sumBelow(lo));
  }
  return count;
}
