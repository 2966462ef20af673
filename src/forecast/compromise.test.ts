import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runCompromise, weightedMean, weightedMedian } from "./compromise.js";
import type { SpatialProblem } from "./spatialProblem.js";

const problem: SpatialProblem = {
  name: "t",
  dimensions: [{ id: "d", name: "d", min: 0, max: 100 }],
  actors: [
    { id: "a", name: "a", capability: 2, position: [10], salience: [0.5] },
    { id: "b", name: "b", capability: 1, position: [40], salience: [1] },
    { id: "c", name: "c", capability: 1, position: [90], salience: [0.25] },
  ],
};

describe("weightedMean(x, w) and weightedMedian(x, w)", () => {
  it("computes Σwx/Σw", () => {
    expect(weightedMean([10, 40, 90], [1, 1, 0.25])).toBeCloseTo((10 + 40 + 22.5) / 2.25, 12);
  });
  it("returns the position holding the middle of the weight, or the midpoint on an exact split", () => {
    expect(weightedMedian([10, 40, 90], [1, 1, 0.25])).toBe(40);
    expect(weightedMedian([10, 40], [1, 1])).toBe(25);
    expect(weightedMedian([90, 10, 40], [0.1, 5, 1])).toBe(10);
  });
});

describe("runCompromise(problem, {statistic})", () => {
  it("weights by capability × salience", () => {
    const r = runCompromise(problem);
    expect(r.model).toBe("compromise");
    expect(r.final.expected[0]).toBeCloseTo((2 * 0.5 * 10 + 40 + 0.25 * 90) / 2.25, 12);
    expect(runCompromise(problem, { statistic: "median" }).final.expected[0]).toBe(40);
  });
  it("is invariant to actor order and affine rescaling", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.integer({ min: 0, max: 100 }),
            c: fc.integer({ min: 1, max: 9 }),
            s: fc.integer({ min: 1, max: 10 }),
          }),
          { minLength: 2, maxLength: 8 },
        ),
        fc.integer({ min: 1, max: 10 }),
        fc.integer({ min: -100, max: 100 }),
        (rows, a, b) => {
          const mk = (rs: typeof rows, f: (x: number) => number): SpatialProblem => ({
            name: "p",
            dimensions: [{ id: "d", name: "d", min: f(0), max: f(100) }],
            actors: rs.map((r, i) => ({
              id: `a${i}`,
              name: "",
              capability: r.c,
              position: [f(r.x)],
              salience: [r.s / 10],
            })),
          });
          for (const statistic of ["mean", "median"] as const) {
            const base = runCompromise(
              mk(rows, (x) => x),
              { statistic },
            ).final.expected[0]!;
            const moved = runCompromise(
              mk([...rows].reverse(), (x) => a * x + b),
              { statistic },
            ).final.expected[0]!;
            expect((moved - b) / a).toBeCloseTo(base, 9);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
