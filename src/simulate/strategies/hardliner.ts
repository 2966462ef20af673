import { EngineError } from "../../errors.js";
import type { StrategyFactory } from "../strategy.js";

/** Hardliner: always offers its best menu offer and accepts only offers worth as much (takes no parameter). */
export const hardliner: StrategyFactory = (param) => {
  if (param !== undefined && param !== "")
    throw new EngineError("invalid_argument", `invalid parameter: ${param}`);
  return {
    propose: (view) => view.menu().bid(0),
    respond(view, offer) {
      const menu = view.menu();
      if (menu.size === 0) return "reject";
      const u = view.utility(offer);
      if (view.reservation !== null && u < view.reservation) return "reject";
      return u >= menu.utility(0) - 1e-12 ? "accept" : "reject";
    },
  };
};
