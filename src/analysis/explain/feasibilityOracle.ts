/**
 * The exact feasibility test behind every explanation: can all the enforced positions hold at once? Hard
 * positions filter each constraint group's joint alternatives; enforced reservation positions become
 * utility thresholds checked exactly over the factored space (no sampling).
 * @module
 */
import type { CompiledScenario } from "../../preferences/index.js";
import { type Factor, type FactoredSpace, selectAlternatives } from "../../space/index.js";
import { findOutcomeAtLeast } from "../pareto/index.js";

/** A memoising feasibility test over subsets of a compiled scenario's positions. */
export interface FeasibilityOracle {
  /** True when some outcome satisfies every position `i` with `enforced[i] === 1`. */
  feasible(enforced: Uint8Array): boolean;
  /** The space in which only the enforced hard positions hold (reservations are not applied). */
  space(enforced: Uint8Array): FactoredSpace;
  /** Utility thresholds of the enforced reservation positions (`-Infinity` for the others). */
  thresholds(enforced: Uint8Array): number[];
  /** Number of distinct feasibility questions answered. */
  readonly calls: number;
}

/** Creates the oracle for `compiled`; factors are cached per group and per set of active positions. */
export function feasibilityOracle(compiled: CompiledScenario): FeasibilityOracle {
  const P = compiled.parties.length;
  const factorCache = new Map<string, Factor>();
  const answers = new Map<string, boolean>();
  const factorOf = (g: number, enforced: Uint8Array): Factor => {
    const group = compiled.groups[g]!;
    const active = group.positions.map((p, j) => (enforced[p] === 1 ? j : -1)).filter((j) => j >= 0);
    const key = `${g}:${active.join(",")}`;
    let factor = factorCache.get(key);
    if (!factor) {
      const keep: number[] = [];
      for (let k = 0; k < group.size; k++)
        if (active.every((j) => group.satisfied[j]![k] === 1)) keep.push(k);
      factor = selectAlternatives(group, keep, P);
      factorCache.set(key, factor);
    }
    return factor;
  };
  const space = (enforced: Uint8Array): FactoredSpace => ({
    issues: compiled.issues,
    parties: compiled.parties,
    factors: compiled.groups.map((_, g) => factorOf(g, enforced)),
  });
  const thresholds = (enforced: Uint8Array): number[] => {
    const t = new Array<number>(P).fill(Number.NEGATIVE_INFINITY);
    for (const pos of compiled.positions)
      if (pos.threshold !== undefined && enforced[pos.index] === 1) t[pos.partyIndex] = pos.threshold;
    return t;
  };
  let calls = 0;
  return {
    feasible(enforced) {
      const key = enforced.join("");
      const known = answers.get(key);
      if (known !== undefined) return known;
      calls++;
      const s = space(enforced);
      const answer =
        !s.factors.some((f) => f.size === 0) && findOutcomeAtLeast(s, thresholds(enforced)) !== null;
      answers.set(key, answer);
      return answer;
    },
    space,
    thresholds,
    get calls() {
      return calls;
    },
  };
}
