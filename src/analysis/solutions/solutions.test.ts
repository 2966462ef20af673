import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { enumerateOutcomes } from "../../space/enumerateOutcomes.js";
import { outcomeCount } from "../../space/outcomeCount.js";
import { spaceArb } from "../pareto/arbitrarySpace.testkit.js";
import { bruteForceFrontier } from "../pareto/bruteForceFrontier.js";
import type { FrontierPoint } from "../pareto/frontierPoint.js";
import { paretoFrontier } from "../pareto/paretoFrontier.js";
import {
  egalitarian,
  kalaiSmorodinsky,
  nash,
  rationalCount,
  solution,
  solutions,
  utilitarian,
} from "./index.js";

const pt = (...utilities: number[]): FrontierPoint => ({ utilities, count: 1n, example: new Int32Array(0) });
const u = (points: FrontierPoint[]) => points.map((p) => p.utilities);

describe("bargaining solutions", () => {
  const frontier = [pt(1, 0), pt(0.8, 0.5), pt(0.5, 0.8), pt(0.3, 0.9), pt(0, 1)];

  it("nash(frontier, {disagreement}) returns every tied optimum", () => {
    expect(u(nash(frontier, { disagreement: [0, 0] }))).toEqual([
      [0.8, 0.5],
      [0.5, 0.8],
    ]);
    expect(u(nash(frontier, { disagreement: [0.4, 0] }))).toEqual([[0.8, 0.5]]);
  });

  it("kalaiSmorodinsky(frontier, {disagreement}) minimises the spread of relative gains", () => {
    expect(u(kalaiSmorodinsky(frontier, { disagreement: [0, 0] }))).toEqual([
      [0.8, 0.5],
      [0.5, 0.8],
    ]);
    // d = (0.3, 0): ideal over the rational part = (1, 0.9); gains of (0.5, 0.8): (0.2/0.7, 0.8/0.9)
    expect(u(kalaiSmorodinsky(frontier, { disagreement: [0.3, 0] }))).toEqual([[0.8, 0.5]]);
    // ideal (2, 1): gains of (0.8, 0.5) are (0.4, 0.5), the most equal
    expect(u(kalaiSmorodinsky(frontier, { disagreement: [0, 0], ideal: [2, 1] }))).toEqual([[0.8, 0.5]]);
  });

  it("egalitarian(frontier, {disagreement}) maximises the smallest gain", () => {
    expect(u(egalitarian(frontier, { disagreement: [0, 0] }))).toEqual([
      [0.8, 0.5],
      [0.5, 0.8],
    ]);
    expect(u(egalitarian(frontier, { disagreement: [0, 0.4] }))).toEqual([[0.5, 0.8]]);
  });

  it("utilitarian(frontier, {disagreement}) maximises the sum over the rational part", () => {
    expect(u(utilitarian(frontier, { disagreement: [0, 0] }))).toEqual([
      [0.8, 0.5],
      [0.5, 0.8],
    ]);
    expect(u(utilitarian(frontier, { disagreement: [0.9, 0] }))).toEqual([[1, 0]]);
  });

  it("every solution returns [] when no frontier point is rational", () => {
    for (const fn of Object.values(solutions)) expect(fn(frontier, { disagreement: [0.9, 0.9] })).toEqual([]);
    for (const fn of Object.values(solutions)) expect(fn([], { disagreement: [0, 0] })).toEqual([]);
  });

  it("solution(name) resolves names and rejects unknown ones", () => {
    expect(solution("nash")).toBe(nash);
    expect(() => solution("nashh")).toThrow(/unknown solution: nashh/);
    expect(() => nash(frontier, { disagreement: [0] })).toThrow(/invalid disagreement/);
  });

  it("the optimum over the frontier equals the optimum over all rational outcomes (brute force)", () => {
    fc.assert(
      fc.property(spaceArb, fc.double({ min: 0, max: 1, noNaN: true }), (space, level) => {
        fc.pre(outcomeCount(space) <= 20_000n);
        const all = [...enumerateOutcomes(space)].map((o) => [...o.utilities]);
        const P = space.parties.length;
        const max = space.parties.map((_, p) =>
          all.reduce((m, x) => Math.max(m, x[p]!), Number.NEGATIVE_INFINITY),
        );
        const d = max.map((m) => m * level * 0.8);
        const rational = all.filter((x) => x.every((v, p) => v >= d[p]! - 1e-9));
        const front = paretoFrontier(space);
        const scores = {
          nash: (x: number[]) => x.reduce((a, v, p) => a * Math.max(0, v - d[p]!), 1),
          egalitarian: (x: number[]) => Math.min(...x.map((v, p) => v - d[p]!)),
          utilitarian: (x: number[]) => x.reduce((a, v) => a + v, 0),
        };
        for (const [name, score] of Object.entries(scores)) {
          const chosen = solution(name)(front, { disagreement: d });
          if (rational.length === 0 || P === 0) {
            expect(chosen).toEqual([]);
            continue;
          }
          const best = rational.reduce((m, x) => Math.max(m, score(x)), Number.NEGATIVE_INFINITY);
          expect(chosen.length).toBeGreaterThan(0);
          for (const c of chosen)
            expect(Math.abs(score(c.utilities) - best)).toBeLessThanOrEqual(1e-9 * Math.max(1, best));
        }
        // Kalai–Smorodinsky depends on the frontier itself: compare with the brute-force frontier's
        const ksFast = kalaiSmorodinsky(front, { disagreement: d }).map((p) => p.utilities);
        const ksSlow = kalaiSmorodinsky(bruteForceFrontier(space), { disagreement: d }).map(
          (p) => p.utilities,
        );
        expect(ksFast.length).toBe(ksSlow.length);
        ksFast.forEach((u, i) =>
          u.forEach((v, q) => expect(Math.abs(v - ksSlow[i]![q]!)).toBeLessThanOrEqual(1e-9)),
        );
        const count = rationalCount(space, d);
        expect(count.count).toBe(BigInt(rational.length));
      }),
      { numRuns: 200 },
    );
  });
});
