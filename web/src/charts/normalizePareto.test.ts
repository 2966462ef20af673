import { describe, expect, it } from "vitest";
import { normalizePareto } from "./normalizePareto";
import { frontier2d } from "./ParetoChart";
import { summarizeSimulation } from "./SimulationPanel";

describe("normalizePareto", () => {
  it("normalizePareto(json) reads the shape of `impasse pareto --json`", () => {
    const point = (u: number[]) => ({ utilities: u, outcome: { time: "18:00" }, outcomes: "1" });
    const data = normalizePareto({
      domain: "Dinner",
      outcomes: "1200",
      parties: ["a", "b", "c"],
      reservation: [0, 0, 0],
      disagreement: [0, 0, 0],
      frontier: [point([1, 0.4, 0.4]), point([0.8, 0.84, 0.84])],
      solutions: { nash: [point([0.8, 0.84, 0.84])], kalaiSmorodinsky: [point([0.8, 0.84, 0.84])] },
      rational: { count: "1200", fraction: 1 },
      diagnostics: [],
    })!;
    expect(data.parties).toEqual(["a", "b", "c"]);
    expect(data.outcomes).toBe("1200");
    expect(data.frontier[1]).toEqual({ a: 0.8, b: 0.84, c: 0.84 });
    expect(data.solutions.map((s) => s.name)).toEqual(["Nash", "Kalai–Smorodinsky"]);
    expect(data.disagreement).toEqual({ a: 0, b: 0, c: 0 });
  });

  it("normalizePareto(json) reads array utilities and named solution lists", () => {
    const data = normalizePareto({
      parties: ["RU", "UA"],
      frontier: [{ utilities: [0.9, 0.1] }, { utilities: [0.5, 0.6] }],
      solutions: { nash: [{ utilities: [0.5, 0.6] }], kalaiSmorodinsky: { utilities: [0.5, 0.6] } },
      disagreement: [0.4, 0.3],
    })!;
    expect(data.frontier).toEqual([
      { RU: 0.9, UA: 0.1 },
      { RU: 0.5, UA: 0.6 },
    ]);
    expect(data.solutions.map((s) => s.name)).toEqual(["Nash", "Kalai–Smorodinsky"]);
    expect(data.disagreement).toEqual({ RU: 0.4, UA: 0.3 });
  });

  it("normalizePareto(json) reads keyed utilities, party objects, and rejects what it cannot draw", () => {
    const data = normalizePareto({
      parties: [{ id: "a" }, { id: "b" }],
      points: [{ utilities: { a: 1, b: 0 } }, { a: 0, b: 1 }, { utilities: { a: 1 } }],
      solutions: [{ name: "egalitarian", utilities: { a: 0.5, b: 0.5 } }],
    })!;
    expect(data.frontier).toHaveLength(2);
    expect(data.solutions).toEqual([{ name: "egalitarian", point: { a: 0.5, b: 0.5 } }]);
    expect(normalizePareto({ parties: ["a"], frontier: [] })).toBeUndefined();
    expect(normalizePareto("nope")).toBeUndefined();
  });
});

describe("summarizeSimulation", () => {
  it("summarizeSimulation(result) reads the agreement rate and rounds", () => {
    expect(
      summarizeSimulation({ runs: 3, agreementRate: 0.5, sessions: [{ rounds: 2 }, { rounds: 4 }] }),
    ).toEqual({
      runs: 3,
      agreementProbability: 0.5,
      agreementInterval: undefined,
      mediatorExitProbability: undefined,
      end: {},
      partial: false,
      rounds: [2, 4],
    });
    const full = summarizeSimulation({
      runs: 2,
      agreementProbability: 0.5,
      agreementInterval: [0.1, 0.9],
      mediatorExitProbability: 0,
      end: { agreement: 1, deadline: 1, walkout: 0 },
      partial: false,
      rounds: [3, 7],
    })!;
    expect(full.agreementInterval).toEqual([0.1, 0.9]);
    expect(full.end).toEqual({ agreement: 1, deadline: 1 });
    expect(full.rounds).toEqual([3, 7]);
    expect(summarizeSimulation({ roundsHistogram: { "3": 2 } })!.rounds).toEqual([3, 3]);
    expect(summarizeSimulation({})).toBeUndefined();
  });
});

describe("frontier2d", () => {
  it("frontier2d(points) keeps the points not dominated on the two axes, by x", () => {
    expect(
      frontier2d([
        { x: 1, y: 0 },
        { x: 0.5, y: 0.5 },
        { x: 0.4, y: 0.4 },
        { x: 0, y: 1 },
        { x: 0.5, y: 0.2 },
      ]),
    ).toEqual([
      { x: 0, y: 1 },
      { x: 0.5, y: 0.5 },
      { x: 1, y: 0 },
    ]);
  });
});
