import type { FactoredSpace } from "../space/index.js";
import type { Bid } from "./partyView.js";

/** The option index of every issue (in space order) that a bid (one alternative per factor) selects. */
export function bidOutcome(space: FactoredSpace, bid: Bid): number[] {
  const out = new Array<number>(space.issues.length).fill(0);
  space.factors.forEach((f, fi) => {
    const J = f.issues.length;
    for (let j = 0; j < J; j++) out[f.issues[j]!] = f.choices[bid[fi]! * J + j]!;
  });
  return out;
}
