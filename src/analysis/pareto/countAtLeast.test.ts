import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enumerateOutcomes } from "../../space/enumerateOutcomes.js";
import { evaluateOutcome } from "../../space/evaluateOutcome.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { randomSpace } from "../../space/randomSpace.js";
import { rng } from "../../util/rng.js";
import { spaceArb } from "./arbitrarySpace.testkit.js";
import { countAtLeast } from "./countAtLeast.js";
import { findOutcomeAtLeast } from "./findOutcomeAtLeast.js";
import { relaxedThreshold } from "./tolerance.js";

function meets(u: Float64Array, thresholds: readonly number[]): boolean {
  return thresholds.every((t, p) => t === Number.NEGATIVE_INFINITY || u[p]! >= relaxedThreshold(t, 1e-9));
}

function bruteCount(space: FactoredSpace, thresholds: readonly number[]): bigint {
  let n = 0n;
  for (const { utilities } of enumerateOutcomes(space)) if (meets(utilities, thresholds)) n++;
  return n;
}

/** A space with thresholds: each either ignored, an achieved utility (exact hit) or a random level. */
const caseArb = spaceArb.chain((space) => {
  const utilities = [...enumerateOutcomes(space)].map((o) => o.utilities);
  const P = space.parties.length;
  const level = fc.oneof(
    fc.constant(Number.NEGATIVE_INFINITY),
    fc.double({ min: -0.5, max: 3, noNaN: true }),
    utilities.length > 0 ? fc.nat(utilities.length - 1).map((i) => utilities[i]![0]!) : fc.constant(0),
  );
  const hit =
    utilities.length > 0
      ? fc.nat(utilities.length - 1).map((i) => [...utilities[i]!])
      : fc.constant(new Array(P).fill(0));
  return fc.record({
    space: fc.constant(space),
    thresholds: fc.oneof(fc.array(level, { minLength: P, maxLength: P }), hit),
  });
});

describe("countAtLeast / findOutcomeAtLeast", () => {
  it("countAtLeast(space, thresholds) equals the brute-force count", () => {
    fc.assert(
      fc.property(caseArb, ({ space, thresholds }) => {
        const expected = bruteCount(space, thresholds);
        expect(countAtLeast(space, thresholds)).toBe(expected);
        expect(countAtLeast(space, thresholds, { method: "dynamic" })).toBe(expected);
      }),
      { numRuns: 400 },
    );
  });

  it("findOutcomeAtLeast(space, thresholds) is null iff brute force finds none, else meets them", () => {
    fc.assert(
      fc.property(caseArb, ({ space, thresholds }) => {
        const found = findOutcomeAtLeast(space, thresholds);
        const exists = bruteCount(space, thresholds) > 0n;
        expect(found !== null).toBe(exists);
        if (found) expect(meets(evaluateOutcome(space, found), thresholds)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("countAtLeast(space, thresholds) counts in bulk on a 10^100-outcome space", () => {
    const space = randomSpace(rng(3), { factors: 100, maxOptions: 10, fixedOptions: true, weighted: true });
    expect(countAtLeast(space, [0, 0])).toBe(10n ** 100n);
    expect(countAtLeast(space, [2, Number.NEGATIVE_INFINITY])).toBe(0n);
  });

  it("countAtLeast(space, thresholds) throws space_too_large instead of guessing", () => {
    const space = randomSpace(rng(3), { factors: 60, maxOptions: 10, fixedOptions: true, weighted: true });
    expect(() => countAtLeast(space, [0.5, 0.5], { maxStates: 10_000 })).toThrow(/infeasible/);
  });

  it("countAtLeast(space, thresholds) rejects thresholds of the wrong length", () => {
    const space = randomSpace(rng(3), { factors: 2 });
    expect(() => countAtLeast(space, [0])).toThrow(/invalid thresholds/);
    expect(() => findOutcomeAtLeast(space, [0, Number.NaN])).toThrow(/invalid thresholds/);
  });

  it("findOutcomeAtLeast(space, thresholds) answers on a 35-factor, 3-party space", () => {
    const space = randomSpace(rng(9), {
      parties: 3,
      factors: 35,
      maxIssuesPerFactor: 3,
      maxOptions: 10,
      keep: 0.5,
      weighted: true,
    });
    for (const t of [0.5, 0.6, 0.7, 0.8, 0.9]) {
      const o = findOutcomeAtLeast(space, [t, t, t]);
      if (o) expect(meets(evaluateOutcome(space, o), [t, t, t])).toBe(true);
    }
    expect(findOutcomeAtLeast(space, [1.01, 0, 0])).toBeNull();
  });
});
