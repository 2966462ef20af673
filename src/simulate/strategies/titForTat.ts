import { EngineError } from "../../errors.js";
import type { PartyView } from "../partyView.js";
import type { StrategyFactory } from "../strategy.js";

/**
 * Relative tit-for-tat (after Faratin et al. 1998): reproduces, in proportion, the concession the others
 * made. When the latest offer of a party is worth more to this one than that party's offer `delta` rounds
 * before, it closed the share c = (u_now − u_before) / (top − u_before) of the gap to this party's best
 * outcome; this party then concedes the same share of its own remaining room: target −= c · (target − floor).
 * It starts at its best offer, never raises its target, never goes below its floor (reservation value or
 * worst menu offer), and accepts offers worth at least its target. `titForTat:D` sets delta (default 1).
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
      if (earlier && last.utility > earlier.utility && top > earlier.utility) {
        const share = Math.min(1, (last.utility - earlier.utility) / (top - earlier.utility));
        target -= share * (target - floor);
      }
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
