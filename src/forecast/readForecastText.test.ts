import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ForecastInputSchema, forecastSourceIds } from "../model/forecastInputSchema.js";
import { readActorTable } from "./readActorTable.js";
import { readDecideInput } from "./readDecideInput.js";
import { readForecastText } from "./readForecastText.js";
import { readKtabCsv } from "./readKtabCsv.js";
import { readKtabXml } from "./readKtabXml.js";
import { runSmp } from "./smp.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const fx = (name: string) => readFileSync(path.join(repoRoot, "test/fixtures/forecast", name), "utf8");
/** Third-party sample inputs, read from the shared folder next to the repository (never copied into it). */
const dataDir = path.resolve(repoRoot, "..", "shared", "forecast-data");
const missing = !existsSync(dataDir);
const skipped = missing ? " (skipped: ../shared/forecast-data is missing)" : "";
if (missing)
  console.warn(
    `${dataDir} (../shared/forecast-data) is missing: the reader tests on third-party samples are skipped`,
  );
const data = (name: string) => readFileSync(path.join(dataDir, name), "utf8");

describe("readKtabCsv(text, file)", () => {
  it.skipIf(missing)(`reads capabilities, 0–100 positions and saliences ÷ 100${skipped}`, () => {
    const p = readKtabCsv(data("ktab-smp/dummyData_3Dim.csv"), "d.csv");
    expect(p.actors).toHaveLength(7);
    expect(p.dimensions.map((d) => d.id)).toEqual(["Pstn1", "Pstn2", "Pstn3"]);
    expect(p.actors[0]).toMatchObject({
      id: "SActor-00",
      capability: 102.543,
      position: [75.79, 6.37, 70.45],
    });
    expect(p.actors[0]!.salience[0]).toBeCloseTo(0.4953, 12);
  });
  it("reports file and line of a bad row", () => {
    const bad = "S,desc,2,1,\nActor,Desc,Power,P,S,\nA,a,10,50,50,\nB,b,10,150,50,\n";
    expect(() => readKtabCsv(bad, "bad.csv")).toThrow("bad.csv:4: invalid position on dimension 1: 150");
    expect(() => readKtabCsv("S,d,2,1,\nh\nA,a,10,50,60,\nB,b,0,50,50,\n", "z.csv")).toThrow(
      "z.csv:4: invalid capability: 0",
    );
    expect(() => readKtabCsv("S,d,2,2,\nh\nA,a,10,50,60,50,50,\nB,b,1,5,5,5,5,\n", "t.csv")).toThrow(
      "t.csv:3: invalid total salience: 110",
    );
  });
});

describe("readKtabXml(text, file)", () => {
  it("reads dimensions, actors, model parameters and the accommodation matrix", () => {
    const p = readKtabXml(fx("small.xml"), "small.xml");
    expect(p.dimensions.map((d) => d.name)).toEqual(["Tax rate", "Spending"]);
    expect(p.actors.map((a) => a.capability)).toEqual([100, 60, 40]);
    expect(p.actors[1]!.position).toEqual([70, 20]);
    expect(p.actors[1]!.salience).toEqual([0.5, 0.3]);
    expect(p.settings?.VotingRule).toBe("Binary");
    expect(p.accommodation).toEqual([
      [1, 0, 0],
      [0, 0.5, 0],
      [0, 0, 1],
    ]);
    const r = runSmp(p);
    expect(r.turns).toBeGreaterThan(2);
  });
  it("rejects malformed XML with the file name", () => {
    expect(() => readKtabXml("<Scenario><name>x</name></Scenario>", "x.xml")).toThrow(
      "x.xml: no <Dimensions><dName>",
    );
  });
});

describe("readDecideInput(text, file)", () => {
  it("reads actors, issues, scale anchors and per-issue power", () => {
    const p = readDecideInput(fx("decide/sample_data.txt"), "sample.txt");
    expect(p.actors).toHaveLength(10);
    expect(p.dimensions).toHaveLength(6);
    expect(p.dimensions[1]).toMatchObject({ id: "tol-hoogte", min: 0.5, max: 7 });
    expect(p.actors[2]).toMatchObject({ id: "GL", position: [100, 5, 100, 100, 50, 100] });
    expect(p.actors[2]!.power).toEqual([0.6, 0.6, 0.6, 0.6, 0.6, 0.6]);
  });
  it("names the line of an unknown actor", () => {
    expect(() => readDecideInput("#A\tX\tx\n#P\tp\tp\n#D\tY\tp\t1\t0.5\t1\n", "d.txt")).toThrow(
      "d.txt:3: unknown actor: Y",
    );
  });
});

describe("readActorTable(text, file)", () => {
  it.skipIf(missing)(
    `reads the replications' table, salience in percent, scale from the positions${skipped}`,
    () => {
      const p = readActorTable(data("other/iran2013_eftekhari2014.csv"), "iran.csv");
      expect(p.actors).toHaveLength(8);
      expect(p.dimensions[0]).toMatchObject({ min: 1, max: 10 });
      expect(p.actors[4]).toMatchObject({ id: "Ghalibaf", capability: 0.64, position: [5], salience: [1] });
      expect(() => readActorTable("Actor,Capability,Position,Salience\nA,0,1,50\n", "t.csv")).toThrow(
        "t.csv:2: invalid capability: 0",
      );
    },
  );
});

describe("readForecastText(text, file)", () => {
  it.skipIf(missing)(`detects each supported format${skipped}`, () => {
    expect(readForecastText(data("ktab-smp/SOE-Pol-Comp.csv"), "a.csv").format).toBe("ktab-csv");
    expect(readForecastText(fx("small.xml"), "a.xml").format).toBe("ktab-xml");
    expect(readForecastText(fx("decide/sample_data.txt"), "a.txt").format).toBe("decide");
    expect(readForecastText(data("other/bdm1994_ec_emissions.csv"), "e.csv").format).toBe("actor-table");
    const block = readForecastText(fx("small.forecast.yaml"), "f.yaml");
    expect(block.format).toBe("forecast");
    expect(block.problem.dimensions[0]).toMatchObject({ min: 0, max: 10, statusQuo: 5 });
    const scenario = `id: t\ntitle: Test scenario\nforecast:\n${fx("small.forecast.yaml").replace(/^/gm, "  ")}`;
    const s = readForecastText(scenario, "s.yaml");
    expect(s.format).toBe("scenario");
    expect(s.problem.name).toBe("Test scenario");
  });
  it("says so when a scenario has no forecast block", () => {
    expect(() => readForecastText("id: t\ntitle: T\nparties: []\n", "s.yaml")).toThrow(
      "s.yaml: the scenario has no forecast block",
    );
  });
  it("returns zod-shaped diagnostics for an invalid block", () => {
    const bad = fx("small.forecast.yaml").replace(
      "position: { value: 9, source: T1 }",
      "position: { value: 11 }",
    );
    try {
      readForecastText(bad, "bad.yaml");
      expect.unreachable();
    } catch (error) {
      const d = (error as { details: { diagnostics: { path: string; message: string }[] } }).details
        .diagnostics;
      expect(d.map((x) => x.message)).toContain(
        "give a source (or sources) or mark the value as an assumption",
      );
      expect(d.map((x) => x.message)).toContain("invalid position: 11");
    }
  });
});

describe("ForecastInputSchema", () => {
  it("requires a rationale for assumptions", () => {
    const doc = parse(fx("small.forecast.yaml"));
    doc.actors[0].capability = { value: 1, assumption: true };
    expect(ForecastInputSchema.safeParse(doc).success).toBe(false);
  });
  it("accepts the bundled scenario's forecast block, whose sources are all sources of the scenario", () => {
    const scenario = parse(readFileSync(path.join(repoRoot, "scenarios/london-2025.yaml"), "utf8"));
    const block = ForecastInputSchema.parse(scenario.forecast);
    expect(block.actors.map((a) => a.id)).toEqual(["RU", "UA", "US", "EU"]);
    const ids = forecastSourceIds(block);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(Object.keys(scenario.sources)).toContain(id);
  });
});
