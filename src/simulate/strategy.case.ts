/**
 * The conformance suite every strategy runs through: it always proposes inside the outcome space (and on
 * the agenda), never accepts an offer below its reservation value — nor proposes one, since offering is
 * accepting, unless nothing reaches it — and is deterministic given a seed.
 * @module
 */
import { describe, expect, it } from "vitest";
import type { FactoredSpace } from "../space/index.js";
import { rng } from "../util/rng.js";
import type { NegotiationDomain } from "./negotiationDomain.js";
import { alternatingOffers } from "./protocols/index.js";
import { Session } from "./session.js";
import { spaceDomain } from "./spaceDomain.js";
import { createNegotiator } from "./strategies/index.js";
import type { StrategySpec } from "./strategy.js";
import { randomTestSpace } from "./testDomains.js";

const domains = (): NegotiationDomain[] =>
  [1, 2, 3, 4, 5].map((seed) => {
    const space: FactoredSpace = randomTestSpace(seed, seed === 5 ? 3 : 2);
    return spaceDomain(space, { reservation: space.parties.map((_, p) => 0.2 + 0.1 * ((seed + p) % 4)) });
  });

/** Runs the conformance suite on the strategy `spec`. */
export function strategyConformance(spec: StrategySpec, label = String(spec)): void {
  describe(`strategy ${label} (conformance)`, () => {
    it("propose(view) always returns an offer inside the outcome space, worth the reservation value", () => {
      for (const domain of domains()) {
        const session = new Session(domain, {
          maxRounds: 20,
          negotiators: domain.participants.map(() => createNegotiator(spec)),
          rng: rng(9),
        });
        for (let r = 0; r < 20; r++) {
          session.beginRound(r);
          domain.participants.forEach((_, i) => {
            const view = session.views[i]!;
            const bid = session.negotiators[i]!.propose(view);
            expect(session.invalid(bid)).toBeNull();
            // offering is accepting: never below the reservation value when the best offer reaches it
            if (view.reservation !== null && view.menu().utility(0) >= view.reservation)
              expect(view.utility(bid)).toBeGreaterThanOrEqual(view.reservation);
            session.offered(i, bid);
          });
        }
      }
    });

    it("respond(view, offer) never accepts an offer below the reservation value", () => {
      for (const domain of domains()) {
        const session = new Session(domain, {
          maxRounds: 10,
          negotiators: domain.participants.map(() => createNegotiator(spec)),
          rng: rng(3),
        });
        const random = rng(11);
        for (let r = 0; r < 10; r++) {
          session.beginRound(r);
          for (let t = 0; t < 40; t++) {
            const offer = Int32Array.from(domain.space.factors, (f) => random.int(f.size));
            domain.participants.forEach((c, i) => {
              const reply = session.negotiators[i]!.respond(session.views[i]!, offer);
              const reservation = domain.stateAt(null).reservation[c]!;
              if (reply === "accept") expect(session.utility(c, offer)).toBeGreaterThanOrEqual(reservation);
            });
          }
        }
      }
    });

    it("a session is deterministic given a seed", () => {
      for (const domain of domains()) {
        const play = () =>
          alternatingOffers(domain, {
            maxRounds: 30,
            negotiators: domain.participants.map(() => createNegotiator(spec)),
            rng: rng(42),
            trace: true,
          });
        expect(play()).toEqual(play());
      }
    });
  });
}
