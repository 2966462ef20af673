import { describe, expect, it } from "vitest";
import { rng } from "../../util/rng.js";
import { spaceDomain } from "../spaceDomain.js";
import { createNegotiator } from "../strategies/index.js";
import type { Negotiator } from "../strategy.js";
import { opposedSpace } from "../testDomains.js";
import { mediatedSingleText } from "./mediatedSingleText.js";

const domain = () => spaceDomain(opposedSpace(4, 5), { reservation: [0.3, 0.3] });

describe("mediatedSingleText(domain, setup)", () => {
  it("unanimous acceptance of the text is the agreement", () => {
    const yes: Negotiator = { propose: () => new Int32Array(4), respond: () => "accept" };
    const rec = mediatedSingleText(domain(), { maxRounds: 10, negotiators: [yes, yes], rng: rng(1) });
    expect(rec.end).toBe("agreement");
    expect(rec.rounds).toBe(1);
  });

  it("one veto blocks the text; the mediator keeps only changes no party reports worse", () => {
    const texts: number[][] = [];
    const watcher = (i: number): Negotiator => ({
      propose: () => new Int32Array(4),
      respond: (view, text) => {
        if (i === 0) texts.push([view.utility(text)]);
        return "reject";
      },
    });
    const d = domain();
    const rec = mediatedSingleText(d, {
      maxRounds: 30,
      negotiators: [watcher(0), watcher(1)],
      rng: rng(3),
      trace: true,
    });
    expect(rec.end).toBe("deadline");
    // with the default feedback (own utility) every accepted move is a Pareto improvement: no party's utility of the text falls
    const lines = (rec.trace ?? []).map((l) => JSON.parse(l)).filter((e) => e.type === "text");
    expect(lines.length).toBe(30);
    const utilities = lines.map((e) => {
      const bid = Int32Array.from(e.offer as number[]);
      return [0, 1].map((c) => d.space.factors.reduce((s, f, fi) => s + f.utilities[bid[fi]! * 2 + c]!, 0));
    });
    for (let r = 1; r < utilities.length; r++)
      for (const c of [0, 1]) expect(utilities[r]![c]!).toBeGreaterThanOrEqual(utilities[r - 1]![c]! - 1e-12);
  });

  it("moves the text toward a vetoing party while every accepting party still accepts it", () => {
    // opposed issues: every change is worse for one party, so Pareto moves alone never leave the first text
    const d = domain();
    const easy: Negotiator = { propose: () => new Int32Array(4), respond: () => "accept" };
    const demanding: Negotiator = {
      propose: () => new Int32Array(4),
      respond: (view, text) => (view.utility(text) >= 0.6 ? "accept" : "reject"),
    };
    const rec = mediatedSingleText(d, {
      maxRounds: 40,
      negotiators: [easy, demanding],
      rng: rng(2),
      trace: true,
    });
    expect(rec.end).toBe("agreement");
    expect(rec.utilities![1]!).toBeGreaterThanOrEqual(0.6);
    const first = JSON.parse(rec.trace!.find((l) => l.includes('"type":"text"'))!);
    const u = (c: number, o: number[]) =>
      d.space.factors.reduce((s, f, fi) => s + f.utilities[o[fi]! * 2 + c]!, 0);
    expect(u(1, first.offer)).toBeLessThan(0.6);
    // a party that would no longer accept blocks such moves: the pair never agrees
    const picky: Negotiator = {
      propose: () => new Int32Array(4),
      respond: (v, t) => (v.utility(t) >= 0.9 ? "accept" : "reject"),
    };
    const stuck = mediatedSingleText(d, { maxRounds: 40, negotiators: [picky, demanding], rng: rng(2) });
    expect(stuck.end).toBe("deadline");
  });

  it("time-dependent parties reach an agreement worth at least their reservation values", () => {
    const rec = mediatedSingleText(domain(), {
      maxRounds: 60,
      negotiators: [createNegotiator("conceder"), createNegotiator("linear")],
      rng: rng(5),
    });
    expect(rec.end).toBe("agreement");
    for (const u of rec.utilities ?? []) expect(u).toBeGreaterThanOrEqual(0.3);
  });

  it("the mediator exits when its patience runs out without progress", () => {
    const d = spaceDomain(opposedSpace(4, 5), {
      reservation: [0.3, 0.3],
      mediator: { party: "M", patience: { rounds: 2 } },
    });
    const no: Negotiator = { propose: () => new Int32Array(4), respond: () => "reject", compare: () => -1 };
    const rec = mediatedSingleText(d, { maxRounds: 30, negotiators: [no, no], rng: rng(1) });
    expect(rec.end).toBe("mediator_exit");
    expect(rec.rounds).toBe(3);
  });
});
