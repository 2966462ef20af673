import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { analyzeScenario, scenarioTimeline } from "../../src/analysis/index.js";
import { parseScenarioText, type Scenario } from "../../src/model/index.js";
import { createHighsSolver, type MilpSolver } from "../../src/solver/index.js";
import { golden, roundFloats } from "./golden.js";

const text = readFileSync(new URL("../../scenarios/london-2025.yaml", import.meta.url), "utf8");
const scenario = parseScenarioText(text).scenario as Scenario;
let solver: MilpSolver;
beforeAll(async () => {
  solver = await createHighsSolver();
});

describe("golden: the bundled London 2025 scenario", () => {
  it("analyzeScenario(london2025) matches test/golden/output/london-2025.analysis.json", () => {
    const result = analyzeScenario(scenario, { solver });
    expect(roundFloats(result)).toEqual(golden("london-2025.analysis", result));
  });

  it("analyzeScenario(london2025) names Crimea, Sevastopol and the four annexed oblasts among the walls", () => {
    const result = analyzeScenario(scenario, { solver });
    expect(result.verdict).toBe("deadlock");
    const walls = new Set(result.conflicts.flatMap((c) => c.territories));
    for (const id of ["UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"]) expect(walls).toContain(id);
    expect(result.conflictsComplete).toBe(true);
    expect(result.concessions.length).toBeGreaterThan(0);
    for (const c of result.conflicts) expect(c.parties.sort()).toEqual(["RU", "UA"]);
  });

  it("scenarioTimeline(london2025) matches test/golden/output/london-2025.timeline.json", () => {
    const entries = scenarioTimeline(scenario, { solver });
    expect(roundFloats(entries)).toEqual(golden("london-2025.timeline", entries));
    expect(entries.map((e) => e.date)).toContain("2025-04-23");
  });
});
