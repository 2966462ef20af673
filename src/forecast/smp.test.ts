import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatFixed } from "./formatFixed.js";
import { readKtabCsv } from "./readKtabCsv.js";
import { runSmp } from "./smp.js";
import type { SpatialProblem } from "./spatialProblem.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** KTAB's reference-log excerpts (`*.ref.txt`), kept in the repository. */
const fixtures = path.join(repoRoot, "test/fixtures/forecast/ktab");
/** KTAB's sample inputs, read from the shared folder next to the repository (never copied into it). */
const dataDir = path.resolve(repoRoot, "..", "shared", "forecast-data");
const ktabDir = path.join(dataDir, "ktab-smp");
const missing = !existsSync(dataDir);
const skipped = missing ? " (skipped: ../shared/forecast-data is missing)" : "";
if (missing)
  console.warn(
    `${dataDir} (../shared/forecast-data) is missing: the KTAB reference-run and SMP option tests are skipped`,
  );

function read(name: string): SpatialProblem {
  return readKtabCsv(readFileSync(path.join(ktabDir, name), "utf8"), name);
}

/** Parses the tail of a KTAB smpc log into position rows and probability rows. */
function readRef(name: string) {
  const lines = readFileSync(path.join(fixtures, name), "utf8").split("\n");
  const states = Number(/There were (\d+) states/.exec(lines[0]!)![1]);
  const positions: string[][] = [];
  const probs: string[][] = [];
  for (const l of lines) {
    const m = /^(.+?), (.+?):\s+(.*)$/.exec(l.trim());
    if (!m) continue;
    const values = m[3]!.trim().split(/\s+/);
    if (m[2]!.trim() === "prob") probs.push(values);
    else positions.push(values);
  }
  return { states, positions, probs };
}

function compare(csv: string, ref: string) {
  const r = runSmp(read(csv));
  const expected = readRef(ref);
  const nd = r.dimensions.length;
  expect(r.turns).toBe(expected.states);
  const ours = r.actors.flatMap((_, i) =>
    Array.from({ length: nd }, (_, d) => r.history.map((h) => formatFixed(h[i]![d]!, 1))),
  );
  expect(ours).toEqual(expected.positions);
  const probs = r.actors.map((_, i) => r.probabilities!.map((p) => formatFixed(p[i]!, 4)));
  expect(probs).toEqual(expected.probs);
  return r;
}

describe.skipIf(missing)(`runSmp(problem) — KTAB reference runs${skipped}`, () => {
  it("reproduces KTAB's dummyData_3Dim log: 11 states, every position and probability", () => {
    const r = compare("dummyData_3Dim.csv", "dummyData_3Dim.ref.txt");
    expect(r.converged).toBe(true);
    expect(r.final.expected.map((x) => x.toFixed(2))).toEqual(["78.07", "35.63", "72.17"]);
    expect(r.final.modal.position.map((x) => x.toFixed(2))).toEqual(["79.88", "34.37", "75.16"]);
    expect(r.final.modal.probability!.toFixed(4)).toBe("0.4009");
  });

  it("reproduces KTAB's SOE-Pol-Comp log: 28 states, every position and probability", () => {
    compare("SOE-Pol-Comp.csv", "SOE-Pol-Comp.ref.txt");
  });

  it("gives turn-0 probabilities from the reference table for dummyData_3Dim", () => {
    const r = runSmp(read("dummyData_3Dim.csv"), { maxTurns: 1 });
    expect(r.probabilities![0]!.map((p) => p.toFixed(4))).toEqual([
      "0.0047",
      "0.0302",
      "0.0054",
      "0.1492",
      "0.6001",
      "0.1447",
      "0.0656",
    ]);
    expect(r.turns).toBe(2);
    expect(r.converged).toBe(false);
  });

  it("runs every KTAB sample dataset in ../shared to a stop with probabilities summing ≥ 1 per state", () => {
    for (const f of ["SOE-Policy.csv", "SOE-Competitive.csv", "SOE-Pol-Comp.csv", "dummyData_3Dim.csv"]) {
      const file = path.join(ktabDir, f);
      const r = runSmp(readKtabCsv(readFileSync(file, "utf8"), file));
      expect(r.turns).toBeGreaterThan(2);
      expect(r.turns).toBeLessThanOrEqual(101);
      for (const p of r.probabilities!) expect(p.reduce((s, v) => s + v, 0)).toBeGreaterThan(0.999);
    }
  });
});

describe.skipIf(missing)(`runSmp(problem, options)${skipped}`, () => {
  it("accepts every variant of the reference table and changes the result for some", () => {
    const p = read("dummyData_3Dim.csv");
    const base = runSmp(p).final.expected;
    const variants = [
      { VotingRule: "Binary" },
      { VotingRule: "Cubic" },
      { PCEModel: "MarkovIncentive" },
      { PCEModel: "MarkovUniform" },
      { VictoryProbModel: "Quartic" },
      { BigRRange: "Max" },
      { BigRAdjust: "Full" },
      { ThirdPartyCommit: "NoCommit" },
      { InterVecBrgn: "S2PMax" },
      { BargnModel: "PWCompInterp" },
      { BargnModel: "InitRcvrInterp" },
    ] as const;
    let differing = 0;
    for (const v of variants) {
      const r = runSmp(p, v);
      expect(r.final.expected.every(Number.isFinite)).toBe(true);
      if (r.final.expected.some((x, d) => Math.abs(x - base[d]!) > 1e-6)) differing++;
    }
    expect(differing).toBeGreaterThan(3);
  });

  it("throws on an unknown variant value", () => {
    expect(() => runSmp(read("dummyData_3Dim.csv"), { VotingRule: "Loud" as never })).toThrow(
      "invalid VotingRule: Loud",
    );
  });

  it("turn-0 probabilities are invariant to actor order and to an affine rescaling of the scale", () => {
    const p = read("SOE-Pol-Comp.csv");
    const p0 = runSmp(p, { maxTurns: 1 }).probabilities![0]!;
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          p.actors.map((_, i) => i),
          { minLength: p.actors.length, maxLength: p.actors.length },
        ),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: -100, max: 100 }),
        (perm, a, b) => {
          const q: SpatialProblem = {
            ...p,
            dimensions: p.dimensions.map((d) => ({ ...d, min: a * d.min + b, max: a * d.max + b })),
            actors: perm.map((i) => ({
              ...p.actors[i]!,
              position: p.actors[i]!.position.map((x) => a * x + b),
            })),
          };
          const r = runSmp(q, { maxTurns: 1 });
          perm.forEach((i, k) => expect(r.probabilities![0]![k]).toBeCloseTo(p0[i]!, 9));
        },
      ),
      { numRuns: 15 },
    );
  });
});
