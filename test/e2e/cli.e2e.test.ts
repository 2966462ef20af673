import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const bin = join(root, "bin", "impasse.js");
const bundled = readFileSync(join(root, "scenarios", "london-2025.yaml"), "utf8");

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: root, maxBuffer: 32 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const tmp = mkdtempSync(join(tmpdir(), "impasse-cli-"));
const six = ["UA-43", "UA-40", "UA-14", "UA-09", "UA-23", "UA-65"];

describe("impasse CLI (end to end)", () => {
  it("impasse analyze (no input) prints the deadlock verdict naming Crimea and the four annexed oblasts", async () => {
    const r = await run(["analyze"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^VERDICT: deadlock$/m);
    for (const name of ["Crimea", "Sevastopol", "Donetsk", "Luhansk", "Zaporizhzhia", "Kherson"])
      expect(r.stdout).toContain(name);
    expect(r.stdout).toContain("SMALLEST MOVES");
    expect(r.stdout).toContain("PROPOSALS");
  });

  it("impasse analyze --json has the documented top-level shape", async () => {
    const r = await run(["analyze", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.verdict).toBe("deadlock");
    expect(json.zopa).toEqual({ exists: false, count: "0", fraction: 0 });
    expect(new Set(json.conflicts.flatMap((c: { territories: string[] }) => c.territories))).toEqual(
      new Set(six),
    );
    for (const c of json.conflicts) {
      expect(Array.isArray(c.parties)).toBe(true);
      expect(c.constraints.length).toBeGreaterThan(1);
    }
    expect(json.concessions[0].moves.length).toBe(6);
    expect(json.proposals.map((p: { id: string }) => p.id)).toEqual([
      "us-framework",
      "ua-europe-counter",
      "russia-conditions",
    ]);
    expect(typeof json.proposals[0].parties.RU.acceptable).toBe("boolean");
    expect(json.best).toBeUndefined();
  });

  it("a copy with Ukraine's territorial red line relaxed consistently with Russia's gives a zone, its count and the Nash-best outcome", async () => {
    const others =
      "[UA-30, UA-71, UA-74, UA-77, UA-12, UA-26, UA-63, UA-68, UA-35, UA-32, UA-46, UA-48, UA-51, UA-53, UA-56, UA-59, UA-61, UA-05, UA-07, UA-21, UA-18]";
    const relaxed = bundled.replace(
      'description: No cession of territory, Crimea included\n          territories: "*"',
      `description: No cession of territory outside the six units Russia claims formally\n          territories: ${others}`,
    );
    expect(relaxed).not.toBe(bundled);
    const file = join(tmp, "relaxed.yaml");
    writeFileSync(file, relaxed);
    const r = await run(["analyze", file, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.verdict).toBe("zopa");
    expect(json.zopa.exists).toBe(true);
    expect(json.zopa.count).toMatch(/^[1-9][0-9]*$/);
    expect(json.best.utilities.RU).toBeGreaterThanOrEqual(0.4);
    expect(json.best.utilities.UA).toBeGreaterThanOrEqual(0.35);
    for (const t of six) expect(json.best.outcome[`${t}.sovereignty`]).toBe("RU");
    expect(json.conflicts).toEqual([]);
  });

  it("impasse validate FILE reports every problem with file:line:column and exits 1, without a stack trace", async () => {
    const broken = bundled
      .replace("territories: [UA-43, UA-40]\n", "territories: [UA-43, UA-99]\n")
      .replace("shares: { RU: 97.9 }", "shares: { RU: 97.9, UA: 10 }")
      .replace("{ issue: nato, option: excluded }", "{ issue: nato, option: maybe }");
    const file = join(tmp, "broken.yaml");
    writeFileSync(file, broken);
    const r = await run(["validate", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /broken\.yaml:\d+:\d+: error unknown_territory: parties\[0\]\.preferences\.redLines\[0\]\.territories\[1\]: unknown territory "UA-99"/,
    );
    expect(r.stderr).toMatch(/error control_over_100: territories\[\d+\]\.control\[0\]\.shares/);
    expect(r.stderr).toMatch(
      /error unknown_option: proposals\[\d+\]\.terms\[\d+\]\.option: unknown option "maybe" of issue nato/,
    );
    expect(r.stderr).toMatch(/^3 errors, 0 warnings$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("impasse analyze on a missing or non-YAML file exits 1 with a clear message", async () => {
    const missing = await run(["analyze", join(tmp, "nope.yaml")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/nope\.yaml: error file_not_found/);
    const file = join(tmp, "bad.yaml");
    writeFileSync(file, "id: [unclosed\n");
    const bad = await run(["analyze", file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/bad\.yaml:\d+:\d+: error parse_error/);
  });

  it("impasse schema prints the committed JSON Schema; impasse timeline --json lists every change date", async () => {
    const schema = await run(["schema"]);
    expect(JSON.parse(schema.stdout)).toEqual(
      JSON.parse(readFileSync(join(root, "schema", "scenario.schema.json"), "utf8")),
    );
    const timeline = await run(["timeline", "--json"]);
    const json = JSON.parse(timeline.stdout);
    const dates = json.entries.map((e: { date: string }) => e.date);
    expect(dates).toContain("2025-04-23");
    expect(dates).toEqual([...dates].sort());
    expect(json.entries.every((e: { verdict: string }) => e.verdict === "deadlock")).toBe(true);
  });

  it("impasse --help and impasse analyze --help describe the commands", async () => {
    const help = await run(["--help"]);
    expect(help.code).toBe(0);
    for (const c of ["analyze", "validate", "schema", "timeline"]) expect(help.stdout).toContain(c);
    const sub = await run(["analyze", "--help"]);
    expect(sub.stdout).toContain("--at <date>");
    const badDate = await run(["analyze", "--at", "yesterday"]);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toContain("invalid --at date");
  });
});
