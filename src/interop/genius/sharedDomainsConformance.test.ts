import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { bruteForceFrontier } from "../../analysis/pareto/bruteForceFrontier.js";
import { findOutcomeAtLeast } from "../../analysis/pareto/findOutcomeAtLeast.js";
import type { FrontierPoint } from "../../analysis/pareto/frontierPoint.js";
import { paretoFrontier } from "../../analysis/pareto/paretoFrontier.js";
import { relaxedThreshold, tolerance } from "../../analysis/pareto/tolerance.js";
import { solutions } from "../../analysis/solutions/index.js";
import { rationalCount } from "../../analysis/solutions/rationalCount.js";
import { enumerateOutcomes } from "../../space/enumerateOutcomes.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { geniusToSpace } from "./geniusToSpace.js";
import { importGenius } from "./importGenius.js";

const root = fileURLToPath(new URL("../../../../shared/domains/", import.meta.url));
/** Frontier sizes measured by an independent implementation (genius-format.md §9). */
const reference: Record<string, number> = {
  "anac2012-EnergyA": 151,
  "anac2015-Politics": 124,
  "anac2010-EnglandZimbabwe": 25,
  "anac2012-ItexvsCypressB": 18,
};

/** Domain file first (no evaluations), then the profiles sorted by name. */
function domainFiles(dir: string): { file: string; text: string }[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(`${dir}/${f}`, "utf8") }));
  const isProfile = (t: string) => /evaluation=|<weight/.test(t);
  return [...files.filter((f) => !isProfile(f.text)), ...files.filter((f) => isProfile(f.text))];
}

/** Brute force for two parties: enumerate, sort, sweep (independent of the kernel's filters). */
function sweepFrontier(space: FactoredSpace): { utilities: number[]; count: bigint }[] {
  const all = [...enumerateOutcomes(space)].map((o) => o.utilities);
  all.sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]!);
  const out: { utilities: number[]; count: bigint }[] = [];
  for (const u of all) {
    const last = out[out.length - 1];
    if (last) {
      const [k0, k1] = last.utilities as [number, number];
      if (u[1]! <= k1 + tolerance(k1, u[1]!, 1e-9)) {
        if (u[1]! >= k1 - tolerance(k1, u[1]!, 1e-9) && u[0]! >= k0 - tolerance(k0, u[0]!, 1e-9))
          last.count++;
        continue;
      }
    }
    out.push({ utilities: [u[0]!, u[1]!], count: 1n });
  }
  return out;
}

const near = (a: readonly FrontierPoint[], b: readonly { utilities: number[] }[]) => {
  expect(a.length).toBe(b.length);
  a.forEach((p, i) =>
    p.utilities.forEach((v, q) => expect(Math.abs(v - b[i]!.utilities[q]!)).toBeLessThanOrEqual(1e-9)),
  );
};

describe("ANAC conformance: fast methods agree with brute force", () => {
  if (!existsSync(root)) {
    it.skip("../shared/domains is missing, so the ANAC conformance checks are skipped", () => {});
    return;
  }
  for (const name of readdirSync(root).sort()) {
    it(`${name}: frontier, counts, solutions, rational count and feasibility match brute force`, () => {
      const imported = importGenius(domainFiles(`${root}/${name}`));
      const { space, reservation } = geniusToSpace(imported);
      const fast = paretoFrontier(space);
      const total = [...space.factors].reduce((n, f) => n * f.size, 1);
      const slow =
        space.parties.length === 2 && total > 20_000 ? sweepFrontier(space) : bruteForceFrontier(space);
      near(fast, slow);
      expect(fast.map((p) => p.count)).toEqual(slow.map((p) => p.count));
      if (reference[name] !== undefined) expect(fast.length).toBe(reference[name]);
      // solutions: the same points whether computed on the fast or the brute-force frontier
      const slowPoints = slow.map((p) => ({ ...p, example: new Int32Array(0) }));
      for (const fn of Object.values(solutions)) {
        near(fn(fast, { disagreement: reservation }), fn(slowPoints, { disagreement: reservation }));
      }
      // rational count by counting vs by enumeration
      const floor = reservation.map((r) => relaxedThreshold(r, 1e-9));
      let acceptable = 0n;
      for (const { utilities } of enumerateOutcomes(space))
        if (floor.every((f, p) => utilities[p]! >= f)) acceptable++;
      expect(rationalCount(space, reservation).count).toBe(acceptable);
      expect(findOutcomeAtLeast(space, reservation) !== null).toBe(acceptable > 0n);
    });
  }
});
