/**
 * Test kit (not exported by the package): fast-check arbitraries of small random factored spaces and a
 * frontier comparison, shared by the kernel's property tests.
 * @module
 */
import fc from "fast-check";
import { expect } from "vitest";
import { evaluateOutcome } from "../../space/evaluateOutcome.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { outcomeCount } from "../../space/outcomeCount.js";
import { randomSpace } from "../../space/randomSpace.js";
import { rng } from "../../util/rng.js";
import type { FrontierPoint } from "./frontierPoint.js";

/** Random small spaces: 2–4 parties, independent and multi-issue factors with filtered alternatives. */
export const spaceArb = fc
  .record({
    seed: fc.integer(),
    parties: fc.integer({ min: 1, max: 4 }),
    factors: fc.integer({ min: 0, max: 5 }),
    maxIssuesPerFactor: fc.integer({ min: 1, max: 3 }),
    maxOptions: fc.integer({ min: 1, max: 4 }),
    keep: fc.constantFrom(1, 0.6, 0.3),
    grid: fc.constantFrom(undefined, 2, 4, 10, 3),
    weighted: fc.boolean(),
  })
  .map(({ seed, ...options }) => randomSpace(rng(seed), options))
  // keep the brute-force oracle fast
  .filter((space) => outcomeCount(space) <= 20_000n);

/**
 * Points in a canonical order: utilities compared with a tolerance, so that a float tie (2.9999999999999996 vs
 * 3.0000000000000004) does not decide the order differently in the kernel and in the brute-force oracle.
 */
function canonical(points: readonly FrontierPoint[]): FrontierPoint[] {
  const key = (p: FrontierPoint) => p.utilities.map((u) => Math.round(u * 1e7));
  return [...points].sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let q = 0; q < ka.length; q++) if (ka[q] !== kb[q]) return (kb[q] ?? 0) - (ka[q] ?? 0);
    return 0;
  });
}

/** Asserts that two frontiers hold the same points (utilities within 1e-9, counts, valid examples). */
export function expectSameFrontier(
  space: FactoredSpace,
  fastPoints: FrontierPoint[],
  slowPoints: FrontierPoint[],
  parties?: number[],
) {
  const fast = canonical(fastPoints);
  const slow = canonical(slowPoints);
  expect(fast.map((p) => p.utilities.length)).toEqual(slow.map((p) => p.utilities.length));
  expect(fast.length).toBe(slow.length);
  fast.forEach((pt, i) => {
    const ref = slow[i]!;
    pt.utilities.forEach((u, q) => expect(Math.abs(u - ref.utilities[q]!)).toBeLessThanOrEqual(1e-9));
    expect(pt.count).toBe(ref.count);
    const u = evaluateOutcome(space, pt.example);
    const cols = parties ?? space.parties.map((_, p) => p);
    cols.forEach((p, q) => expect(u[p]).toBeCloseTo(pt.utilities[q]!, 12));
  });
}
