import { domainMetrics, nearestDistance } from "./domainMetrics.js";
import type { DomainState, NegotiationDomain } from "./negotiationDomain.js";
import type { Bid } from "./partyView.js";

/** What an agreement is worth and how it stands against the red lines, the frontier and the Nash point. */
export interface AgreementFacts {
  /** Utility per participant. */
  utilities: number[];
  /** Participant ids whose red lines in force it breaches. */
  breaches: string[];
  /** Participant ids for whom it is worth less than their reservation value. */
  belowReservation: string[];
  paretoDistance: number | null;
  nashDistance: number | null;
}

/** The {@link AgreementFacts} of `agreement` on the domain state of the day it was reached. */
export function agreementFacts(
  domain: NegotiationDomain,
  state: DomainState,
  agreement: Bid,
): AgreementFacts {
  const { space, participants } = domain;
  const P = space.parties.length;
  const utilities = participants.map((c) => {
    let u = 0;
    for (let f = 0; f < space.factors.length; f++) u += space.factors[f]!.utilities[agreement[f]! * P + c]!;
    return u;
  });
  const breaches: string[] = [];
  const belowReservation: string[] = [];
  participants.forEach((c, i) => {
    const own = state.own[c]!;
    if (own.some((m, f) => m !== null && m[agreement[f]!] !== 1)) breaches.push(space.parties[c]!);
    const r = state.reservation[c];
    if (r !== null && r !== undefined && utilities[i]! < r - 1e-12) belowReservation.push(space.parties[c]!);
  });
  const m = domainMetrics(domain, state);
  return {
    utilities,
    breaches,
    belowReservation,
    paretoDistance: m.frontier ? nearestDistance(utilities, m.frontier) : null,
    nashDistance: m.nash ? nearestDistance(utilities, [m.nash]) : null,
  };
}
