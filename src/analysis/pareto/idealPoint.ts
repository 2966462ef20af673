import { EngineError } from "../../errors.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";

function extreme(space: FactoredSpace, party: number, sign: 1 | -1): number {
  if (!Number.isInteger(party) || party < 0 || party >= space.parties.length) {
    throw new EngineError("invalid_argument", `invalid party: ${party}`);
  }
  const P = space.parties.length;
  let total = 0;
  for (const f of space.factors) {
    if (f.size === 0) return Number.NaN;
    let best = f.utilities[party]! * sign;
    for (let k = 1; k < f.size; k++) best = Math.max(best, f.utilities[k * P + party]! * sign);
    total += best * sign;
  }
  return total;
}

/**
 * The highest utility `party` reaches over all outcomes: the sum of the factor maxima (exact for additive
 * utilities). NaN when the space has no outcome (an empty factor).
 * @example
 * ```ts
 * maxUtility(space, 0); // 1
 * ```
 */
export function maxUtility(space: FactoredSpace, party: number): number {
  return extreme(space, party, 1);
}

/** The lowest utility `party` gets over all outcomes (sum of factor minima); NaN when there is no outcome. */
export function minUtility(space: FactoredSpace, party: number): number {
  return extreme(space, party, -1);
}

/** The ideal (utopia) point: every party's {@link maxUtility}, in party order. */
export function idealPoint(space: FactoredSpace): number[] {
  return space.parties.map((_, p) => maxUtility(space, p));
}
