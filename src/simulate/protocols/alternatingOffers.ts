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
  const watched = session.tracksProgress;
  const offers: Bid[] = [];
  for (let r = 0; r < setup.maxRounds; r++) {
    const status = session.beginRound(r);
    if (status === "mediator_exit") return session.finish("mediator_exit", null);
    if (status === "blocked") {
      table = null;
      if (session.endRound([])) return session.finish("mediator_exit", null);
      continue;
    }
    offers.length = 0;
    for (let i = 0; i < N; i++) {
      if (table === null) {
        table = session.propose(i);
        if (table === null) return session.finish("error", null);
        if (watched) offers.push(table);
        accepts = 1;
      } else {
        const reply = session.respond(i, table);
        if (reply === null) return session.finish("error", null);
        if (reply === "end") return session.finish("walk_away", null);
        if (reply === "accept") {
          accepts++;
        } else {
          table = session.propose(i);
          if (table === null) return session.finish("error", null);
          if (watched) offers.push(table);
          accepts = 1;
        }
      }
      if (accepts >= N && table !== null) return session.finish("agreement", table);
    }
    if (session.endRound(offers)) return session.finish("mediator_exit", null);
  }
  return session.finish("deadline", null);
}
