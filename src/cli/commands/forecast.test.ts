import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../test/runCliCaptured.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** Third-party sample inputs, read from the shared folder next to the repository (never copied into it). */
const dataDir = path.resolve(repoRoot, "..", "shared", "forecast-data");
const missing = !existsSync(dataDir);
const skipped = missing ? " (skipped: ../shared/forecast-data is missing)" : "";
if (missing)
  console.warn(`${dataDir} (../shared/forecast-data) is missing: the forecast FILE tests are skipped`);

async function cli(...argv: string[]) {
  const r = await runCliCaptured(argv, repoRoot);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe("impasse forecast", () => {
  it("forecasts the bundled scenario with every model, a spread, and one line on disagreement", async () => {
    const r = await cli("forecast", "--runs", "20");
    expect(r.code).toBe(0);
    for (const m of ["compromise", "median", "smp", "bdm", "exchange"])
      expect(r.out).toMatch(new RegExp(`^${m} — `, "m"));
    expect(r.out).toMatch(/territory\s+forecast\s+\d/);
    expect(r.out).toMatch(/IQR .* 90% .* vs status quo 78\.0: below \d+%/);
    expect(r.out.trim().split("\n").at(-1)).toMatch(/^Models disagree most on \w+ \(/);
  });

  it.skipIf(missing)(
    `FILE.csv --model smp --json prints model, turns, history, probabilities and final as KTAB computes them${skipped}`,
    async () => {
      const r = await cli(
        "forecast",
        path.join(dataDir, "ktab-smp", "dummyData_3Dim.csv"),
        "--model",
        "smp",
        "--json",
      );
      expect(r.code).toBe(0);
      const j = JSON.parse(r.out);
      expect(Object.keys(j).slice(0, 5)).toEqual(["model", "turns", "history", "probabilities", "final"]);
      expect(j.model).toBe("smp");
      expect(j.turns).toBe(11);
      expect(j.history).toHaveLength(11);
      expect(j.history[0]).toHaveLength(7);
      expect(j.history[0][0]).toHaveLength(3);
      expect(j.probabilities[0].map((p: number) => p.toFixed(4))).toEqual([
        "0.0047",
        "0.0302",
        "0.0054",
        "0.1492",
        "0.6001",
        "0.1447",
        "0.0656",
      ]);
      expect(j.final.modal.probability.toFixed(4)).toBe("0.4009");
      expect(j.final.expected.map((x: number) => x.toFixed(2))).toEqual(["78.07", "35.63", "72.17"]);
      expect(j.spread).toBeUndefined();
    },
  );

  it.skipIf(missing)(`applies --variant and reports bad arguments with exit code 2${skipped}`, async () => {
    const a = await cli(
      "forecast",
      path.join(dataDir, "other", "bdm1994_ec_emissions.csv"),
      "-m",
      "bdm",
      "--variant",
      "probability=eum",
      "--json",
    );
    expect(JSON.parse(a.out).final.expected).toHaveLength(1);
    expect((await cli("forecast", "-m", "oracle")).code).toBe(2);
    expect((await cli("forecast", "-m", "smp", "--variant", "VotingRule")).code).toBe(2);
    const bad = await cli("forecast", "-m", "smp", "--variant", "VotingRule=Loud");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("invalid VotingRule: Loud");
    const missing = await cli("forecast", "no-such-file.csv");
    expect(missing.code).toBe(1);
    expect(missing.err).toContain("cannot read no-such-file.csv");
  });
});
