import type { FeasibilityOracle } from "./feasibilityOracle.js";

/**
 * Shrinks an infeasible set of positions to a minimal one (deletion-based: drop each position in turn and keep
 * it out while the rest stays infeasible). Every position of the result is necessary for the conflict.
 */
export function shrinkCore(
  oracle: FeasibilityOracle,
  infeasible: readonly number[],
  total: number,
): number[] {
  const enforced = new Uint8Array(total);
  for (const i of infeasible) enforced[i] = 1;
  const core: number[] = [];
  for (const i of [...infeasible].reverse()) {
    enforced[i] = 0;
    if (oracle.feasible(enforced)) {
      enforced[i] = 1;
      core.push(i);
    }
  }
  return core.sort((a, b) => a - b);
}
