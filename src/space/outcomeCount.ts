import type { FactoredSpace } from "./factoredSpace.js";

/**
 * The exact number of outcomes of a space: the product of its factor sizes (1 for a space without
 * factors, 0 when some factor allows no alternative).
 * @example
 * ```ts
 * outcomeCount(space); // 390625n
 * ```
 */
export function outcomeCount(space: FactoredSpace): bigint {
  let n = 1n;
  for (const f of space.factors) n *= BigInt(f.size);
  return n;
}
