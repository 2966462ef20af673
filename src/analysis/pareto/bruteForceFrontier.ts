import { enumerateOutcomes } from "../../space/enumerateOutcomes.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import type { FrontierPoint } from "./frontierPoint.js";
import { compareDesc, type ParetoOptions } from "./paretoFrontier.js";
import { checkEpsilon, checkParties, tolerance } from "./tolerance.js";

/**
 * The Pareto frontier by brute force: enumerate every outcome (up to `limit`, default 1,000,000), then
 * keep the ε-non-dominated utility vectors, with the same ε-dominance and grouping as
 * {@link paretoFrontier}. It is the oracle of the tests and the baseline of the benchmarks: O(N·|F|)
 * after a lexicographic sort, independent of the factor structure.
 * @example
 * ```ts
 * bruteForceFrontier(space, { limit: 1e5 });
 * ```
 */
export function bruteForceFrontier(
  space: FactoredSpace,
  options: ParetoOptions & { limit?: number } = {},
): FrontierPoint[] {
  const epsilon = checkEpsilon(options.epsilon);
  const parties = checkParties(options.parties, space.parties.length);
  const all: { u: number[]; outcome: Int32Array }[] = [];
  for (const { outcome, utilities } of enumerateOutcomes(space, { limit: options.limit ?? 1_000_000 })) {
    all.push({ u: parties.map((p) => utilities[p]!), outcome });
  }
  all.sort((x, y) => compareDesc({ utilities: x.u }, { utilities: y.u }));
  const kept: { utilities: number[]; count: bigint; example: Int32Array; dead: boolean }[] = [];
  for (const c of all) {
    let fate: "new" | "equal" | "dominated" = "new";
    for (const k of kept) {
      if (k.dead) continue;
      const rel = relation(k.utilities, c.u, epsilon);
      if (rel === "equal") {
        k.count += 1n;
        fate = "equal";
        break;
      }
      if (rel === "dominates") {
        fate = "dominated";
        break;
      }
    }
    if (fate !== "new") continue;
    for (const k of kept) if (!k.dead && relation(c.u, k.utilities, epsilon) === "dominates") k.dead = true;
    kept.push({ utilities: c.u, count: 1n, example: c.outcome, dead: false });
  }
  return kept.filter((k) => !k.dead).map(({ utilities, count, example }) => ({ utilities, count, example }));
}

function relation(
  x: readonly number[],
  y: readonly number[],
  epsilon: number,
): "equal" | "dominates" | "none" {
  let gt = false;
  for (let p = 0; p < x.length; p++) {
    const t = tolerance(x[p]!, y[p]!, epsilon);
    if (x[p]! < y[p]! - t) return "none";
    if (x[p]! > y[p]! + t) gt = true;
  }
  return gt ? "dominates" : "equal";
}
