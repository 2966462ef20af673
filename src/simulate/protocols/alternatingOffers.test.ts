import { describe, expect, it } from "vitest";
import { independentFactor } from "../../space/index.js";
import { rng } from "../../util/rng.js";
import { spaceDomain } from "../spaceDomain.js";
import type { Negotiator, Response } from "../strategy.js";
import { opposedSpace } from "../testDomains.js";
import { alternatingOffers } from "./alternatingOffers.js";

/** A scripted negotiator: always proposes `bid`, replies from the list (then "reject"), and logs its calls. */
function scripted(bid: number[], replies: Response[], log: string[], name: string): Negotiator {
  let n = 0;
  return {
    propose: () => {
      log.push(`${name}:propose`);
      return Int32Array.from(bid);
    },
    respond: () => {
      const r = replies[n++] ?? "reject";
      log.push(`${name}:${r}`);
      return r;
    },
  };
}

const bilateral = () => spaceDomain(opposedSpace(2, 3), { reservation: [0, 0] });
const trilateral = () =>
  spaceDomain(
    {
      issues: [{ id: "x", options: ["a", "b"] }],
      parties: ["A", "B", "C"],
      factors: [
        independentFactor(0, [
          [1, 0],
          [0, 1],
          [0.5, 0.5],
        ]),
      ],
    },
    { reservation: [0, 0, 0] },
  );

describe("alternatingOffers(domain, setup)", () => {
  it("the first mover proposes and an accepted offer is the agreement (offering is accepting)", () => {
    const log: string[] = [];
    const rec = alternatingOffers(bilateral(), {
      maxRounds: 5,
      negotiators: [scripted([1, 2], [], log, "A"), scripted([0, 0], ["accept"], log, "B")],
      rng: rng(1),
    });
    expect(log).toEqual(["A:propose", "B:accept"]);
    expect(rec.end).toBe("agreement");
    expect(rec.rounds).toBe(1);
    expect(rec.outcome).toEqual([1, 2]);
  });

  it("a rejection comes with a counter-offer that replaces the offer on the table, across rounds", () => {
    const log: string[] = [];
    const rec = alternatingOffers(bilateral(), {
      maxRounds: 5,
      negotiators: [scripted([2, 2], ["reject", "accept"], log, "A"), scripted([0, 0], ["reject"], log, "B")],
      rng: rng(1),
    });
    // round 1: A proposes, B rejects and counters; round 2: A rejects B's offer and counters, B rejects and counters; round 3: A accepts
    expect(log).toEqual([
      "A:propose",
      "B:reject",
      "B:propose",
      "A:reject",
      "A:propose",
      "B:reject",
      "B:propose",
      "A:accept",
    ]);
    expect(rec.end).toBe("agreement");
    expect(rec.outcome).toEqual([0, 0]);
    expect(rec.rounds).toBe(3);
  });

  it("with N parties an offer needs every other party's acceptance in a row", () => {
    const log: string[] = [];
    const rec = alternatingOffers(trilateral(), {
      maxRounds: 3,
      negotiators: [
        scripted([0], ["accept"], log, "A"),
        scripted([1], ["accept", "accept"], log, "B"),
        scripted([1], ["reject"], log, "C"),
      ],
      rng: rng(1),
    });
    // A proposes a; B accepts; C rejects and proposes b; (round 2) A accepts; B accepts → all three hold b.
    expect(log).toEqual(["A:propose", "B:accept", "C:reject", "C:propose", "A:accept", "B:accept"]);
    expect(rec.end).toBe("agreement");
    expect(rec.outcome).toEqual([1]);
  });

  it("ends without agreement at the deadline, or when a party walks away", () => {
    const log: string[] = [];
    const deadline = alternatingOffers(bilateral(), {
      maxRounds: 4,
      negotiators: [scripted([2, 2], [], log, "A"), scripted([0, 0], [], log, "B")],
      rng: rng(1),
    });
    expect(deadline.end).toBe("deadline");
    expect(deadline.rounds).toBe(4);
    expect(deadline.outcome).toBeNull();
    const walk = alternatingOffers(bilateral(), {
      maxRounds: 4,
      negotiators: [scripted([2, 2], [], [], "A"), scripted([0, 0], ["reject", "end"], [], "B")],
      rng: rng(1),
    });
    expect(walk.end).toBe("walk_away");
    expect(walk.rounds).toBe(2);
  });

  it("records an invalid offer or a throwing strategy as the session's error instead of crashing", () => {
    const outside = alternatingOffers(bilateral(), {
      maxRounds: 4,
      negotiators: [scripted([7, 0], [], [], "A"), scripted([0, 0], [], [], "B")],
      rng: rng(1),
    });
    expect(outside.end).toBe("error");
    expect(outside.error).toMatchObject({ party: "A", code: "invalid_offer" });
    const throwing = alternatingOffers(bilateral(), {
      maxRounds: 4,
      negotiators: [
        scripted([0, 0], [], [], "A"),
        {
          propose: () => Int32Array.from([0, 0]),
          respond: () => {
            throw new Error("boom");
          },
        },
      ],
      rng: rng(1),
    });
    expect(throwing.end).toBe("error");
    expect(throwing.error).toEqual({ party: "B", code: "strategy_error", message: "boom" });
  });

  it("the mediator exits after `patience.rounds` rounds without progress", () => {
    const domain = spaceDomain(opposedSpace(2, 3), {
      reservation: [0, 0],
      mediator: { party: "M", patience: { rounds: 3 } },
    });
    const rec = alternatingOffers(domain, {
      maxRounds: 50,
      negotiators: [scripted([2, 2], [], [], "A"), scripted([0, 0], [], [], "B")],
      rng: rng(1),
      trace: true,
    });
    // round 1 makes progress (first offers); rounds 2, 3, 4 repeat them: the mediator leaves after round 4
    expect(rec.end).toBe("mediator_exit");
    expect(rec.rounds).toBe(4);
    expect(rec.trace?.at(-2)).toContain('"type":"mediator_exit"');
    const patient = alternatingOffers(domain, {
      maxRounds: 50,
      negotiators: [scripted([2, 2], [], [], "A"), scripted([0, 0], [], [], "B")],
      rng: rng(1),
      patience: null,
    });
    expect(patient.end).toBe("deadline");
  });
});
