import { describe, expect, it } from "vitest";
import { checkSpace } from "./checkSpace.js";
import { enumerateOutcomes } from "./enumerateOutcomes.js";
import { evaluateOutcome } from "./evaluateOutcome.js";
import type { FactoredSpace } from "./factoredSpace.js";
import { independentFactor } from "./independentFactor.js";
import { outcomeCount } from "./outcomeCount.js";

const space: FactoredSpace = {
  issues: [
    { id: "a", options: ["x", "y", "z"] },
    { id: "b", options: ["x", "y"] },
    { id: "c", options: ["x", "y"] },
  ],
  parties: ["p", "q"],
  factors: [
    independentFactor(0, [
      [1, 0.5, 0],
      [0, 0.5, 1],
    ]),
    // issues b and c tied: (x,x) and (y,y) only
    {
      issues: [1, 2],
      size: 2,
      choices: Int32Array.from([0, 0, 1, 1]),
      utilities: Float64Array.from([1, 0, 0, 1]),
    },
  ],
};

describe("space kernel", () => {
  it("independentFactor(issue, [party][option]) lays utilities out alternative-major", () => {
    const f = independentFactor(2, [
      [1, 2],
      [3, 4],
    ]);
    expect([...f.utilities]).toEqual([1, 3, 2, 4]);
    expect([...f.choices]).toEqual([0, 1]);
    expect(() => independentFactor(0, [[1, 2], [3]])).toThrow(/party 1 has 1 options/);
  });

  it("outcomeCount(space) multiplies factor sizes", () => {
    expect(outcomeCount(space)).toBe(6n);
    expect(outcomeCount({ ...space, factors: [] })).toBe(1n);
  });

  it("enumerateOutcomes(space) yields every allowed outcome with its utilities", () => {
    const all = [...enumerateOutcomes(space)];
    expect(all).toHaveLength(6);
    expect([...all[1]!.outcome]).toEqual([0, 1, 1]);
    expect([...all[1]!.utilities]).toEqual([1, 1]);
    expect(() => [...enumerateOutcomes(space, { limit: 5 })]).toThrow(/space too large/);
  });

  it("evaluateOutcome(space, outcome) sums factors and rejects disallowed outcomes", () => {
    expect([...evaluateOutcome(space, Int32Array.from([2, 0, 0]))]).toEqual([1, 1]);
    expect(() => evaluateOutcome(space, Int32Array.from([2, 0, 1]))).toThrow(
      /factor 1 does not allow b=0, c=1/,
    );
    expect(() => evaluateOutcome(space, Int32Array.from([2]))).toThrow(/invalid outcome: length 1/);
  });

  it("checkSpace(space) names the first broken invariant", () => {
    expect(() => checkSpace(space)).not.toThrow();
    expect(() => checkSpace({ ...space, factors: [space.factors[0]!] })).toThrow(/issues\[1\]: not covered/);
    const bad = { ...space.factors[1]!, choices: Int32Array.from([0, 0, 1, 5]) };
    expect(() => checkSpace({ ...space, factors: [space.factors[0]!, bad] })).toThrow(/choices\[3\]: 5/);
  });
});
