import { describe, expect, it } from "vitest";
import { rng } from "../../util/rng.js";
import type { NegotiationDomain } from "../negotiationDomain.js";
import type { Bid, PartyView } from "../partyView.js";
import { Session } from "../session.js";
import { spaceDomain } from "../spaceDomain.js";
import { strategyConformance } from "../strategy.case.js";
import { opposedSpace } from "../testDomains.js";
import {
  concessionCurve,
  createNegotiator,
  curveExponents,
  redLineKeeper,
  strategies,
  timeDependentTarget,
} from "./index.js";

for (const name of Object.keys(strategies)) strategyConformance(name);
strategyConformance("redLineKeeper:random:0.9");
strategyConformance("conceder:2");

const domain = (): NegotiationDomain => spaceDomain(opposedSpace(4, 5), { reservation: [0.3, 0.3] });

/** The own utility of A's proposals in each round when B never accepts (a hardliner with an impossible bar). */
function curve(spec: string, rounds = 11): number[] {
  const d = domain();
  const session = new Session(d, {
    maxRounds: rounds,
    negotiators: [createNegotiator(spec), createNegotiator("hardliner")],
    rng: rng(1),
  });
  const out: number[] = [];
  for (let r = 0; r < rounds; r++) {
    session.beginRound(r);
    const bid = session.negotiators[0]!.propose(session.views[0]!);
    out.push(session.utility(0, bid));
    const reply = session.negotiators[1]!.propose(session.views[1]!);
    session.offered(1, reply);
  }
  return out;
}

describe("concession curves", () => {
  it("concessionCurve(t, e, top, floor) starts at top, ends at floor, and is monotone", () => {
    for (const e of [0.25, 1, 4]) {
      expect(concessionCurve(0, e, 0.9, 0.3)).toBeCloseTo(0.9, 12);
      expect(concessionCurve(1, e, 0.9, 0.3)).toBeCloseTo(0.3, 12);
      let prev = Number.POSITIVE_INFINITY;
      for (let t = 0; t <= 1; t += 0.05) {
        const v = concessionCurve(t, e, 0.9, 0.3);
        expect(v).toBeLessThanOrEqual(prev + 1e-12);
        prev = v;
      }
    }
  });

  it("boulware concedes less than linear, which concedes less than conceder, half-way through", () => {
    const at = (e: number) => concessionCurve(0.5, e, 1, 0);
    expect(at(curveExponents.boulware)).toBeCloseTo(1 - 0.5 ** 4, 12);
    expect(at(curveExponents.linear)).toBeCloseTo(0.5, 12);
    expect(at(curveExponents.boulware)).toBeGreaterThan(at(curveExponents.linear));
    expect(at(curveExponents.linear)).toBeGreaterThan(at(curveExponents.conceder));
  });

  it("time-dependent proposals follow the curve from the best offer down to the reservation value", () => {
    for (const name of ["boulware", "linear", "conceder"]) {
      const u = curve(name);
      expect(u[0]).toBeCloseTo(domainBest(), 9);
      for (let r = 1; r < u.length; r++) expect(u[r]!).toBeLessThanOrEqual(u[r - 1]! + 1e-12);
      expect(u.at(-1)!).toBeGreaterThanOrEqual(0.3);
      expect(u.at(-1)!).toBeLessThan(0.4);
    }
    const mid = (name: string) => curve(name)[5]!;
    expect(mid("boulware")).toBeGreaterThan(mid("linear"));
    expect(mid("linear")).toBeGreaterThan(mid("conceder"));
  });

  it("timeDependentTarget(view, e) is the curve between the best menu offer and the reservation value", () => {
    const d = domain();
    const session = new Session(d, {
      maxRounds: 11,
      negotiators: [createNegotiator("linear"), createNegotiator("linear")],
      rng: rng(1),
    });
    session.beginRound(5);
    const view = session.views[0]!;
    expect(timeDependentTarget(view, 1)).toBeCloseTo(
      concessionCurve(0.5, 1, view.menu().utility(0), 0.3),
      12,
    );
  });

  it("hardliner keeps offering its best offer", () => {
    const u = curve("hardliner");
    for (const x of u) expect(x).toBeCloseTo(domainBest(), 12);
  });

  it("titForTat concedes only when the other side concedes, in proportion", () => {
    const d = domain();
    const session = new Session(d, {
      maxRounds: 10,
      negotiators: [createNegotiator("titForTat"), createNegotiator("hardliner")],
      rng: rng(1),
    });
    const menuB = session.menu(1, false);
    const proposals: number[] = [];
    // B repeats one offer for three rounds (no concession), then concedes step by step.
    const offers = [0, 0, 0, 1, 2, 3].map((i) => menuB.bid(Math.min(i, menuB.size - 1)));
    offers.forEach((bid, r) => {
      session.beginRound(r);
      session.offered(1, bid);
      proposals.push(session.utility(0, session.negotiators[0]!.propose(session.views[0]!)));
    });
    expect(proposals[1]).toBeCloseTo(proposals[0]!, 12);
    expect(proposals[2]).toBeCloseTo(proposals[0]!, 12);
    expect(proposals[3]!).toBeLessThan(proposals[2]!);
    expect(proposals[5]!).toBeLessThan(proposals[3]!);
    // A concedes the share of its room that B's concession closed of A's gap (the proposal is the menu offer at or above the target)
    const uA = (bid: Bid) => session.utility(0, bid);
    const top = session.menu(0, false).utility(0);
    const share = (uA(offers[3]!) - uA(offers[2]!)) / (top - uA(offers[2]!));
    expect(proposals[3]!).toBeGreaterThanOrEqual(top - share * (top - 0.3) - 1e-9);
  });

  it("random proposes varied offers and accepts with the given probability above the reservation value", () => {
    const d = domain();
    const session = new Session(d, {
      maxRounds: 2,
      negotiators: [createNegotiator("random:0.3"), createNegotiator("random")],
      rng: rng(5),
    });
    session.beginRound(0);
    const seen = new Set<string>();
    let accepted = 0;
    const best = session.menu(0, false).bid(0);
    for (let t = 0; t < 2000; t++) {
      seen.add(session.negotiators[0]!.propose(session.views[0]!).join(","));
      if (session.negotiators[0]!.respond(session.views[0]!, best) === "accept") accepted++;
    }
    expect(seen.size).toBeGreaterThan(100);
    expect(accepted / 2000).toBeGreaterThan(0.25);
    expect(accepted / 2000).toBeLessThan(0.35);
  });
});

describe("redLineKeeper(inner)", () => {
  it("never offers nor accepts a breach of its own red lines, and reports breaching texts as worse", () => {
    const base = domain();
    const forbid = new Uint8Array([1, 1, 1, 0, 0]); // party A rules out options 3 and 4 of issue 0
    const state = base.stateAt(null);
    const own = [state.own[0]!.map((m, f) => (f === 0 ? forbid : m)), state.own[1]!];
    const d: NegotiationDomain = { ...base, stateAt: () => ({ ...state, key: "rl", own }) };
    for (const inner of ["boulware", "conceder", "random:1", "hardliner", "titForTat"]) {
      const keeper = createNegotiator(`redLineKeeper:${inner}`);
      const plain = createNegotiator(inner);
      const session = new Session(d, { maxRounds: 10, negotiators: [keeper, plain], rng: rng(2) });
      const random = rng(4);
      for (let r = 0; r < 10; r++) {
        session.beginRound(r);
        const view: PartyView = session.views[0]!;
        expect(view.breaches(keeper.propose(view))).toBe(false);
        for (let t = 0; t < 50; t++) {
          const offer = Int32Array.from(d.space.factors, (f) => random.int(f.size));
          if (view.breaches(offer)) expect(keeper.respond(view, offer)).toBe("reject");
        }
      }
      const ok = Int32Array.from([0, 0, 0, 0]);
      const bad = Int32Array.from([4, 0, 0, 0]);
      expect(keeper.compare!(session.views[0]!, bad, ok)).toBe(-1);
      expect(keeper.compare!(session.views[0]!, ok, bad)).toBe(1);
    }
  });

  it("replaces a breaching proposal of a custom inner strategy by a menu offer", () => {
    const base = domain();
    const state = base.stateAt(null);
    const own = [state.own[0]!.map((m, f) => (f === 1 ? new Uint8Array([0, 1, 1, 1, 1]) : m)), state.own[1]!];
    const d: NegotiationDomain = { ...base, stateAt: () => ({ ...state, key: "rl2", own }) };
    const keeper = redLineKeeper({ propose: () => Int32Array.from([4, 0, 4, 4]), respond: () => "accept" });
    const session = new Session(d, { maxRounds: 1, negotiators: [keeper, keeper], rng: rng(1) });
    session.beginRound(0);
    expect(session.views[0]!.breaches(keeper.propose(session.views[0]!))).toBe(false);
  });
});

function domainBest(): number {
  const d = domain();
  const s = new Session(d, {
    maxRounds: 1,
    negotiators: [createNegotiator("linear"), createNegotiator("linear")],
    rng: rng(1),
  });
  return s.menu(0, false).utility(0);
}

it("createNegotiator(spec) rejects unknown names and bad parameters", () => {
  expect(() => createNegotiator("nope")).toThrow(/unknown strategy: nope/);
  expect(() => createNegotiator("boulware:-1")).toThrow(/invalid exponent/);
  expect(() => createNegotiator("random:2")).toThrow(/invalid acceptance probability/);
  expect(() => createNegotiator("titForTat:0")).toThrow(/invalid delta/);
  expect(() => createNegotiator("redLineKeeper:nope")).toThrow(/unknown strategy/);
});
