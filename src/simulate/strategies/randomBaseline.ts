import { EngineError } from "../../errors.js";
import type { StrategyFactory } from "../strategy.js";

/**
 * Random baseline: offers a uniformly random outcome of the agenda worth at least its reservation value (up
 * to 100 draws, then its best menu offer: making an offer accepts it) and accepts an offer with probability
 * p (`random:P`, default 0.5) when it is worth at least its reservation value; never otherwise.
 */
export const randomBaseline: StrategyFactory = (param) => {
  const p = param === undefined || param === "" ? 0.5 : Number(param);
  if (!(p >= 0 && p <= 1))
    throw new EngineError("invalid_argument", `invalid acceptance probability: ${param}`);
  return {
    propose(view) {
      // an offer is an acceptance: draw until it is worth the reservation value, else offer the best
      const r = view.reservation;
      for (let t = 0; t < 100; t++) {
        const bid = view.randomBid();
        if (r === null || view.utility(bid) >= r) return bid;
      }
      return view.menu().bid(0);
    },
    respond(view, offer) {
      if (view.reservation !== null && view.utility(offer) < view.reservation) return "reject";
      return view.rng.next() < p ? "accept" : "reject";
    },
  };
};
