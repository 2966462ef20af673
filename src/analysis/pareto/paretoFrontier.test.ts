import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { independentFactor } from "../../space/independentFactor.js";
import { randomSpace } from "../../space/randomSpace.js";
import { rng } from "../../util/rng.js";
import { expectSameFrontier, spaceArb } from "./arbitrarySpace.testkit.js";
import { bruteForceFrontier } from "./bruteForceFrontier.js";
import { paretoFrontier } from "./paretoFrontier.js";

describe("paretoFrontier", () => {
  it("paretoFrontier(space) equals the brute-force frontier (utilities, counts, examples)", () => {
    fc.assert(
      fc.property(spaceArb, (space) => {
        expectSameFrontier(space, paretoFrontier(space), bruteForceFrontier(space));
      }),
      { numRuns: 300 },
    );
  });

  it("paretoFrontier(space, {plan}) gives the same frontier with either merge order", () => {
    fc.assert(
      fc.property(spaceArb, fc.constantFrom("balanced" as const, "sequential" as const), (space, plan) => {
        expectSameFrontier(space, paretoFrontier(space, { plan }), bruteForceFrontier(space));
      }),
      { numRuns: 150 },
    );
  });

  it("paretoFrontier(space, {atLeast}) is the brute-force frontier restricted to the thresholds", () => {
    fc.assert(
      fc.property(spaceArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), (space, level, seq) => {
        const all = bruteForceFrontier(space);
        const max = space.parties.map((_, p) =>
          all.reduce((m, x) => Math.max(m, x.utilities[p]!), Number.NEGATIVE_INFINITY),
        );
        const atLeast = max.map((m, p) => (p === 1 ? Number.NEGATIVE_INFINITY : m * level));
        const expected = all.filter((x) =>
          x.utilities.every((u, p) => u >= atLeast[p]! - 1e-9 * Math.max(1, Math.abs(atLeast[p]!))),
        );
        const plan = seq ? "sequential" : "balanced";
        expectSameFrontier(space, paretoFrontier(space, { atLeast, plan }), expected);
      }),
      { numRuns: 200 },
    );
  });

  it("paretoFrontier(space, {parties: []}) is one point counting every outcome", () => {
    const space = randomSpace(rng(4), { factors: 3, maxOptions: 3, fixedOptions: true });
    const frontier = paretoFrontier(space, { parties: [] });
    expect(frontier.map((p) => [p.utilities, p.count])).toEqual([[[], 27n]]);
  });

  it("paretoFrontier(space, {parties}) analyses the chosen columns in the given order", () => {
    fc.assert(
      fc.property(spaceArb, fc.nat(), (space, pick) => {
        const P = space.parties.length;
        const parties = P >= 2 ? [(pick + 1) % P, pick % P] : [0];
        expectSameFrontier(
          space,
          paretoFrontier(space, { parties }),
          bruteForceFrontier(space, { parties }),
          parties,
        );
      }),
      { numRuns: 150 },
    );
  });

  it("paretoFrontier(space) keeps every outcome of a tied vector in the count", () => {
    const space: FactoredSpace = {
      issues: [
        { id: "a", options: ["x", "y"] },
        { id: "b", options: ["x", "y"] },
      ],
      parties: ["p", "q"],
      factors: [
        independentFactor(0, [
          [1, 1],
          [0, 0],
        ]),
        independentFactor(1, [
          [0, 1],
          [1, 0],
        ]),
      ],
    };
    const frontier = paretoFrontier(space);
    expect(frontier).toHaveLength(2);
    expect(frontier.map((p) => p.count)).toEqual([2n, 2n]);
    expect(frontier.map((p) => p.utilities)).toEqual([
      [2, 0],
      [1, 1],
    ]);
  });

  it("paretoFrontier(space) treats vectors within ε as one point", () => {
    const space: FactoredSpace = {
      issues: [{ id: "a", options: ["x", "y", "z"] }],
      parties: ["p", "q"],
      factors: [
        independentFactor(0, [
          [0.3, 0.1 + 0.2, 0.2],
          [0.5, 0.5, 0.4],
        ]),
      ],
    };
    const frontier = paretoFrontier(space);
    expect(frontier).toHaveLength(1);
    expect(frontier[0]!.count).toBe(2n);
    expect(paretoFrontier(space, { epsilon: 0 })).toHaveLength(1);
  });

  it("paretoFrontier(space) is exact on a 10^100-outcome space without enumerating it", () => {
    const space = randomSpace(rng(1), { factors: 100, maxOptions: 10, fixedOptions: true, weighted: true });
    const frontier = paretoFrontier(space);
    expect(frontier.length).toBeGreaterThan(100);
    for (let i = 1; i < frontier.length; i++) {
      expect(frontier[i]!.utilities[0]!).toBeLessThan(frontier[i - 1]!.utilities[0]!);
      expect(frontier[i]!.utilities[1]!).toBeGreaterThan(frontier[i - 1]!.utilities[1]!);
    }
  });

  it("paretoFrontier(space) returns [] when a factor allows nothing, and rejects bad options", () => {
    const space: FactoredSpace = {
      issues: [{ id: "a", options: ["x"] }],
      parties: ["p"],
      factors: [{ issues: [0], size: 0, choices: new Int32Array(0), utilities: new Float64Array(0) }],
    };
    expect(paretoFrontier(space)).toEqual([]);
    expect(() => paretoFrontier(space, { epsilon: -1 })).toThrow(/invalid epsilon: -1/);
    expect(() => paretoFrontier(space, { parties: [1] })).toThrow(/invalid parties/);
  });
});
