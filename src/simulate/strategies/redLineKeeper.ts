import type { PartyView } from "../partyView.js";
import type { Negotiator } from "../strategy.js";

/**
 * Wraps a negotiator so that it never offers nor accepts a breach of its own red lines in force: the inner
 * negotiator sees menus and random offers restricted to them, a breaching offer is rejected, a breaching
 * text is reported as worse, and a breaching proposal of a custom inner strategy is replaced by the nearest
 * menu offer (by own utility).
 */
export function redLineKeeper(inner: Negotiator): Negotiator {
  const keep = (view: PartyView): PartyView =>
    view.keepsRedLines ? view : Object.create(view, { keepsRedLines: { value: true } });
  return {
    propose(view) {
      const kept = keep(view);
      const bid = inner.propose(kept);
      if (!view.breaches(bid)) return bid;
      const menu = kept.menu();
      return menu.bid(menu.atLeast(view.utility(bid)));
    },
    respond(view, offer) {
      if (view.breaches(offer)) return "reject";
      return inner.respond(keep(view), offer);
    },
    compare(view, candidate, current) {
      const a = view.breaches(candidate);
      const b = view.breaches(current);
      if (a !== b) return a ? -1 : 1;
      if (inner.compare) return inner.compare(keep(view), candidate, current);
      const d = view.utility(candidate) - view.utility(current);
      return d > 1e-12 ? 1 : d < -1e-12 ? -1 : 0;
    },
  };
}
