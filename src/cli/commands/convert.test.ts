import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../test/runCliCaptured.js";
import { parseScenarioText } from "../../model/index.js";

const fixtures = fileURLToPath(new URL("../../../test/fixtures/genius/", import.meta.url));

const run = (args: string[]) => runCliCaptured(args, fixtures);

describe("impasse convert", () => {
  it("--to scenario prints a valid scenario, or writes it atomically to --out", async () => {
    const args = ["convert", "fruit-domain.xml", "fruit-buyer.xml", "fruit-seller.xml", "--to", "scenario"];
    const printed = await run([...args, "--date", "2025-01-01"]);
    expect(printed.code).toBe(0);
    const parsed = parseScenarioText(printed.stdout);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.scenario!.parties.map((p) => p.id)).toEqual(["fruit-buyer", "fruit-seller"]);
    expect(parsed.scenario!.sources.genius!.title).toContain("fruit-domain.xml");

    const dir = mkdtempSync(join(tmpdir(), "impasse-convert-"));
    const out = join(dir, "fruit.yaml");
    const written = await run([...args, "--date", "2025-01-01", "--out", out]);
    expect(written.code).toBe(0);
    expect(written.stdout).toBe("");
    expect(readFileSync(out, "utf8")).toBe(printed.stdout);
    expect(readdirSync(dir)).toEqual(["fruit.yaml"]); // no temporary file left behind
    const validate = await run(["validate", out]);
    expect(validate.code).toBe(0);
  });

  it("--to scenario reports weights not summing to 1 as a warning", async () => {
    const { code, stderr } = await run([
      "convert",
      "fruit-domain.xml",
      "capped-prof.xml",
      "fruit-buyer.xml",
      "--to",
      "scenario",
    ]);
    expect(code).toBe(0);
    expect(stderr).toMatch(/capped-prof\.xml: warning weights_not_normalised: .*sum to 1\.4, not 1/);
  });

  it("--to genius writes the domain and one profile per party; they read back with impasse pareto", async () => {
    const dir = mkdtempSync(join(tmpdir(), "impasse-convert-"));
    const { code, stdout } = await run(["convert", "harbour-scenario.yaml", "--to", "genius", "--out", dir]);
    expect(code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["harbour-lease-domain.xml", "port.xml", "shipper.xml"]);
    const files = stdout.trim().split("\n");
    expect(files.map((f) => f.replace(/^.*[\\/]/, ""))).toEqual([
      "harbour-lease-domain.xml",
      "port.xml",
      "shipper.xml",
    ]);
    const fromGenius = await run(["pareto", ...files, "--json"]);
    // (impasse pareto reads a scenario path as given, so pass it absolute)
    const fromScenario = await run(["pareto", join(fixtures, "harbour-scenario.yaml"), "--json"]);
    const a = JSON.parse(fromGenius.stdout);
    const b = JSON.parse(fromScenario.stdout);
    expect(a.outcomes).toBe(b.outcomes);
    expect(a.reservation).toEqual(b.reservation);
    expect(a.rational).toEqual(b.rational);
    expect(a.frontier.length).toBe(b.frontier.length);
    a.frontier.forEach((p: { utilities: number[] }, i: number) =>
      p.utilities.forEach((u, q) =>
        expect(Math.abs(u - b.frontier[i].utilities[q])).toBeLessThanOrEqual(1e-12),
      ),
    );
  });

  it("--to genius refuses a territorial scenario with every problem listed, and bad arguments", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "impasse-convert-")), "out");
    const london = fileURLToPath(new URL("../../../scenarios/london-2025.yaml", import.meta.url));
    const refused = await run(["convert", london, "--to", "genius", "--out", dir]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/error territory_preferences: /);
    expect(refused.stderr).toMatch(/error red_line: /);
    expect(existsSync(dir)).toBe(false);
    expect((await run(["convert", "harbour-scenario.yaml", "--to", "negmas"])).code).toBe(2);
    expect((await run(["convert", "harbour-scenario.yaml", "--to", "scenario"])).stderr).toMatch(
      /already an Impasse scenario/,
    );
    expect((await run(["convert", "missing.xml", "fruit-buyer.xml", "--to", "scenario"])).stderr).toMatch(
      /cannot read missing\.xml/,
    );
  });
});
