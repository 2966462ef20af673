import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { parseScenarioText, type Scenario } from "../model/index.js";
import { simulate } from "./simulate.js";
import { relaxedScenario } from "./testDomains.js";

const bundled = parseScenarioText(
  readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8"),
).scenario as Scenario;

const round3 = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_, v) => (typeof v === "number" ? Math.round(v * 1000) / 1000 : v)));

it("simulate(relaxed, {seed: 5}) gives the recorded result (golden, floats to 3 decimals)", async () => {
  const r = await simulate(
    { kind: "scenario", scenario: relaxedScenario(bundled) },
    {
      runs: 6,
      seed: 5,
      defaultStrategy: "redLineKeeper:conceder",
      preconditions: false,
      uncertainty: {
        parameters: [
          { parameter: "reservation", party: "RU", distribution: { kind: "uniform", min: 0.3, max: 0.5 } },
        ],
      },
    },
  );
  expect(
    round3({
      agreementProbability: r.agreementProbability,
      agreementInterval: r.agreementInterval,
      rounds: r.rounds,
      utilities: r.utilities,
      paretoDistance: r.paretoDistance,
      nashDistance: r.nashDistance,
      crimea: r.outcomes["UA-43.sovereignty"],
      nato: r.outcomes.nato,
    }),
  ).toMatchInlineSnapshot(`
    {
      "agreementInterval": [
        0.61,
        1,
      ],
      "agreementProbability": 1,
      "crimea": {
        "RU": 1,
        "UA": 0,
        "deferred": 0,
      },
      "nashDistance": {
        "max": 0.028,
        "mean": 0.018,
        "median": 0.017,
        "min": 0.01,
        "n": 6,
        "p05": 0.01,
        "p95": 0.028,
        "sd": 0.007,
      },
      "nato": {
        "excluded": 1,
        "member": 0,
        "open": 0,
      },
      "paretoDistance": {
        "max": 0,
        "mean": 0,
        "median": 0,
        "min": 0,
        "n": 6,
        "p05": 0,
        "p95": 0,
        "sd": 0,
      },
      "rounds": [
        11,
        9,
        10,
        6,
        12,
        8,
      ],
      "utilities": {
        "RU": {
          "max": 0.658,
          "mean": 0.642,
          "median": 0.642,
          "min": 0.614,
          "n": 6,
          "p05": 0.614,
          "p95": 0.658,
          "sd": 0.016,
        },
        "UA": {
          "max": 0.585,
          "mean": 0.556,
          "median": 0.546,
          "min": 0.538,
          "n": 6,
          "p05": 0.538,
          "p95": 0.585,
          "sd": 0.017,
        },
      },
    }
  `);
});
