import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rng } from "../util/rng.js";
import {
  disagreementLine,
  forecastSpread,
  perturbProblem,
  quantile,
  variantSweep,
} from "./forecastSpread.js";
import { readForecastText } from "./readForecastText.js";
import { forecastModels, runForecast } from "./runForecast.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { problem } = readForecastText(
  readFileSync(path.join(repoRoot, "test/fixtures/forecast/small.forecast.yaml"), "utf8"),
  "small.forecast.yaml",
);

describe("quantile(sorted, q)", () => {
  it("interpolates linearly", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([5], 0.9)).toBe(5);
  });
});

describe("perturbProblem(problem, p, rng)", () => {
  it("keeps positions on the scale and saliences in [0, 1]", () => {
    const r = rng(3);
    for (let k = 0; k < 50; k++) {
      const q = perturbProblem(problem, { position: 0.5, salience: 2, capability: 0.9 }, r);
      for (const a of q.actors) {
        expect(a.position[0]).toBeGreaterThanOrEqual(0);
        expect(a.position[0]).toBeLessThanOrEqual(10);
        expect(a.salience[0]).toBeGreaterThanOrEqual(0);
        expect(a.salience[0]).toBeLessThanOrEqual(1);
        expect(a.capability).toBeGreaterThan(0);
      }
    }
  });
});

describe("forecastSpread(problem, model, options)", () => {
  it("is reproducible for a seed and changes with it", () => {
    const a = forecastSpread(problem, "compromise", { runs: 40, seed: 7, rng });
    const b = forecastSpread(problem, "compromise", { runs: 40, seed: 7, rng });
    const c = forecastSpread(problem, "compromise", { runs: 40, seed: 8, rng });
    expect(a.outcomes).toEqual(b.outcomes);
    expect(a.outcomes).not.toEqual(c.outcomes);
  });
  it("orders its summary statistics and splits runs around the status quo", () => {
    const s = forecastSpread(problem, "smp", { runs: 30, seed: 1, variants: variantSweep("smp"), rng })
      .dimensions[0]!;
    expect(s.min).toBeLessThanOrEqual(s.range90[0]);
    expect(s.range90[0]).toBeLessThanOrEqual(s.iqr[0]);
    expect(s.iqr[0]).toBeLessThanOrEqual(s.median);
    expect(s.median).toBeLessThanOrEqual(s.iqr[1]);
    expect(s.iqr[1]).toBeLessThanOrEqual(s.range90[1]);
    expect(s.range90[1]).toBeLessThanOrEqual(s.max);
    expect(s.belowStatusQuo! + s.atStatusQuo! + s.aboveStatusQuo!).toBeCloseTo(1, 12);
  });
  it("without perturbation and variants gives the point forecast in every run", () => {
    const s = forecastSpread(problem, "compromise", { runs: 3, seed: 1, perturbation: null, rng });
    const point = runForecast(problem, "compromise").final.expected[0]!;
    expect(s.dimensions[0]!.min).toBe(point);
    expect(s.dimensions[0]!.max).toBe(point);
  });
  it("throws on runs < 1", () => {
    expect(() => forecastSpread(problem, "bdm", { runs: 0, seed: 1, rng })).toThrow("invalid runs: 0");
  });
});

describe("variantSweep(model)", () => {
  it("lists only settings the model accepts", () => {
    for (const m of forecastModels) {
      if (m === "exchange") continue;
      for (const v of variantSweep(m)) expect(() => runForecast(problem, m, v)).not.toThrow();
    }
  });
});

describe("disagreementLine(problem, results)", () => {
  it("names the dimension with the widest range across models", () => {
    const results = ["compromise", "median", "smp", "bdm"].map((m) => runForecast(problem, m));
    expect(disagreementLine(problem, results)).toMatch(/^Models disagree most on price \(/);
  });
});
