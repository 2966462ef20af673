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
  // the target only changes with the clock, the menu and the reservation value: memoise it
  let at = Number.NaN;
  let menuAt: unknown;
  let reservationAt: number | null = null;
  let value = 0;
  const target = (view: PartyView) => {
    const menu = view.menu();
    if (view.time !== at || menu !== menuAt || view.reservation !== reservationAt) {
      at = view.time;
      menuAt = menu;
      reservationAt = view.reservation;
      value = timeDependentTarget(view, e);
    }
    return value;
  };
  return {
    propose(view) {
      const menu = view.menu();
      return menu.bid(menu.atLeast(target(view)));
    },
    respond(view, offer) {
      const u = view.utility(offer);
      if (view.reservation !== null && u < view.reservation) return "reject";
      return u >= target(view) - 1e-12 ? "accept" : "reject";
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
