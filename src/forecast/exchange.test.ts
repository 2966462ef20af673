import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { candidateExchanges, realiseExchanges, runExchange } from "./exchange.js";
import { readDecideInput } from "./readDecideInput.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const sample = readDecideInput(
  readFileSync(path.join(repoRoot, "test/fixtures/forecast/decide/sample_data.txt"), "utf8"),
  "sample_data.txt",
);
const x = sample.actors.map((a) =>
  a.position.map(
    (v, d) =>
      ((v - sample.dimensions[d]!.min) / (sample.dimensions[d]!.max - sample.dimensions[d]!.min)) * 100,
  ),
);
const s = sample.actors.map((a) => a.salience);
const c = sample.actors.map((a) => a.power!);

describe("candidateExchanges(x, s, c) on Decide's sample data", () => {
  it("finds Decide's 240 candidate exchanges", () => {
    expect(candidateExchanges(x, s, c)).toHaveLength(240);
  });
});

describe("realiseExchanges(x, s, c)", () => {
  // Decide asserts 1.973684210526315789473684214 and 1.79263630876534102340553952 (Decimal).
  it("realises Decide's unit-test gains first: 1.973684210526… then 1.792636308765…", () => {
    const { exchanges } = realiseExchanges(x, s, c);
    expect(exchanges[0]!.gain).toBeCloseTo(1.9736842105263157, 12);
    expect(exchanges[1]!.gain).toBeCloseTo(1.792636308765341, 12);
    const ids = (k: number) => sample.actors[k]!.id;
    expect([ids(exchanges[0]!.i), ids(exchanges[0]!.j)]).toEqual(["Wcentr", "Willems"]);
    for (let k = 1; k < exchanges.length; k++)
      expect(exchanges[k]!.gain).toBeLessThanOrEqual(exchanges[k - 1]!.gain);
  });
});

describe("runExchange(problem)", () => {
  it("moves the compromise and logs exchanges", () => {
    const r = runExchange(sample, { rounds: 3 });
    expect(r.turns).toBe(4);
    expect(r.log[0]!.kind).toBe("exchange");
    expect(r.final.expected).toHaveLength(6);
    r.final.expected.forEach((v, d) => {
      expect(v).toBeGreaterThanOrEqual(sample.dimensions[d]!.min);
      expect(v).toBeLessThanOrEqual(sample.dimensions[d]!.max);
    });
  });
  it("is invariant to actor order", () => {
    const rev = { ...sample, actors: [...sample.actors].reverse() };
    const a = runExchange(sample, { rounds: 2 }).final.expected;
    const b = runExchange(rev, { rounds: 2 }).final.expected;
    b.forEach((v, d) => expect(v).toBeCloseTo(a[d]!, 6));
  });
  it("throws with a single dimension", () => {
    const one = {
      ...sample,
      dimensions: sample.dimensions.slice(0, 1),
      actors: sample.actors.map((a) => ({
        ...a,
        position: a.position.slice(0, 1),
        salience: a.salience.slice(0, 1),
        power: a.power!.slice(0, 1),
      })),
    };
    expect(() => runExchange(one)).toThrow("two or more dimensions");
  });
});
