import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { analyzeScenario, createHighsSolver, parseScenarioText } from "./index.js";

describe("the library entry point (README example)", () => {
  it("parseScenarioText + analyzeScenario run the main job", async () => {
    const text = readFileSync(new URL("../scenarios/london-2025.yaml", import.meta.url), "utf8");
    const { scenario, diagnostics } = parseScenarioText(text);
    expect(diagnostics).toEqual([]);
    if (!scenario) throw new Error("bundled scenario did not load");
    const result = analyzeScenario(scenario, { solver: await createHighsSolver(), at: "2025-04-23" });
    expect(result.verdict).toBe("deadlock");
    expect(result.conflicts.some((c) => c.territories.includes("UA-43"))).toBe(true);
  });
});
