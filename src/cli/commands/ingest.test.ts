import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../test/runCliCaptured.js";
import { parseScenarioText } from "../../model/index.js";

const seedFile = new URL("../../../../shared/seed/000_c4a2261a39cf7ab8.txt", import.meta.url).pathname;
const bundled = new URL("../../../scenarios/london-2025.yaml", import.meta.url).pathname;

async function run(args: string[], cwd: string) {
  const r = await runCliCaptured(args, cwd);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("impasse ingest", () => {
  const dir = mkdtempSync(join(tmpdir(), "impasse-ingest-"));

  it("ingest ARTICLE --json prints actors, territories, claims and events with the fields the issue names", async () => {
    const { code, out } = await run(["ingest", seedFile, "--date", "2025-04-23", "--json"], dir);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json.actors.map((a: { id: string }) => a.id).sort()).toEqual(["RU", "UA", "US"]);
    expect(Object.keys(json.actors[0])).toEqual(expect.arrayContaining(["id", "name"]));
    expect(Object.keys(json.territories[0])).toEqual(expect.arrayContaining(["id", "name"]));
    expect(Object.keys(json.claims[0])).toEqual(
      expect.arrayContaining(["actor", "stance", "territory", "evidence", "confidence", "start", "end"]),
    );
    expect(json.events.some((e: { kind: string }) => e.kind === "walkout")).toBe(true);
    expect(json.patch.changes.length).toBeGreaterThan(0);
  });

  it("ingest --no-model keeps the rules' claims only; the default adds the claim model's, marked cue 'model'", async () => {
    const rules = JSON.parse((await run(["ingest", seedFile, "--no-model", "--json"], dir)).out);
    const all = JSON.parse((await run(["ingest", seedFile, "--json"], dir)).out);
    const key = (c: { actor: string; stance: string; territory: string }) =>
      `${c.actor} ${c.stance} ${c.territory}`;
    expect(rules.claims.some((c: { cue: string }) => c.cue === "model")).toBe(false);
    const added = all.claims.filter((c: { cue: string }) => c.cue === "model");
    expect(added.length).toBeGreaterThan(0);
    expect(all.claims.filter((c: { cue: string }) => c.cue !== "model").map(key)).toEqual(
      rules.claims.map(key),
    );
    for (const c of added) expect(c.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it("ingest ARTICLE --scenario --out --apply writes a patch and a new valid scenario, leaving the input as it was", async () => {
    const scenarioCopy = join(dir, "scenario.yaml");
    const original = readFileSync(bundled, "utf8");
    writeFileSync(scenarioCopy, original);
    const { code, out, err } = await run(
      [
        "ingest",
        seedFile,
        "--scenario",
        "scenario.yaml",
        "--date",
        "2025-04-23",
        "--out",
        "p.json",
        "--apply",
        "next.yaml",
      ],
      dir,
    );
    expect(code, err).toBe(0);
    expect(out).toMatch(/^\+ \[c1\] sources\./m);
    expect(readFileSync(scenarioCopy, "utf8")).toBe(original);
    const next = parseScenarioText(readFileSync(join(dir, "next.yaml"), "utf8"));
    expect(next.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(next.scenario?.events.some((e) => e.kind === "walkout" && e.source.startsWith("ingest-"))).toBe(
      true,
    );
    expect(JSON.parse(readFileSync(join(dir, "p.json"), "utf8")).scenario).toBe("london-2025");
  });

  it("refuses to overwrite the input scenario and rejects a bad date", async () => {
    const same = await run(["ingest", seedFile, "--scenario", bundled, "--apply", bundled], dir);
    expect(same.code).toBe(2);
    expect(same.err).toMatch(/refusing to overwrite/);
    const bad = await run(["ingest", seedFile, "--date", "April"], dir);
    expect(bad.code).toBe(2);
    const missing = await run(["ingest", join(dir, "nope.txt")], dir);
    expect(missing.code).toBe(1);
  });
});
