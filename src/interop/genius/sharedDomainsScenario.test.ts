import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { paretoFrontier } from "../../analysis/pareto/paretoFrontier.js";
import { parseScenarioText } from "../../model/index.js";
import { compileScenario, spaceOf } from "../../preferences/index.js";
import { enumerateOutcomes } from "../../space/enumerateOutcomes.js";
import { evaluateOutcome } from "../../space/evaluateOutcome.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { rng } from "../../util/rng.js";
import { geniusToScenario, utilityDifferenceBound } from "./geniusToScenario.js";
import { geniusToSpace } from "./geniusToSpace.js";
import type { GeniusImport } from "./geniusTypes.js";
import { optionScore } from "./geniusUtility.js";
import { importGenius } from "./importGenius.js";
import { scenarioToGenius } from "./scenarioToGenius.js";

const root = fileURLToPath(new URL("../../../../shared/domains/", import.meta.url));
/** Above this many outcomes, compare the Pareto frontier and a seeded sample instead of every outcome. */
const ENUMERATE_LIMIT = 200_000;
const SAMPLE = 5_000;

/** Domain file first (no evaluations), then the profiles sorted by name. */
function domainFiles(dir: string): { file: string; text: string }[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".xml"))
    .sort()
    .map((f) => ({ file: f, text: readFileSync(`${dir}/${f}`, "utf8") }));
  const isProfile = (t: string) => /evaluation=|<weight/.test(t);
  return [...files.filter((f) => !isProfile(f.text)), ...files.filter((f) => isProfile(f.text))];
}

/** Largest per-party |a − b| over the outcomes given. */
function worst(a: FactoredSpace, b: FactoredSpace, outcomes: Iterable<Int32Array>): number[] {
  const out = a.parties.map(() => 0);
  for (const o of outcomes) {
    const ua = evaluateOutcome(a, o);
    const ub = evaluateOutcome(b, o);
    ua.forEach((u, p) => {
      out[p] = Math.max(out[p]!, Math.abs(u - ub[p]!));
    });
  }
  return out;
}

/** Every outcome, or the frontier examples of both spaces plus a seeded sample. */
function* outcomesToCheck(genius: FactoredSpace, scenario: FactoredSpace): Generator<Int32Array> {
  const sizes = genius.issues.map((i) => i.options.length);
  const total = sizes.reduce((n, k) => n * k, 1);
  if (total <= ENUMERATE_LIMIT) {
    for (const { outcome } of enumerateOutcomes(genius)) yield outcome;
    return;
  }
  for (const p of paretoFrontier(genius)) yield p.example;
  for (const p of paretoFrontier(scenario)) yield p.example;
  const random = rng(20251125);
  for (let k = 0; k < SAMPLE; k++) yield Int32Array.from(sizes, (n) => random.int(n));
}

function content(imported: GeniusImport) {
  return {
    issues: imported.domain.issues.map((i) => ({ name: i.name, values: i.values })),
    profiles: imported.profiles.map((p) => ({
      name: p.name,
      weights: p.weights,
      scores: imported.domain.issues.map((issue, i) =>
        issue.values.map((_, k) => optionScore(issue, p.evaluators[i]!, k)),
      ),
      reservation: p.reservation,
      discount: p.discount,
    })),
  };
}

function expectClose(actual: unknown, expected: unknown, tol: number, path = "$"): void {
  if (typeof expected === "number") {
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
      tol,
    );
  } else if (Array.isArray(expected)) {
    expect((actual as unknown[]).length, path).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, tol, `${path}[${i}]`));
  } else if (expected && typeof expected === "object") {
    for (const [k, e] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], e, tol, `${path}.${k}`);
  } else expect(actual, path).toEqual(expected);
}

describe("ANAC domains: GENIUS → scenario → GENIUS", () => {
  if (!existsSync(root)) {
    it.skip("../shared/domains is missing, so the ANAC scenario conversion checks are skipped", () => {});
    return;
  }
  for (const name of readdirSync(root).sort()) {
    it(`${name}: scenario utilities equal GENIUS utilities; reservation, discount and profiles survive`, () => {
      const files = domainFiles(`${root}/${name}`);
      const imported = importGenius(files);
      const { scenario: input, diagnostics } = geniusToScenario(imported, {
        date: "2025-01-01",
        files: files.map((f) => f.file),
      });
      const parsed = parseScenarioText(stringify(input, { lineWidth: 0 }), { file: `${name}.yaml` });
      expect(parsed.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const scenario = parsed.scenario!;
      const compiled = compileScenario(scenario);
      expect(compiled.positions.filter((p) => p.test)).toEqual([]); // no red lines
      const scenarioSpace = spaceOf(compiled);
      const geniusSpace = geniusToSpace(imported).space;
      expect(scenarioSpace.parties).toEqual(geniusSpace.parties);

      // weights that do not sum to 1 (and cannot be rescaled exactly): a warning and a bounded difference
      const loose = new Set(
        diagnostics.filter((d) => d.code === "weights_not_normalised").map((d) => d.file as string),
      );
      const tolerances = imported.profiles.map((p) =>
        loose.has(p.file!) ? utilityDifferenceBound(imported, p) + 1e-12 : 1e-9,
      );
      const differences = worst(geniusSpace, scenarioSpace, outcomesToCheck(geniusSpace, scenarioSpace));
      differences.forEach((d, p) =>
        expect(d, `${imported.profiles[p]!.name}`).toBeLessThanOrEqual(tolerances[p]!),
      );
      if (name === "anac2012-LaptopB") {
        expect(loose.size).toBeGreaterThan(0);
        expect(diagnostics.find((d) => d.code === "weights_not_normalised")!.message).toMatch(
          /sum to 1\.0000\d+, not 1: .*utilities differ by at most [\d.e-]+/,
        );
      }
      for (const p of imported.profiles) {
        const S = p.weights.reduce((a, b) => a + b, 0);
        if (Math.abs(S - 1) <= 1e-12) expect(loose.has(p.file!)).toBe(false);
      }

      // reservation values and discount factors survive
      expect(compiled.reservation).toEqual(imported.profiles.map((p) => p.reservation));
      expect(scenario.parties.map((p) => p.preferences!.discount ?? 1)).toEqual(
        imported.profiles.map((p) => p.discount),
      );

      // back to GENIUS XML: same domain and profiles (weights normalised where the warning was given)
      const back = importGenius(scenarioToGenius(scenario).files);
      const expected = content(imported);
      expected.profiles.forEach((p) => {
        if (loose.has(`${p.name}.xml`)) {
          const S = p.weights.reduce((a, b) => a + b, 0);
          p.weights = p.weights.map((w) => w / S);
        }
      });
      expectClose(content(back), expected, 1e-12);
      expect(back.domain.issues.map((i) => i.kind)).toEqual(imported.domain.issues.map((i) => i.kind));
    });
  }
});
