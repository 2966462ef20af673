import type { FactoredSpace } from "../../space/factoredSpace.js";
import { outcomeCount } from "../../space/outcomeCount.js";
import { type CountOptions, countAtLeast } from "../pareto/countAtLeast.js";

/** The outcomes acceptable to every party. */
export interface RationalCount {
  /** Exact number of outcomes with u_p ≥ r_p for every party p. */
  count: bigint;
  /** Number of outcomes of the space. */
  total: bigint;
  /** count / total as a float (0 for an empty space). */
  fraction: number;
}

/**
 * The exact count and fraction of outcomes acceptable to all parties (u_p ≥ r_p, relative tolerance
 * 1e-9), by counting with {@link countAtLeast}, not by enumeration. Note that NegMAS's
 * `rational_fraction` uses a strict inequality.
 * @example
 * ```ts
 * rationalCount(space, [0.5, 0.4]); // { count: 1234n, total: 390625n, fraction: 0.00316 }
 * ```
 */
export function rationalCount(
  space: FactoredSpace,
  reservation: readonly number[],
  options: CountOptions = {},
): RationalCount {
  const count = countAtLeast(space, reservation, options);
  const total = outcomeCount(space);
  return { count, total, fraction: ratio(count, total) };
}

function ratio(a: bigint, b: bigint): number {
  if (b === 0n) return 0;
  const shift = BigInt(Math.max(0, b.toString(2).length - 1000));
  return Number(a >> shift) / Number(b >> shift);
}
