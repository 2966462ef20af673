import { describe, expect, it } from "vitest";
import { rng } from "../util/rng.js";
import { runSmp, type SmpOptions, smpDefaults } from "./smp.js";
import { runSmpReference } from "./smpReference.js";
import type { SpatialProblem } from "./spatialProblem.js";

/**
 * Random problem drawn like KTAB's `SMPActor::randomize` (as in bench/forecast.bench.ts). With `twins`,
 * every third actor copies its predecessor's position (ties between equal bargains); with `grid`, positions
 * are multiples of 5 (many exactly shared positions).
 */
function randomProblem(
  n: number,
  nd: number,
  seed: number,
  shape: { twins?: boolean; grid?: boolean; accommodation?: boolean } = {},
): SpatialProblem {
  const r = rng(seed);
  const u = (a: number, b: number) => a + (b - a) * r.next();
  const actors = Array.from({ length: n }, (_, i) => {
    const total = u(0.75, 0.99);
    const raw = Array.from({ length: nd }, () => u(0.1, 1));
    const sum = raw.reduce((s, v) => s + v, 0);
    const position = Array.from({ length: nd }, () =>
      shape.grid ? 5 * Math.floor(u(0, 21)) : Math.round(u(0, 100) * 100) / 100,
    );
    return {
      id: `A${i}`,
      name: `Actor ${i}`,
      capability: u(10, 200),
      position,
      salience: raw.map((v) => (total * v) / sum),
    };
  });
  if (shape.twins) for (let i = 2; i < n; i += 3) actors[i]!.position = [...actors[i - 1]!.position];
  const accommodation = shape.accommodation
    ? actors.map((_, i) => actors.map((_, j) => (i === j ? 0.6 : j === (i + 1) % n ? 0.3 : 0)))
    : undefined;
  return {
    name: `random-${n}x${nd}-${seed}`,
    dimensions: Array.from({ length: nd }, (_, d) => ({ id: `d${d}`, name: `D${d}`, min: 0, max: 100 })),
    actors,
    ...(accommodation ? { accommodation } : {}),
  };
}

function same(problem: SpatialProblem, options: Partial<SmpOptions> = {}, seed?: number) {
  const o = { ...smpDefaults, ...options };
  const fast = runSmp(problem, options, seed === undefined ? undefined : rng(seed));
  const ref = runSmpReference(problem, o, seed === undefined ? undefined : rng(seed));
  // toStrictEqual compares numbers with Object.is: every position and probability of every state, bit for bit.
  expect(fast).toStrictEqual(ref);
}

describe("runSmp(problem) — bit-identical to the reference implementation", () => {
  it("40 actors × 1 dimension and 12 actors × 3 dimensions, default settings", () => {
    for (const seed of [1, 2, 3]) same(randomProblem(40, 1, seed));
    for (const seed of [4, 5, 6]) same(randomProblem(12, 3, seed));
  });

  it("twin actors and shared grid positions (ties between equal bargains)", () => {
    same(randomProblem(30, 1, 7, { twins: true }));
    same(randomProblem(30, 1, 8, { grid: true }));
    same(randomProblem(15, 2, 9, { twins: true, grid: true }));
  });

  it("every variant of the reference table, and a lagging accommodation matrix", () => {
    const p = randomProblem(14, 2, 10, { twins: true });
    const variants: Partial<SmpOptions>[] = [
      { VotingRule: "Binary" },
      { VotingRule: "PropBin" },
      { VotingRule: "Cubic" },
      { VotingRule: "PropCbc" },
      { VotingRule: "ASymProsp" },
      { PCEModel: "MarkovIncentive" },
      { PCEModel: "MarkovUniform" },
      { VictoryProbModel: "Square" },
      { VictoryProbModel: "Binary" },
      { BigRRange: "Min" },
      { BigRRange: "Max" },
      { BigRAdjust: "None" },
      { BigRAdjust: "Full" },
      { ThirdPartyCommit: "NoCommit" },
      { ThirdPartyCommit: "FullCommit" },
      { InterVecBrgn: "S1P1" },
      { InterVecBrgn: "S2PMax" },
      { BargnModel: "PWCompInterp" },
      { BargnModel: "InitRcvrInterp" },
    ];
    for (const v of variants) same(p, v);
    same(randomProblem(20, 1, 11, { accommodation: true }));
    same(randomProblem(10, 3, 12, { accommodation: true }), { VotingRule: "Cubic" });
  });

  it("capabilities of 1e300 and above (the plain implementation's range)", () => {
    const p = randomProblem(8, 1, 14);
    p.actors[0]!.capability = 1e305;
    same(p);
  });

  it("stochastic transitions with the same seed", () => {
    same(randomProblem(25, 1, 13), { StateTransitions: "Stochastic" }, 99);
  });
});
