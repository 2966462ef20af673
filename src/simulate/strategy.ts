/**
 * The strategy interface: a factory of negotiators, one per party and session. Users implement it to add
 * their own strategies ("name or function" extension point: `strategies: {UA: "boulware", RU: myFactory}`).
 * @module
 */
import type { Bid, PartyView } from "./partyView.js";

/** A reply to an offer or a single text: accept it, reject it (veto), or end the negotiation (walk away). */
export type Response = "accept" | "reject" | "end";

/** One party's negotiating behaviour within one session. */
export interface Negotiator {
  /** The offer to make now (alternating offers). Must be inside the outcome space and on the agenda. */
  propose(view: PartyView): Bid;
  /** The reply to `offer` (an offer on the table, or the mediator's text). */
  respond(view: PartyView, offer: Bid): Response;
  /**
   * Mediated protocol feedback: is `candidate` better (1), as good (0) or worse (-1) than `current` for this
   * party? Default: compare own utilities.
   */
  compare?(view: PartyView, candidate: Bid, current: Bid): -1 | 0 | 1;
}

/** Creates a fresh negotiator; `param` is the text after the first `:` of `NAME:PARAM`, if any. */
export type StrategyFactory = (param?: string) => Negotiator;

/** A strategy given by name (`"boulware"`, `"conceder:3"`, `"redLineKeeper:linear"`) or as a factory. */
export type StrategySpec = string | StrategyFactory;
