/**
 * Small domains for the simulation's tests and benchmark (no I/O; imported by tests only).
 * @module
 */
import type { Scenario } from "../model/index.js";
import { type FactoredSpace, independentFactor, randomSpace } from "../space/index.js";
import { rng } from "../util/rng.js";

/** A bilateral space of `issues` opposed issues with `options` options each, weights differing by party. */
export function opposedSpace(issues: number, options: number, seed = 1): FactoredSpace {
  const r = rng(seed);
  const wa = Array.from({ length: issues }, () => 0.5 + r.next());
  const wb = Array.from({ length: issues }, () => 0.5 + r.next());
  const sa = wa.reduce((a, b) => a + b, 0);
  const sb = wb.reduce((a, b) => a + b, 0);
  return {
    issues: Array.from({ length: issues }, (_, i) => ({
      id: `i${i}`,
      options: Array.from({ length: options }, (_, k) => `v${k}`),
    })),
    parties: ["A", "B"],
    factors: Array.from({ length: issues }, (_, i) =>
      independentFactor(i, [
        Array.from({ length: options }, (_, k) => (wa[i]! / sa) * (k / (options - 1))),
        Array.from({ length: options }, (_, k) => (wb[i]! / sb) * (1 - k / (options - 1))),
      ]),
    ),
  };
}

/** A seeded random space with `parties` parties (for property tests). */
export function randomTestSpace(seed: number, parties = 2): FactoredSpace {
  return randomSpace(rng(seed), { parties, factors: 4, maxOptions: 4, weighted: true, grid: 100 });
}

/** The bundled scenario with Ukraine's `no-cession` red line restricted to units other than Crimea, Sevastopol and the four oblasts. */
export function relaxedScenario(scenario: Scenario): Scenario {
  const excluded = new Set(["UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"]);
  const units = scenario.territories.map((t) => t.id).filter((t) => !excluded.has(t));
  return {
    ...scenario,
    parties: scenario.parties.map((p) =>
      p.id === "UA" && p.preferences
        ? {
            ...p,
            preferences: {
              ...p.preferences,
              redLines: (p.preferences.redLines ?? []).map((r) =>
                r.id === "no-cession" ? { ...r, territories: units } : r,
              ),
            },
          }
        : p,
    ),
  };
}
