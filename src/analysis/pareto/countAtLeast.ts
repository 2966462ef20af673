import { EngineError } from "../../errors.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { outcomeCount } from "../../space/outcomeCount.js";
import { checkSpaceOnce } from "./checkSpaceOnce.js";
import { countByHalves } from "./countByHalves.js";
import { lexOrder } from "./paretoFilter.js";
import { DEFAULT_EPSILON, relaxedThreshold } from "./tolerance.js";

/** Options of {@link countAtLeast}. */
export interface CountOptions {
  /** Most partial-sum states kept between two factors before giving up (default 250,000). */
  maxStates?: number;
  /** `auto` (default) tries meet-in-the-middle first; `dynamic` always uses the dynamic programme. */
  method?: "auto" | "dynamic";
}

/**
 * The exact number of outcomes with u_p ≥ t_p for every party p (`-Infinity` ignores a party), by
 * counting, not enumeration. `u ≥ t` is tested with a relative tolerance of 1e-9:
 * `u ≥ t − 1e-9·max(1, |t|)`, the same test as the brute-force oracle.
 *
 * Method: for one or two constrained parties on spaces of at most 2^53 outcomes whose two halves have
 * small partial-sum tables, meet in the middle ({@link countByHalves}). Otherwise dynamic programming over factors on the distinct partial-sum vectors of the constrained
 * parties, each with its exact multiplicity. A partial sum that cannot reach some threshold even with the
 * best remaining alternatives is dropped; one that meets every threshold even with the worst remaining
 * alternatives is counted in bulk (multiplicity × product of the remaining factor sizes) and dropped.
 * Only the undecided band near the thresholds is carried forward. That band can grow exponentially with
 * the number of factors on generic real-valued utilities (exact counting is #P-hard in general); when it
 * exceeds `maxStates` the function throws `EngineError("space_too_large")` rather than guess.
 * @example
 * ```ts
 * countAtLeast(space, [0.6, -Infinity]); // outcomes giving party 0 at least 0.6
 * ```
 */
export function countAtLeast(
  space: FactoredSpace,
  thresholds: readonly number[],
  options: CountOptions = {},
): bigint {
  checkSpaceOnce(space);
  const SP = space.parties.length;
  if (thresholds.length !== SP || thresholds.some((t) => Number.isNaN(t))) {
    throw new EngineError("invalid_argument", `invalid thresholds: ${JSON.stringify(thresholds)}`);
  }
  const maxStates = options.maxStates ?? 250_000;
  const total = outcomeCount(space);
  const rel: number[] = [];
  thresholds.forEach((t, p) => {
    if (t !== Number.NEGATIVE_INFINITY) rel.push(p);
  });
  if (total === 0n || rel.length === 0) return total;
  if (rel.some((p) => thresholds[p] === Number.POSITIVE_INFINITY)) return 0n;
  const R = rel.length;
  const F = space.factors.length;
  if (F === 0) return rel.every((p) => 0 >= relaxedThreshold(thresholds[p]!, DEFAULT_EPSILON)) ? 1n : 0n;
  const goal = rel.map((p) => relaxedThreshold(thresholds[p]!, DEFAULT_EPSILON));
  // per factor: distinct relevant vectors with multiplicities; suffix bounds and sizes
  const tables = space.factors.map((f) => distinctRows(f.utilities, f.size, SP, rel));
  const sufMax = new Float64Array((F + 1) * R);
  const sufMin = new Float64Array((F + 1) * R);
  const sufSize: bigint[] = new Array(F + 1).fill(1n);
  for (let f = F - 1; f >= 0; f--) {
    const { u, n } = tables[f]!;
    sufSize[f] = sufSize[f + 1]! * BigInt(space.factors[f]!.size);
    for (let q = 0; q < R; q++) {
      let hi = Number.NEGATIVE_INFINITY;
      let lo = Number.POSITIVE_INFINITY;
      for (let k = 0; k < n; k++) {
        hi = Math.max(hi, u[k * R + q]!);
        lo = Math.min(lo, u[k * R + q]!);
      }
      sufMax[f * R + q] = sufMax[(f + 1) * R + q]! + hi;
      sufMin[f * R + q] = sufMin[(f + 1) * R + q]! + lo;
    }
  }
  const big = total > BigInt(Number.MAX_SAFE_INTEGER);
  // every outcome passes / some threshold is out of reach: no counting needed
  if (goal.every((g, q) => sufMin[q]! >= g)) return total;
  if (goal.some((g, q) => sufMax[q]! < g)) return 0n;
  if (!big && options.method !== "dynamic") {
    const byHalves = countByHalves(tables, R, goal, maxStates);
    if (byHalves !== null) return BigInt(byHalves);
  }
  let count = 0n;
  let states: Float64Array = new Float64Array(R);
  let mult: (number | bigint)[] = [big ? 1n : 1];
  let n = 1;
  for (let f = 0; f < F; f++) {
    const { u, n: m, w } = tables[f]!;
    if (n * m > 8 * maxStates) {
      throw new EngineError(
        "space_too_large",
        `countAtLeast: ${n * m} partial sums at factor ${f} exceed the budget; exact counting is infeasible here`,
      );
    }
    const next = new Float64Array(n * m * R);
    const nextMult: (number | bigint)[] = [];
    let bulkBig = 0n;
    let bulk = 0;
    let k = 0;
    for (let s = 0; s < n; s++) {
      for (let a = 0; a < m; a++) {
        let possible = true;
        let sure = true;
        for (let q = 0; q < R; q++) {
          const v = states[s * R + q]! + u[a * R + q]!;
          next[k * R + q] = v;
          if (v + sufMax[(f + 1) * R + q]! < goal[q]!) possible = false;
          if (v + sufMin[(f + 1) * R + q]! < goal[q]!) sure = false;
        }
        if (!possible) continue;
        if (big) {
          const c = (mult[s] as bigint) * BigInt(w[a]!);
          if (sure) bulkBig += c;
          else nextMult[k++] = c;
        } else {
          const c = (mult[s] as number) * w[a]!;
          if (sure) bulk += c;
          else nextMult[k++] = c;
        }
      }
    }
    count += (bulkBig + BigInt(bulk)) * sufSize[f + 1]!;
    if (k > maxStates) {
      throw new EngineError(
        "space_too_large",
        `countAtLeast: more than ${maxStates} undecided partial sums after factor ${f}; exact counting is infeasible here`,
      );
    }
    ({ states, mult, n } = dedupe(next, nextMult, k, R, big));
    if (n === 0) break;
  }
  return count;
}

function distinctRows(
  utilities: Float64Array,
  size: number,
  SP: number,
  rel: readonly number[],
): { u: Float64Array; n: number; w: number[] } {
  const R = rel.length;
  const all = new Float64Array(size * R);
  for (let k = 0; k < size; k++) for (let q = 0; q < R; q++) all[k * R + q] = utilities[k * SP + rel[q]!]!;
  const { states, mult, n } = dedupe(all, new Array(size).fill(1), size, R, false);
  return { u: states, n, w: mult as number[] };
}

function dedupe(
  u: Float64Array,
  mult: (number | bigint)[],
  m: number,
  R: number,
  big: boolean,
): { states: Float64Array; mult: (number | bigint)[]; n: number } {
  const order = lexOrder(u, R, m);
  const states = new Float64Array(m * R);
  const out: (number | bigint)[] = [];
  let n = 0;
  for (const c of order) {
    let same = n > 0;
    for (let q = 0; q < R && same; q++) same = states[(n - 1) * R + q] === u[c * R + q];
    if (same) {
      out[n - 1] = big
        ? (out[n - 1] as bigint) + (mult[c] as bigint)
        : (out[n - 1] as number) + (mult[c] as number);
    } else {
      for (let q = 0; q < R; q++) states[n * R + q] = u[c * R + q]!;
      out[n++] = mult[c]!;
    }
  }
  return { states, mult: out, n };
}
