import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText, type Scenario } from "../model/index.js";
import { simulate } from "./simulate.js";
import { SimulationParametersSchema, simulationOptions } from "./simulationParameters.js";

const bundled = parseScenarioText(
  readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8"),
).scenario as Scenario;

describe("SimulationParametersSchema", () => {
  it("accepts the web workbench's {runs, seed} and fills the seed", () => {
    expect(SimulationParametersSchema.parse({ runs: 200 })).toEqual({ runs: 200, seed: 1 });
  });

  it("rejects unknown keys, bad protocols and too many runs", () => {
    expect(SimulationParametersSchema.safeParse({ runs: 10, workers: 4 }).success).toBe(false);
    expect(SimulationParametersSchema.safeParse({ runs: 10, protocol: "auction" }).success).toBe(false);
    expect(SimulationParametersSchema.safeParse({ runs: 1e6 }).success).toBe(false);
  });

  it("simulationOptions(p) runs the simulation the parameters describe", async () => {
    const p = SimulationParametersSchema.parse({
      runs: 3,
      seed: 2,
      protocol: "mediated",
      strategies: { UA: "redLineKeeper:linear" },
      patience: null,
      preconditions: false,
      maxRounds: 12,
    });
    const r = await simulate({ kind: "scenario", scenario: bundled }, simulationOptions(p));
    expect(r).toMatchObject({ runs: 3, seed: 2, protocol: "mediated", maxRounds: 12, agreements: 0 });
    expect(r.strategies).toEqual({ RU: "redLineKeeper:boulware", UA: "redLineKeeper:linear" });
    expect(r.end.deadline).toBe(3);
  });
});
