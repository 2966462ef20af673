import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCliCaptured } from "../../../test/runCliCaptured.js";

const fixtures = fileURLToPath(new URL("../../../test/fixtures/genius/", import.meta.url));

const run = (args: string[]) => runCliCaptured(args, fixtures);

describe("impasse pareto", () => {
  it("impasse pareto DOMAIN PROFILES --json prints frontier, solutions and the rational count", async () => {
    const { code, stdout } = await run([
      "pareto",
      "fruit-domain.xml",
      "fruit-buyer.xml",
      "fruit-seller.xml",
      "--json",
    ]);
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.outcomes).toBe("24");
    expect(doc.parties).toEqual(["fruit-buyer", "fruit-seller"]);
    expect(doc.reservation).toEqual([0.3, 0.45]);
    expect(doc.frontier.length).toBeGreaterThan(1);
    const first = doc.frontier[0];
    expect(first.utilities).toHaveLength(2);
    expect(Object.keys(first.outcome)).toEqual(["Fruit", "Delivery", "Boxes"]);
    expect(typeof first.outcomes).toBe("string");
    expect(Object.keys(doc.solutions)).toEqual(["nash", "kalaiSmorodinsky", "egalitarian", "utilitarian"]);
    expect(doc.solutions.nash[0].utilities.every((u: number, i: number) => u >= doc.reservation[i])).toBe(
      true,
    );
    expect(Number(doc.rational.count)).toBeGreaterThan(0);
    expect(doc.rational.fraction).toBeCloseTo(Number(doc.rational.count) / 24, 12);
  });

  it("impasse pareto --ignore-reservation uses d = 0; --export writes a file pareto reads back", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "impasse-pareto-")), "fruit.json");
    const a = await run([
      "pareto",
      "fruit-domain.xml",
      "fruit-buyer.xml",
      "fruit-seller.xml",
      "--json",
      "--ignore-reservation",
      "--export",
      out,
    ]);
    const doc = JSON.parse(a.stdout);
    expect(doc.disagreement).toEqual([0, 0]);
    expect(doc.rational.count).toBe("24");
    expect(JSON.parse(readFileSync(out, "utf8")).format).toBe("impasse-genius");
    const b = await run(["pareto", out, "--json", "--ignore-reservation"]);
    expect(JSON.parse(b.stdout).frontier).toEqual(doc.frontier);
  });

  it("impasse pareto prints a readable summary and fails clearly on bad input", async () => {
    const ok = await run(["pareto", "trip-alice.json", "trip-bob.json"]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/trip: 9 outcomes, 2 parties/);
    expect(ok.stdout).toMatch(/^nash: /m);
    const bad = await run(["pareto", "fruit-domain.xml", "broken-prof.xml"]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/broken-prof\.xml:\d+:\d+: invalid XML/);
    const missing = await run(["pareto", "nope.xml"]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read nope\.xml/);
  });
});
