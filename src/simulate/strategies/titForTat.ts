import { EngineError } from "../../errors.js";
import type { PartyView } from "../partyView.js";
import type { StrategyFactory } from "../strategy.js";

/**
 * Relative tit-for-tat (Faratin et al. 1998): reproduces, in proportion, the concession the others made.
 * When the latest offers received are worth more to this party than the ones `delta` rounds before (by the
 * ratio u_before / u_now < 1), its own target is multiplied by that ratio; it never raises its target and
 * never goes below its floor (reservation value or worst menu offer). `titForTat:D` sets delta (default 1).
 * It accepts offers worth at least its current target.
 */
export const titForTat: StrategyFactory = (param) => {
  const delta = param === undefined || param === "" ? 1 : Number(param);
  if (!Number.isInteger(delta) || delta < 1)
    throw new EngineError("invalid_argument", `invalid delta: ${param}`);
  let target = Number.NaN;
  let seen = 0;
  const update = (view: PartyView) => {
    const menu = view.menu();
    if (menu.size === 0) return Number.POSITIVE_INFINITY;
    const top = menu.utility(0);
    const floor = Math.min(
      top,
      Math.max(view.reservation ?? Number.NEGATIVE_INFINITY, menu.utility(menu.size - 1)),
    );
    if (Number.isNaN(target)) target = top;
    const rec = view.received;
    if (rec.length > seen) {
      seen = rec.length;
      const last = rec[rec.length - 1]!;
      const earlier = [...rec].reverse().find((r) => r.party === last.party && r.round <= last.round - delta);
      if (earlier && last.utility > earlier.utility && last.utility > 0)
        target = Math.max(floor, target * (earlier.utility / last.utility));
    }
    target = Math.max(floor, Math.min(target, top));
    return target;
  };
  return {
    propose(view) {
      const menu = view.menu();
      return menu.bid(menu.atLeast(update(view)));
    },
    respond(view, offer) {
      const u = view.utility(offer);
      if (view.reservation !== null && u < view.reservation) return "reject";
      return u >= update(view) - 1e-12 ? "accept" : "reject";
    },
  };
};
