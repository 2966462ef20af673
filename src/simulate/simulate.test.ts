import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeScenario } from "../analysis/index.js";
import { geniusToSpace, importGenius } from "../interop/genius/index.js";
import { parseScenarioText, type Scenario } from "../model/index.js";
import type { Uncertainty } from "../model/uncertaintySchema.js";
import { createHighsSolver } from "../solver/index.js";
import { independentFactor } from "../space/index.js";
import { simulate } from "./simulate.js";
import type { StrategyFactory } from "./strategy.js";
import { relaxedScenario } from "./testDomains.js";
import { wilsonInterval } from "./wilsonInterval.js";

const bundled = parseScenarioText(
  readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8"),
).scenario as Scenario;
const relaxed = relaxedScenario(bundled);
const keepers = ["boulware", "linear", "conceder", "titForTat", "hardliner", "random:0.9"].map(
  (s) => `redLineKeeper:${s}`,
);

describe("simulate(input, options) on the bundled scenario", () => {
  it("never reaches an agreement where the exact analysis finds no zone of agreement", async () => {
    const solver = await createHighsSolver();
    expect(analyzeScenario(bundled, { solver, explain: false }).zopa.exists).toBe(false);
    for (const protocol of ["alternating", "mediated"] as const)
      for (const strategy of keepers) {
        // the most permissive settings: preconditions ignored, a mediator that never leaves
        const r = await simulate(
          { kind: "scenario", scenario: bundled },
          {
            runs: 3,
            seed: 11,
            protocol,
            defaultStrategy: strategy,
            preconditions: false,
            patience: null,
            maxRounds: 40,
          },
        );
        expect(r.agreements, `${protocol} ${strategy}`).toBe(0);
        expect(r.failures.noZopa).toBe(3);
        expect(r.end.deadline).toBe(3);
      }
  });

  it("reports why talks fail: blocked by preconditions, then the mediator moves on", async () => {
    const r = await simulate({ kind: "scenario", scenario: bundled }, { runs: 5, seed: 1 });
    expect(r.agreementProbability).toBe(0);
    expect(r.mediatorExitProbability).toBe(1);
    expect(r.end.mediator_exit).toBe(5);
    expect(r.failures.blockers).toEqual({
      "preconditions RU:withdrawal-before-ceasefire, UA:ceasefire-first": 5,
    });
    expect(r.rounds).toEqual([3, 3, 3, 3, 3]);
    expect(r.agreementInterval[1]).toBeGreaterThan(0.4);
  });
});

describe("simulate(input, options) on the relaxed variant (Ukraine's no-cession line without Crimea and the four oblasts)", () => {
  it("agreements happen, satisfy every red line and reservation value, and their distance to the frontier is reported", async () => {
    const solver = await createHighsSolver();
    expect(analyzeScenario(relaxed, { solver, explain: false }).zopa.exists).toBe(true);
    const uncertainty: Uncertainty = {
      parameters: [
        { parameter: "reservation", party: "RU", distribution: { kind: "uniform", min: 0.3, max: 0.5 } },
        {
          parameter: "issueWeight",
          party: "UA",
          issue: "nato",
          distribution: { kind: "triangular", min: 6, mode: 12, max: 18 },
        },
      ],
    };
    const r = await simulate(
      { kind: "scenario", scenario: relaxed },
      { runs: 12, seed: 5, defaultStrategy: "redLineKeeper:conceder", preconditions: false, uncertainty },
    );
    expect(r.uncertain).toBe(true);
    expect(r.agreements).toBeGreaterThan(0);
    expect(r.breachingAgreements).toBe(0);
    expect(r.belowReservationAgreements).toBe(0);
    expect(r.paretoDistance.n).toBe(r.agreements);
    expect(r.nashDistance.n).toBe(r.agreements);
    // keepers trade offers from efficient menus inside the joint red lines: agreements lie on the frontier
    expect(r.paretoDistance.max!).toBeLessThan(1e-9);
    expect(r.nashDistance.mean!).toBeGreaterThan(0);
    expect(r.utilities.RU!.n).toBe(r.agreements);
    const ru = r.outcomes["UA-43.sovereignty"]!;
    expect(ru.RU! + ru.UA! + ru.deferred!).toBeCloseTo(1, 6);
    expect(r.utilities.RU!.sd).toBeGreaterThan(0);
  });

  it("with preconditions honoured the same talks are blocked and the mediator exits first", async () => {
    const r = await simulate(
      { kind: "scenario", scenario: relaxed },
      { runs: 4, seed: 5, defaultStrategy: "redLineKeeper:conceder" },
    );
    expect(r.agreements).toBe(0);
    expect(r.failures.noZopa).toBe(0);
    expect(r.failures.blocked).toBe(4);
    expect(r.mediatorExitProbability).toBe(1);
  });
});

describe("simulate(input, options) determinism and interruption", () => {
  const uncertainty: Uncertainty = {
    parameters: [
      {
        parameter: "reservation",
        party: "UA",
        distribution: { kind: "truncatedNormal", mean: 0.35, sd: 0.1, min: 0.1, max: 0.6 },
      },
    ],
  };
  const options = {
    runs: 8,
    seed: 9,
    defaultStrategy: "redLineKeeper:random:0.5",
    preconditions: false,
    uncertainty,
    maxRounds: 30,
  };

  it("gives byte-identical JSON with 0, 1 and 2 worker threads", async () => {
    const serial = JSON.stringify(
      await simulate({ kind: "scenario", scenario: relaxed }, { ...options, workers: 0 }),
    );
    const one = JSON.stringify(
      await simulate({ kind: "scenario", scenario: relaxed }, { ...options, workers: 1, chunkSize: 3 }),
    );
    const two = JSON.stringify(
      await simulate({ kind: "scenario", scenario: relaxed }, { ...options, workers: 2, chunkSize: 1 }),
    );
    expect(one).toBe(serial);
    expect(two).toBe(serial);
  });

  it("an aborted simulation reports the completed runs as partial, equal to the start of the full run", async () => {
    const full = await simulate({ kind: "scenario", scenario: relaxed }, { ...options, chunkSize: 2 });
    const controller = new AbortController();
    const partial = await simulate(
      { kind: "scenario", scenario: relaxed },
      {
        ...options,
        chunkSize: 2,
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 4) controller.abort();
        },
      },
    );
    expect(partial.partial).toBe(true);
    expect(partial.runs).toBe(4);
    expect(partial.requestedRuns).toBe(8);
    expect(partial.rounds).toEqual(full.rounds.slice(0, 4));
  });

  it("hands trace lines to onTrace in run order", async () => {
    const lines: string[] = [];
    await simulate(
      { kind: "scenario", scenario: relaxed },
      { ...options, runs: 3, workers: 2, chunkSize: 1, trace: true, onTrace: (l) => lines.push(...l) },
    );
    const events = lines.map((l) => JSON.parse(l));
    const runs = events.map((e) => e.run);
    expect(runs).toEqual([...runs].sort((a, b) => a - b));
    expect(new Set(runs)).toEqual(new Set([0, 1, 2]));
    expect(events.some((e) => e.type === "offer" && Array.isArray(e.offer))).toBe(true);
    expect(events.filter((e) => e.type === "end")).toHaveLength(3);
  });

  it("rejects bad options by name", async () => {
    const input = { kind: "scenario" as const, scenario: bundled };
    await expect(simulate(input, { runs: 0 })).rejects.toThrow(/invalid runs: 0/);
    await expect(simulate(input, { runs: 1, workers: -1 })).rejects.toThrow(/invalid workers/);
    await expect(simulate(input, { runs: 1, strategies: { UA: "nope" } })).rejects.toThrow(
      /unknown strategy: nope/,
    );
    const factory: StrategyFactory = () => ({ propose: () => new Int32Array(0), respond: () => "reject" });
    await expect(simulate(input, { runs: 1, workers: 1, strategies: { UA: factory } })).rejects.toThrow(
      /strategy functions need workers: 0/,
    );
  });
});

describe("simulate({kind: 'space'}, options) on a GENIUS domain", () => {
  it("negotiates over any factored space with reservation values", async () => {
    const read = (f: string) => ({
      file: f,
      text: readFileSync(new URL(`../../test/fixtures/genius/${f}`, import.meta.url), "utf8"),
    });
    const { space, reservation } = geniusToSpace(
      importGenius([read("fruit-domain.xml"), read("fruit-buyer.xml"), read("fruit-seller.xml")]),
    );
    for (const protocol of ["alternating", "mediated"] as const) {
      const r = await simulate(
        { kind: "space", space, reservation },
        { runs: 20, seed: 3, protocol, defaultStrategy: "random:0.5", maxRounds: 30 },
      );
      expect(r.participants).toEqual(space.parties);
      expect(r.agreements).toBeGreaterThan(0);
      expect(r.belowReservationAgreements).toBe(0);
      expect(r.paretoDistance.n).toBe(r.agreements);
      expect(Object.keys(r.outcomes)).toEqual(space.issues.map((i) => i.id));
    }
  });
});

describe("agreement probability statistics", () => {
  it("the 95% Wilson interval covers a known agreement probability in about 95% of simulations", async () => {
    // One round: A proposes its best outcome, B accepts with probability 0.3 (every outcome clears B's reservation).
    const space = {
      issues: [{ id: "x", options: ["a", "b"] }],
      parties: ["A", "B"],
      factors: [
        independentFactor(0, [
          [1, 0.5],
          [0.5, 1],
        ]),
      ],
    };
    let covered = 0;
    const replicates = 200;
    for (let k = 0; k < replicates; k++) {
      const r = await simulate(
        { kind: "space", space, reservation: [0, 0] },
        {
          runs: 40,
          seed: 1000 + k,
          maxRounds: 1,
          strategies: { A: "hardliner", B: "random:0.3" },
          chunkSize: 40,
          yieldControl: async () => {},
        },
      );
      const [lo, hi] = r.agreementInterval;
      if (lo <= 0.3 && 0.3 <= hi) covered++;
    }
    expect(covered / replicates).toBeGreaterThan(0.9);
    expect(covered / replicates).toBeLessThan(0.995);
  });

  it("wilsonInterval(successes, trials) matches published values and degenerate cases", () => {
    const [lo, hi] = wilsonInterval(81, 263);
    expect(lo).toBeCloseTo(0.2553, 4);
    expect(hi).toBeCloseTo(0.3662, 4);
    expect(wilsonInterval(0, 10)[0]).toBe(0);
    expect(wilsonInterval(10, 10)[1]).toBe(1);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    expect(() => wilsonInterval(3, 2)).toThrow(/invalid successes/);
  });
});
