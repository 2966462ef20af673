import { EngineError } from "../../errors.js";
import type { PartyView } from "../partyView.js";
import type { Negotiator } from "../strategy.js";
import { concessionCurve } from "./concessionCurve.js";

/** The target utility of a time-dependent negotiator with exponent `e` at the view's time. */
export function timeDependentTarget(view: PartyView, e: number): number {
  const menu = view.menu();
  if (menu.size === 0) return Number.POSITIVE_INFINITY;
  const top = menu.utility(0);
  const floor = Math.min(
    top,
    Math.max(view.reservation ?? Number.NEGATIVE_INFINITY, menu.utility(menu.size - 1)),
  );
  return concessionCurve(view.time, e, top, floor);
}

/**
 * A time-dependent concession negotiator with exponent `e` > 0: it offers the efficient menu offer closest
 * above its target and accepts any offer worth at least its target (and its reservation value).
 */
export function timeDependent(e: number): Negotiator {
  if (!(e > 0) || !Number.isFinite(e)) throw new EngineError("invalid_argument", `invalid exponent: ${e}`);
  return {
    propose(view) {
      const menu = view.menu();
      return menu.bid(menu.atLeast(timeDependentTarget(view, e)));
    },
    respond(view, offer) {
      const u = view.utility(offer);
      if (view.reservation !== null && u < view.reservation) return "reject";
      return u >= timeDependentTarget(view, e) - 1e-12 ? "accept" : "reject";
    },
  };
}

/** Parses an optional positive exponent parameter. */
export function exponentParam(param: string | undefined, fallback: number): number {
  if (param === undefined || param === "") return fallback;
  const e = Number(param);
  if (!(e > 0) || !Number.isFinite(e))
    throw new EngineError("invalid_argument", `invalid exponent: ${param}`);
  return e;
}
