import { paretoFrontier } from "../analysis/pareto/index.js";
import type { Factor, FactoredSpace } from "../space/index.js";

/**
 * A party's menu of efficient offers, sorted by its own utility (best first): the Pareto frontier of (own
 * utility, sum of the other participants' utilities) over the allowed alternatives. Every menu outcome is
 * Pareto-efficient among the participants within the allowed set. The strategy sees outcomes and its own
 * utilities only; the frontier is computed by the mechanism with the exact kernel (never by enumeration).
 */
export interface OfferMenu {
  /** Number of offers. */
  readonly size: number;
  /** Own utility of offer i (non-increasing in i). */
  utility(i: number): number;
  /** Offer i: the alternative index chosen in each factor of the domain space. */
  bid(i: number): Int32Array;
  /** Index of the offer with the lowest own utility ≥ `target` (0 when none reaches it). */
  atLeast(target: number): number;
}

/**
 * Builds the {@link OfferMenu} of column `self` among `participants`, over the alternatives allowed by
 * `masks` (null: all), with the exact 2-D Pareto merge.
 */
export function offerMenu(
  space: FactoredSpace,
  self: number,
  participants: readonly number[],
  masks: readonly (Uint8Array | null)[],
): OfferMenu {
  const P = space.parties.length;
  const others = participants.filter((c) => c !== self);
  const factors: Factor[] = space.factors.map((f, fi) => {
    const mask = masks[fi];
    const keep: number[] = [];
    for (let k = 0; k < f.size; k++) if (!mask || mask[k] === 1) keep.push(k);
    const utilities = new Float64Array(keep.length * 2);
    keep.forEach((k, n) => {
      utilities[2 * n] = f.utilities[k * P + self]!;
      let s = 0;
      for (const o of others) s += f.utilities[k * P + o]!;
      utilities[2 * n + 1] = s;
    });
    return { issues: [fi], size: keep.length, choices: Int32Array.from(keep), utilities };
  });
  const derived: FactoredSpace = {
    issues: space.factors.map((f, fi) => ({ id: `f${fi}`, options: Array.from({ length: f.size }, String) })),
    parties: ["self", "others"],
    factors,
  };
  const frontier = paretoFrontier(derived);
  const rows = frontier
    .map((p) => ({ u: ownUtility(space, self, p.example), bid: p.example }))
    .sort((a, b) => b.u - a.u);
  const utilities = Float64Array.from(rows, (r) => r.u);
  const bids = rows.map((r) => r.bid);
  return {
    size: bids.length,
    utility: (i) => utilities[i]!,
    bid: (i) => bids[i]!,
    atLeast(target) {
      // utilities are non-increasing: the last index with utility ≥ target
      let lo = 0;
      let hi = utilities.length - 1;
      if (hi < 0 || utilities[0]! < target) return 0;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (utilities[mid]! >= target) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

function ownUtility(space: FactoredSpace, column: number, bid: Int32Array): number {
  const P = space.parties.length;
  let u = 0;
  for (let f = 0; f < bid.length; f++) u += space.factors[f]!.utilities[bid[f]! * P + column]!;
  return u;
}
