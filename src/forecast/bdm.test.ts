import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type BdmActor, bdmMean, bdmPasses, bdmRound, runBdm } from "./bdm.js";
import { readActorTable } from "./readActorTable.js";
import type { SpatialProblem } from "./spatialProblem.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** The EC emissions data is read from the shared folder next to the repository (never copied into it). */
const dataDir = path.resolve(repoRoot, "..", "shared", "forecast-data");
const missing = !existsSync(dataDir);
const skipped = missing ? " (skipped: ../shared/forecast-data is missing)" : "";
if (missing) console.warn(`${dataDir} (../shared/forecast-data) is missing: the BDM tests are skipped`);
const ec: SpatialProblem = missing
  ? { name: "missing", dimensions: [], actors: [] }
  : readActorTable(
      readFileSync(path.join(dataDir, "other", "bdm1994_ec_emissions.csv"), "utf8"),
      "bdm1994_ec_emissions.csv",
    );
const actors: BdmActor[] = ec.actors.map((a) => ({
  id: a.id,
  c: a.capability,
  x: a.position[0]!,
  s: a.salience[0]!,
}));
const ix = (id: string) => actors.findIndex((a) => a.id === id);

describe.skipIf(missing)(
  `bdmPasses(actors, Δ) on BDM's 1994 EC emissions data (dmasad's Testing.ipynb)${skipped}`,
  () => {
    it("reproduces the published first-pass risk exponents", () => {
      const [, second] = bdmPasses(actors, 6);
      expect(second.r.map((r) => r.toFixed(10))).toEqual([
        "1.1271980463",
        "0.7809178391",
        "0.5000000000",
        "1.1271980463",
        "1.0778922989",
        "1.0778922989",
        "2.0000000000",
        "0.5247821722",
        "1.4716965450",
        "1.1404794480",
      ]);
    });
    it("reproduces the saved second-pass expected utilities", () => {
      const [, p] = bdmPasses(actors, 6);
      const eu = (i: string, j: string) => p.eu[ix(i)]![ix(j)]!.toFixed(5);
      expect(eu("Belgium", "Luxembourg")).toBe("0.70345");
      expect(eu("Belgium", "Denmark")).toBe("-0.37517");
      expect(eu("Belgium", "UK")).toBe("-0.67092");
      expect(eu("UK", "Ireland")).toBe("0.55000");
      expect(eu("UK", "Luxembourg")).toBe("0.32055");
      expect(eu("UK", "Denmark")).toBe("-2.39726");
      expect(eu("Luxembourg", "France")).toBe("0.42843");
    });
    it("starts from the weighted mean 7.389955686853767", () => {
      expect(bdmMean(actors)).toBe(7.389955686853767);
    });
  },
);

describe.skipIf(missing)(`bdmRound(actors, Δ)${skipped}`, () => {
  it("reproduces round 1: Luxembourg loses a confrontation to France, Ireland compromises with France", () => {
    const r = bdmRound(actors, 6);
    expect(r.events.map((e) => [actors[e.receiver]!.id, e.kind, actors[e.sender]!.id])).toEqual([
      ["Luxembourg", "confrontation", "France"],
      ["Ireland", "compromise", "France"],
    ]);
    expect(bdmMean(actors.map((a, i) => ({ ...a, x: r.x[i]! })))).toBeCloseTo(7.444520171019051, 12);
  });
  it("changes its moves under the replications' alternative choices", () => {
    const base = JSON.stringify(bdmRound(actors, 6).x);
    const alts = [
      { probability: "eum", Q: 0.5 },
      { probability: "scholz" },
      { compromise: "weighted" },
      { offers: "smallestMove" },
      { Q: 0.5, T: "eftekhari", median: "total" },
    ] as const;
    const differ = alts.filter((o) => JSON.stringify(bdmRound(actors, 6, o).x) !== base).length;
    expect(differ).toBeGreaterThan(1);
  });
});

describe.skipIf(missing)(`runBdm(problem, options)${skipped}`, () => {
  it("runs 10 rounds and reports the mean and median voter position", () => {
    const r = runBdm(ec);
    expect(r.turns).toBe(11);
    expect(r.history[1]!.map((p) => p[0])).toEqual(bdmRound(actors, 6).x);
    expect(r.final.expected[0]).toBeGreaterThan(4);
    expect(r.final.expected[0]).toBeLessThan(10);
    expect(r.log.some((e) => e.kind === "confrontation")).toBe(true);
  });
  it("throws on unknown options", () => {
    expect(() => runBdm(ec, { probability: "magic" as never })).toThrow("invalid probability: magic");
    expect(() => runBdm(ec, { Q: 2 })).toThrow("invalid Q: 2");
  });
  it("is invariant to actor order and to an affine rescaling of the scale", () => {
    const base = runBdm(ec, { rounds: 3 });
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          ec.actors.map((_, i) => i),
          { minLength: ec.actors.length, maxLength: ec.actors.length },
        ),
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -50, max: 50 }),
        (perm, a, b) => {
          const q = {
            ...ec,
            dimensions: ec.dimensions.map((d) => ({ ...d, min: a * d.min + b, max: a * d.max + b })),
            actors: perm.map((i) => ({
              ...ec.actors[i]!,
              position: ec.actors[i]!.position.map((x) => a * x + b),
            })),
          };
          const r = runBdm(q, { rounds: 3 });
          expect((r.final.expected[0]! - b) / a).toBeCloseTo(base.final.expected[0]!, 8);
          perm.forEach((i, k) =>
            expect((r.history[3]![k]![0]! - b) / a).toBeCloseTo(base.history[3]![i]![0]!, 8),
          );
        },
      ),
      { numRuns: 20 },
    );
  });
});
