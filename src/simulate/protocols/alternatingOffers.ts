import type { NegotiationDomain } from "../negotiationDomain.js";
import type { Bid } from "../partyView.js";
import { Session, type SessionSetup } from "../session.js";
import type { SessionRecord } from "../sessionState.js";

/**
 * Stacked alternating offers for N parties (negmas SAOMechanism, GENIUS StackedAlternatingOffersProtocol).
 * In each round the participants move in turn order. The first mover proposes; every later mover responds
 * to the offer on the table: `accept`, `reject` (and then make its own offer, which replaces it), or `end`
 * (walk away: the session ends without agreement). Making an offer counts as accepting it. An offer that
 * all N participants have accepted (its proposer and the N − 1 who followed) is the agreement. The offer
 * on the table carries over from round to round; the deadline is `maxRounds` rounds. Rounds in which talks
 * are blocked (unmet preconditions, a withdrawn party) pass without moves and clear the table; the mediator,
 * if any, exits after its patience without progress.
 */
export function alternatingOffers(domain: NegotiationDomain, setup: SessionSetup): SessionRecord {
  const session = new Session(domain, setup);
  const N = domain.participants.length;
  let table: Bid | null = null;
  let accepts = 0;
  const propose = (i: number): Bid | null => {
    if (session.menu(i, false).size === 0) {
      session.fail(i, "no_offer", "the agenda leaves no offer to make");
      return null;
    }
    const bid = session.call(i, () => session.negotiators[i]!.propose(session.views[i]!));
    if (bid === undefined) return null;
    const problem = session.invalid(bid);
    if (problem) {
      session.fail(i, "invalid_offer", problem);
      return null;
    }
    session.offered(i, bid);
    session.emit({ type: "offer", party: session.party(i), offer: session.outcome(bid) });
    return bid;
  };
  for (let r = 0; r < setup.maxRounds; r++) {
    const status = session.beginRound(r);
    if (status === "mediator_exit") return session.finish("mediator_exit", null);
    if (status === "blocked") {
      table = null;
      if (session.endRound([])) return session.finish("mediator_exit", null);
      continue;
    }
    const offers: Bid[] = [];
    for (let i = 0; i < N; i++) {
      if (table === null) {
        table = propose(i);
        if (table === null) return session.finish("error", null);
        offers.push(table);
        accepts = 1;
      } else {
        const offer: Bid = table;
        const reply = session.call(i, () => session.negotiators[i]!.respond(session.views[i]!, offer));
        if (reply === undefined) return session.finish("error", null);
        session.emit({ type: reply, party: session.party(i) });
        if (reply === "end") return session.finish("walk_away", null);
        if (reply === "accept") {
          accepts++;
        } else {
          table = propose(i);
          if (table === null) return session.finish("error", null);
          offers.push(table);
          accepts = 1;
        }
      }
      if (accepts >= N && table !== null) return session.finish("agreement", table);
    }
    if (session.endRound(offers)) return session.finish("mediator_exit", null);
  }
  return session.finish("deadline", null);
}
