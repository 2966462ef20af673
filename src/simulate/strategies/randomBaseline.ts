import { EngineError } from "../../errors.js";
import type { StrategyFactory } from "../strategy.js";

/**
 * Random baseline: offers a uniformly random outcome of the agenda and accepts an offer with probability p
 * (`random:P`, default 0.5) when it is worth at least its reservation value; never otherwise.
 */
export const randomBaseline: StrategyFactory = (param) => {
  const p = param === undefined || param === "" ? 0.5 : Number(param);
  if (!(p >= 0 && p <= 1))
    throw new EngineError("invalid_argument", `invalid acceptance probability: ${param}`);
  return {
    propose: (view) => view.randomBid(),
    respond(view, offer) {
      if (view.reservation !== null && view.utility(offer) < view.reservation) return "reject";
      return view.rng.next() < p ? "accept" : "reject";
    },
  };
};
