import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkUncertainty } from "../model/checkUncertainty.js";
import { parseScenarioText, type Scenario } from "../model/index.js";
import { type Distribution, UncertaintySchema } from "../model/uncertaintySchema.js";
import { rng } from "../util/rng.js";
import { sampleDistribution } from "./sampleDistribution.js";
import { sampleScenario } from "./sampleScenario.js";

const bundled = parseScenarioText(
  readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8"),
).scenario as Scenario;

const moments = (d: Distribution, n = 20000) => {
  const r = rng(17);
  const xs = Array.from({ length: n }, () => sampleDistribution(d, r));
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  return { xs, mean, min: Math.min(...xs), max: Math.max(...xs) };
};

describe("sampleDistribution(d, rng)", () => {
  it("uniform stays in [min, max] with mean (min + max) / 2", () => {
    const m = moments({ kind: "uniform", min: 2, max: 6 });
    expect(m.min).toBeGreaterThanOrEqual(2);
    expect(m.max).toBeLessThan(6);
    expect(m.mean).toBeCloseTo(4, 1);
  });

  it("triangular has mean (min + mode + max) / 3", () => {
    const m = moments({ kind: "triangular", min: 0, mode: 25, max: 50 });
    expect(m.min).toBeGreaterThanOrEqual(0);
    expect(m.max).toBeLessThanOrEqual(50);
    expect(m.mean).toBeCloseTo(25, 0);
    const skew = moments({ kind: "triangular", min: 0, mode: 0, max: 3 });
    expect(skew.mean).toBeCloseTo(1, 1);
  });

  it("truncated normal stays inside its bounds; symmetric truncation keeps the mean", () => {
    const m = moments({ kind: "truncatedNormal", mean: 0.4, sd: 0.2, min: 0.2, max: 0.6 });
    expect(m.min).toBeGreaterThanOrEqual(0.2);
    expect(m.max).toBeLessThanOrEqual(0.6);
    expect(m.mean).toBeCloseTo(0.4, 2);
  });

  it("is deterministic given the generator's seed", () => {
    const d: Distribution = { kind: "truncatedNormal", mean: 1, sd: 1, min: 0, max: 2 };
    expect(moments(d, 50).xs).toEqual(moments(d, 50).xs);
  });
});

describe("UncertaintySchema", () => {
  it("accepts the documented block and rejects inconsistent distributions", () => {
    const ok = UncertaintySchema.safeParse({
      parameters: [
        { parameter: "reservation", party: "RU", distribution: { kind: "uniform", min: 0.3, max: 0.5 } },
        {
          parameter: "dimensionValue",
          party: "RU",
          dimension: "sovereignty",
          option: "deferred",
          territory: "UA-43",
          distribution: { kind: "triangular", min: 0, mode: 25, max: 50 },
        },
      ],
    });
    expect(ok.success).toBe(true);
    expect(
      UncertaintySchema.safeParse({
        parameters: [
          { parameter: "reservation", party: "RU", distribution: { kind: "uniform", min: 1, max: 0 } },
        ],
      }).success,
    ).toBe(false);
    expect(
      UncertaintySchema.safeParse({
        parameters: [{ parameter: "weight", party: "RU", distribution: { kind: "uniform", min: 0, max: 1 } }],
      }).success,
    ).toBe(false);
  });
});

describe("sampleScenario(scenario, uncertainty, rng)", () => {
  it("draws every listed parameter and leaves the input untouched", () => {
    const u = UncertaintySchema.parse({
      parameters: [
        { parameter: "reservation", party: "RU", distribution: { kind: "uniform", min: 0.1, max: 0.2 } },
        {
          parameter: "issueWeight",
          party: "UA",
          issue: "nato",
          distribution: { kind: "uniform", min: 30, max: 40 },
        },
        {
          parameter: "issueValue",
          party: "RU",
          issue: "eu",
          option: "member_path",
          distribution: { kind: "uniform", min: 90, max: 200 },
        },
        {
          parameter: "territoryWeight",
          party: "UA",
          territory: "UA-43",
          distribution: { kind: "uniform", min: 7, max: 8 },
        },
        {
          parameter: "dimensionWeight",
          party: "RU",
          dimension: "control",
          distribution: { kind: "uniform", min: 5, max: 6 },
        },
        {
          parameter: "dimensionValue",
          party: "UA",
          dimension: "control",
          option: "international",
          territory: "UA-09",
          distribution: { kind: "uniform", min: 0, max: 1 },
        },
      ],
    });
    const s = sampleScenario(bundled, u, rng(3));
    const prefs = (id: string) => s.parties.find((p) => p.id === id)!.preferences!;
    expect(prefs("RU").reservation!.value).toBeGreaterThanOrEqual(0.1);
    expect(prefs("RU").reservation!.value).toBeLessThan(0.2);
    expect(prefs("RU").reservation!.control).toEqual(bundled.parties[0]!.preferences!.reservation!.control);
    expect(prefs("UA").issueWeights!.nato).toBeGreaterThanOrEqual(30);
    expect(prefs("RU").issueValues!.eu!.member_path).toBeGreaterThanOrEqual(90);
    expect(prefs("RU").issueValues!.eu!.member_path).toBeLessThanOrEqual(100);
    expect(prefs("UA").territoryWeights!["UA-43"]).toBeGreaterThanOrEqual(7);
    expect(prefs("RU").dimensionWeights!.control).toBeGreaterThanOrEqual(5);
    expect(prefs("UA").territoryValues!["UA-09"]!.control).toMatchObject({
      UA: 100,
      RU: 0,
      contact_line: 25,
    });
    expect(prefs("UA").territoryValues!["UA-09"]!.control!.international).toBeLessThanOrEqual(1);
    expect(bundled.parties[0]!.preferences!.reservation!.value).toBe(0.4);
    expect(() =>
      sampleScenario(bundled, { parameters: [{ ...u.parameters[0]!, party: "EUR" }] }, rng(1)),
    ).toThrow(/unknown party/);
  });
});

describe("checkUncertainty(scenario, uncertainty)", () => {
  it("names every unknown party, territory, dimension, issue and option", () => {
    const u = UncertaintySchema.parse({
      parameters: [
        { parameter: "reservation", party: "EUR", distribution: { kind: "uniform", min: 0, max: 1 } },
        {
          parameter: "territoryWeight",
          party: "RU",
          territory: "UA-99",
          distribution: { kind: "uniform", min: 0, max: 1 },
        },
        {
          parameter: "dimensionWeight",
          party: "RU",
          dimension: "color",
          distribution: { kind: "uniform", min: 0, max: 1 },
        },
        {
          parameter: "issueValue",
          party: "UA",
          issue: "nato",
          option: "maybe",
          distribution: { kind: "uniform", min: 0, max: 1 },
        },
        {
          parameter: "issueWeight",
          party: "UA",
          issue: "nato",
          distribution: { kind: "uniform", min: 0, max: 1 },
        },
      ],
    });
    expect(checkUncertainty(bundled, u)).toEqual([
      "uncertainty.parameters[0]: unknown party with preferences: EUR",
      "uncertainty.parameters[1]: unknown territory: UA-99",
      "uncertainty.parameters[2]: unknown dimension: color",
      'uncertainty.parameters[3]: unknown option "maybe" of issue nato',
    ]);
  });
});
