import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { isEngineError } from "../../errors.js";
import { parseScenarioText, type Scenario, type ScenarioInput } from "../../model/index.js";
import { compileScenario, spaceOf } from "../../preferences/index.js";
import { enumerateOutcomes } from "../../space/enumerateOutcomes.js";
import { evaluateOutcome } from "../../space/evaluateOutcome.js";
import type { FactoredSpace } from "../../space/factoredSpace.js";
import { rng } from "../../util/rng.js";
import { geniusToScenario, toScenarioId, utilityDifferenceBound } from "./geniusToScenario.js";
import { geniusToSpace } from "./geniusToSpace.js";
import type { GeniusImport } from "./geniusTypes.js";
import { optionScore } from "./geniusUtility.js";
import { importGenius } from "./importGenius.js";
import { scenarioToGenius } from "./scenarioToGenius.js";

const dir = new URL("../../../test/fixtures/genius/", import.meta.url);
const fixture = (name: string) => ({ file: name, text: readFileSync(new URL(name, dir), "utf8") });
const load = (...names: string[]) => importGenius(names.map(fixture));

/** Writes the scenario as YAML and reads it back: it must validate without errors. */
function validated(input: ScenarioInput): Scenario {
  const { scenario, diagnostics } = parseScenarioText(stringify(input, { lineWidth: 0 }), {
    file: "converted.yaml",
  });
  expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
  return scenario!;
}

const compiledSpace = (scenario: Scenario): FactoredSpace => spaceOf(compileScenario(scenario));

/** Largest |a − b| over every outcome (same issues and options in the same order). */
function maxDifference(a: FactoredSpace, b: FactoredSpace): number {
  expect(b.issues.map((i) => i.options.length)).toEqual(a.issues.map((i) => i.options.length));
  let worst = 0;
  for (const { outcome, utilities } of enumerateOutcomes(a)) {
    const other = evaluateOutcome(b, outcome);
    utilities.forEach((u, p) => {
      worst = Math.max(worst, Math.abs(u - other[p]!));
    });
  }
  return worst;
}

/** The GENIUS content a round trip must keep: issues, values, weights, normalised scores, reservation, discount. */
function geniusContent(imported: GeniusImport) {
  return {
    domain: imported.domain.name,
    issues: imported.domain.issues.map((i) => ({ name: i.name, kind: i.kind, values: i.values })),
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

/** Deep equality with numbers compared to `tol`. */
function expectClose(actual: unknown, expected: unknown, tol = 1e-12, path = "$"): void {
  if (typeof expected === "number") {
    expect(typeof actual, path).toBe("number");
    expect(Math.abs((actual as number) - expected), `${path}: ${actual} vs ${expected}`).toBeLessThanOrEqual(
      tol,
    );
  } else if (Array.isArray(expected)) {
    expect(Array.isArray(actual) && actual.length, path).toBe(expected.length);
    expected.forEach((e, i) => expectClose((actual as unknown[])[i], e, tol, `${path}[${i}]`));
  } else if (expected && typeof expected === "object") {
    expect(Object.keys(actual as object).sort(), path).toEqual(Object.keys(expected).sort());
    for (const [k, e] of Object.entries(expected))
      expectClose((actual as Record<string, unknown>)[k], e, tol, `${path}.${k}`);
  } else expect(actual, path).toEqual(expected);
}

/** GENIUS → scenario → GENIUS: files written by scenarioToGenius, read back by importGenius. */
function backToGenius(scenario: Scenario): GeniusImport {
  const { files, imported } = scenarioToGenius(scenario);
  const reread = importGenius(files);
  expect(geniusContent(reread)).toEqual(geniusContent(imported));
  return reread;
}

describe("GENIUS → scenario", () => {
  it("geniusToScenario(imported) gives a valid scenario with labels, reservation, discount and one source", () => {
    const imported = load("fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml");
    const { scenario: input, diagnostics } = geniusToScenario(imported, {
      date: "2025-01-01",
      files: ["fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml"],
    });
    expect(diagnostics).toEqual([]);
    const scenario = validated(input);
    expect(scenario.territories).toEqual([]);
    expect(Object.keys(scenario.sources)).toEqual(["genius"]);
    expect(scenario.sources.genius!.title).toContain("fruit-domain.xml, fruit-buyer.xml, fruit-seller.xml");
    expect(scenario.parties.map((p) => [p.id, p.kind, p.role])).toEqual([
      ["fruit-buyer", "other", "negotiator"],
      ["fruit-seller", "other", "negotiator"],
    ]);
    expect(scenario.issues.map((i) => i.options.map((o) => o.label))).toEqual(
      imported.domain.issues.map((i) => i.values),
    );
    const [buyer, seller] = scenario.parties.map((p) => p.preferences!);
    expect(buyer!.issueValues!.Fruit).toEqual({ Apple: 50, Pear: 100, Quince: 25 });
    expect(buyer!.issueValues!.Boxes).toEqual({ "1": 25, "2": 75, "3": 100, "4": 100 });
    expect(seller!.issueValues!.Boxes).toEqual({ "1": 100, "2": 70, "3": 30, "4": 0 });
    expect([
      buyer!.reservation!.value,
      buyer!.discount,
      seller!.reservation!.value,
      seller!.discount,
    ]).toEqual([0.3, 1, 0.45, 1]);
  });

  it("compiled scenario utilities equal the GENIUS utilities for every outcome (discrete, integer, real, GeniusWeb)", () => {
    for (const files of [
      ["fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml"],
      ["heat-domain.xml", "heat-warm.xml", "heat-cool.xml"],
      ["trip-domain.json", "trip-alice.json", "trip-bob.json"],
      ["odd-domain.xml", "odd-a.xml", "odd-b.xml"],
    ]) {
      const imported = load(...files);
      const { scenario, diagnostics } = geniusToScenario(imported, { date: "2025-01-01" });
      expect(diagnostics.filter((d) => d.code === "weights_not_normalised")).toEqual([]);
      const s = validated(scenario);
      expect(maxDifference(geniusToSpace(imported).space, compiledSpace(s))).toBeLessThanOrEqual(1e-12);
      expect(compileScenario(s).reservation).toEqual(imported.profiles.map((p) => p.reservation));
    }
  });

  it("odd value names become valid ids and stay as labels; XML special characters survive the round trip", () => {
    const imported = load("odd-domain.xml", "odd-a.xml", "odd-b.xml");
    const s = validated(geniusToScenario(imported, { date: "2025-01-01" }).scenario);
    expect(s.id).toBe("Odd_names");
    expect(s.issues.map((i) => i.id)).toEqual(["External_Monitor", "Price_delta", "Yes_No"]);
    expect(s.issues[0]!.options).toEqual([
      { id: "19_LCD", label: "19'' LCD" },
      { id: "20_LCD_stand", label: '20" LCD & stand' },
      { id: "Ecran_23_wide", label: "Écran 23 <wide>" },
      { id: "19_LCD_2", label: "19 LCD" },
    ]);
    expect(s.issues[1]!.options.map((o) => o.id)).toEqual(["v-2", "v-1", "0", "1", "2"]);
    expect(s.parties.map((p) => p.preferences!.discount)).toEqual([0.75, 0.9]);
    expect(toScenarioId("", "x")).toBe("x");
  });

  it("GENIUS → scenario → GENIUS keeps issues, values, weights, normalised evaluations, reservation and discount", () => {
    for (const files of [
      ["fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml"],
      ["odd-domain.xml", "odd-a.xml", "odd-b.xml"],
    ]) {
      const imported = load(...files);
      const back = backToGenius(validated(geniusToScenario(imported, { date: "2025-01-01" }).scenario));
      expectClose(geniusContent(back), geniusContent(imported));
      // integer issues come back as integer issues, with the same evaluators
      expect(back.domain.issues.map((i) => i.kind)).toEqual(imported.domain.issues.map((i) => i.kind));
      expectClose(
        back.profiles.map((p) => p.evaluators.filter((e) => e.kind === "integer")),
        imported.profiles.map((p) => p.evaluators.filter((e) => e.kind === "integer")),
      );
      expect(maxDifference(geniusToSpace(imported).space, geniusToSpace(back).space)).toBeLessThanOrEqual(
        1e-12,
      );
    }
  });

  it("real and GeniusWeb number issues come back as discrete issues with the same values and utilities", () => {
    for (const files of [
      ["heat-domain.xml", "heat-warm.xml", "heat-cool.xml"],
      ["trip-domain.json", "trip-alice.json", "trip-bob.json"],
    ]) {
      const imported = load(...files);
      const back = backToGenius(validated(geniusToScenario(imported, { date: "2025-01-01" }).scenario));
      expect(back.domain.issues.map((i) => i.values)).toEqual(imported.domain.issues.map((i) => i.values));
      expect(back.domain.issues.every((i) => i.kind === "discrete")).toBe(true);
      expect(maxDifference(geniusToSpace(imported).space, geniusToSpace(back).space)).toBeLessThanOrEqual(
        1e-12,
      );
    }
  });

  it("weights not summing to 1: a warning names the file, the sum and the largest difference, which bounds the error", () => {
    const imported = load("fruit-domain.xml", "capped-prof.xml", "fruit-buyer.xml");
    const { scenario, diagnostics } = geniusToScenario(imported, { date: "2025-01-01" });
    expect(diagnostics.map((d) => [d.code, d.file, d.severity])).toEqual([
      ["weights_not_normalised", "capped-prof.xml", "warning"],
    ]);
    const bound = utilityDifferenceBound(imported, imported.profiles[0]!);
    expect(diagnostics[0]!.message).toContain("sum to 1.4");
    expect(diagnostics[0]!.message).toContain(`at most ${bound.toPrecision(3)}`);
    const diff = maxDifference(geniusToSpace(imported).space, compiledSpace(validated(scenario)));
    expect(diff).toBeGreaterThan(0);
    expect(diff).toBeLessThanOrEqual(bound + 1e-12);
  });

  it("weights summing below 1 (the cap cannot bind) are exact: values are scaled by the sum, no warning", () => {
    const imported = load("fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml");
    imported.profiles[0]!.weights = [0.4, 0.3, 0.1];
    imported.profiles[1]!.weights = [0, 0, 0];
    const { scenario, diagnostics } = geniusToScenario(imported, { date: "2025-01-01" });
    expect(diagnostics).toEqual([]);
    const s = validated(scenario);
    expect(s.parties[0]!.preferences!.issueValues!.Fruit).toEqual({ Apple: 40, Pear: 80, Quince: 20 });
    expect(maxDifference(geniusToSpace(imported).space, compiledSpace(s))).toBeLessThanOrEqual(1e-12);
    const back = backToGenius(s);
    expectClose(geniusContent(back), geniusContent(imported));
  });

  it("geniusToScenario(imported) rejects what a scenario cannot hold, naming the file", () => {
    const imported = load("fruit-domain.xml", "fruit-buyer.xml");
    imported.profiles[0]!.weights[1] = -0.1;
    expect(() => geniusToScenario(imported)).toThrow(/fruit-buyer\.xml: issue "Delivery" has weight -0\.1/);
  });
});

describe("scenario → GENIUS", () => {
  const harbour = () => validated(parseScenarioText(fixture("harbour-scenario.yaml").text).scenario!);

  it("scenario → GENIUS → scenario keeps issues, options, parties, weights, values, reservation and discount", () => {
    const original = harbour();
    const { files, diagnostics } = scenarioToGenius(original);
    expect(diagnostics).toEqual([]);
    expect(files.map((f) => f.file)).toEqual(["harbour-lease-domain.xml", "port.xml", "shipper.xml"]);
    const imported = importGenius(files);
    const { scenario, diagnostics: back } = geniusToScenario(imported, {
      date: original.date,
      id: original.id,
    });
    expect(back).toEqual([]);
    const again = validated(scenario);
    expect(again.issues.map((i) => ({ id: i.id, name: i.name, options: i.options }))).toEqual(
      original.issues.map((i) => ({ id: i.id, name: i.name, options: i.options })),
    );
    const prefs = (s: Scenario) =>
      s.parties.map((p) => ({
        id: p.id,
        kind: p.kind,
        role: p.role,
        issueWeights: p.preferences!.issueWeights,
        issueValues: p.preferences!.issueValues,
        reservation: p.preferences!.reservation!.value,
        discount: p.preferences!.discount ?? 1,
      }));
    expect(prefs(again)).toEqual(prefs(original));
    expect(maxDifference(compiledSpace(original), compiledSpace(again))).toBeLessThanOrEqual(1e-12);
    expect(maxDifference(compiledSpace(original), geniusToSpace(imported).space)).toBeLessThanOrEqual(1e-12);
  });

  it("a loosely written scenario converts with the same utilities; what GENIUS cannot hold is listed", () => {
    const original = validated(parseScenarioText(fixture("harbour-loose.yaml").text).scenario!);
    const { files, diagnostics, imported } = scenarioToGenius(original);
    expect(diagnostics.map((d) => [d.code, d.path])).toEqual([
      ["party_dropped", "parties[2]"],
      ["dropped", "proposals"],
      ["dropped", "issues"],
    ]);
    expect(imported.domain.issues.map((i) => [i.name, i.values])).toEqual([
      ["Lease term", ["short", "long"]],
      ["Rent", ["low", "high"]],
    ]);
    // weights divided by their sum; an issue whose best value is 60 weighs 0.6 × 3/5
    expect(imported.profiles[0]!.weights).toEqual([0.36, 0.32]);
    const reread = importGenius(files);
    expect(maxDifference(compiledSpace(original), geniusToSpace(reread).space)).toBeLessThanOrEqual(1e-12);
    const again = validated(geniusToScenario(reread, { date: original.date }).scenario);
    expect(maxDifference(compiledSpace(original), compiledSpace(again))).toBeLessThanOrEqual(1e-12);
    expect(again.parties.map((p) => p.preferences!.reservation!.value)).toEqual([0.2, 0]);
  });

  it("territorial preferences and red lines are a clear error listing every problem; red lines may be dropped", () => {
    const london = parseScenarioText(
      readFileSync(new URL("../../../scenarios/london-2025.yaml", import.meta.url), "utf8"),
    );
    expect(london.scenario).toBeDefined();
    let error: unknown;
    try {
      scenarioToGenius(london.scenario!);
    } catch (e) {
      error = e;
    }
    expect(isEngineError(error)).toBe(true);
    expect((error as Error).message).toMatch(
      /cannot convert scenario .* to GENIUS: \d+ problems \(territory_preferences/,
    );
    const listed = (error as { details: { diagnostics: { code: string; severity: string }[] } }).details
      .diagnostics;
    expect(listed.some((d) => d.code === "territory_preferences" && d.severity === "error")).toBe(true);
    expect(listed.some((d) => d.code === "red_line" && d.severity === "error")).toBe(true);

    const input = parseScenarioText(fixture("harbour-scenario.yaml").text).scenario!;
    input.parties[0]!.preferences!.redLines = [
      { id: "no-short", description: "No five-year lease", forbid: { issue: "term", in: ["5y"] } },
    ];
    expect(() => scenarioToGenius(input)).toThrow(/1 problem \(red_line\)/);
    const dropped = scenarioToGenius(input, { dropRedLines: true });
    expect(dropped.diagnostics.map((d) => [d.code, d.severity, d.path])).toEqual([
      ["red_line", "warning", "parties[0].preferences.redLines[0]"],
    ]);
    expect(dropped.diagnostics[0]!.message).toContain('red line "no-short" (No five-year lease)');
  });
});

describe("conversion properties (fast-check)", () => {
  /** A random GENIUS import: discrete issues with raw evaluations, weights normalised to sum to 1 (or not). */
  const arbImport = fc
    .record({
      sizes: fc.array(fc.integer({ min: 2, max: 4 }), { minLength: 1, maxLength: 4 }),
      parties: fc.integer({ min: 1, max: 3 }),
      seed: fc.integer({ min: 0, max: 1_000_000 }),
      normalise: fc.boolean(),
    })
    .map(({ sizes, parties, seed, normalise }): GeniusImport => {
      const random = rng(seed);
      return {
        domain: {
          name: `random ${seed}`,
          issues: sizes.map((n, i) => ({
            name: `issue ${i}`,
            index: i + 1,
            kind: "discrete" as const,
            values: Array.from({ length: n }, (_, k) => `v ${k}`),
          })),
        },
        profiles: Array.from({ length: parties }, (_, p) => {
          const raw = sizes.map(() => 1 + random.int(9));
          const S = raw.reduce((a, b) => a + b, 0);
          return {
            name: `p${p}`,
            source: "genius" as const,
            weights: normalise ? raw.map((w) => w / S) : raw.map((w) => w / 10),
            evaluators: sizes.map((n) => ({
              kind: "discrete" as const,
              evaluations: Array.from({ length: n }, () => random.int(20)),
            })),
            reservation: random.int(5) / 10,
            discount: 1,
          };
        }),
        diagnostics: [],
      };
    });

  it("GENIUS → scenario: equal utilities, or a warning whose bound holds", () => {
    fc.assert(
      fc.property(arbImport, (imported) => {
        const { scenario, diagnostics } = geniusToScenario(imported, { date: "2025-01-01" });
        const diff = maxDifference(geniusToSpace(imported).space, compiledSpace(validated(scenario)));
        const warned = diagnostics.filter((d) => d.code === "weights_not_normalised").length;
        const bound = Math.max(0, ...imported.profiles.map((p) => utilityDifferenceBound(imported, p)));
        if (warned === 0) expect(diff).toBeLessThanOrEqual(1e-12);
        else expect(diff).toBeLessThanOrEqual(bound + 1e-12);
      }),
      { numRuns: 60 },
    );
  });

  it("scenario → GENIUS: the GENIUS files give the scenario's compiled utilities", () => {
    fc.assert(
      fc.property(arbImport, fc.integer({ min: 0, max: 1_000_000 }), (imported, seed) => {
        // turn it into a loosely written scenario: any weights, values with best below 100
        const input = geniusToScenario(imported, { date: "2025-01-01" }).scenario;
        const random = rng(seed);
        for (const party of input.parties) {
          const prefs = party.preferences!;
          for (const id of Object.keys(prefs.issueWeights!)) prefs.issueWeights![id] = random.int(5);
          for (const table of Object.values(prefs.issueValues!))
            for (const o of Object.keys(table)) table[o] = random.int(81);
        }
        const scenario = validated(input);
        const { files } = scenarioToGenius(scenario);
        const diff = maxDifference(compiledSpace(scenario), geniusToSpace(importGenius(files)).space);
        expect(diff).toBeLessThanOrEqual(1e-12);
      }),
      { numRuns: 60 },
    );
  });
});
