import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseScenarioText, type Scenario } from "../model/index.js";
import { applyPatch } from "./applyPatch.js";
import { buildPatch } from "./buildPatch.js";
import { formatPatch } from "./formatPatch.js";
import { ingestArticle } from "./ingestArticle.js";

const scenarioText = `
id: mini
title: Mini
date: 2025-04-01
sources: { S1: { title: Base } }
parties:
  - { id: RU, name: Russia, kind: state, role: negotiator }
  - { id: UA, name: Ukraine, kind: state, role: negotiator }
  - { id: US, name: United States, kind: state, role: mediator, people: [{ name: Marco Rubio }] }
territories:
  - id: UA-14
    name: Donetsk Oblast
    claims: [{ party: RU, basis: annexation, source: S1 }, { party: UA, basis: constitutional, source: S1 }]
  - { id: UA-51, name: Odesa Oblast, aliases: [Odessa] }
events:
  - { id: e1, date: 2025-04-10, kind: talks, title: Earlier talks, source: S1 }
  - { id: e2, date: 2025-05-01, kind: talks, title: Later talks, source: S1 }
`;
const parsed = parseScenarioText(scenarioText);
if (!parsed.scenario) throw new Error(JSON.stringify(parsed.diagnostics));
const scenario: Scenario = parsed.scenario;
const article =
  "Kremlin tightens terms\nRussia demands Odessa and Donetsk and threatened to seize Kharkiv on Tuesday. " +
  "Rubio walked out of the talks in London on Wednesday. Ukraine refuses to give up Donetsk. Kyiv controls about 30% of Donetsk.";
const result = ingestArticle(article, { scenario, date: "2025-04-23" });
const patch = buildPatch([{ result, file: "article.txt" }], scenario);

describe("buildPatch(articles, scenario)", () => {
  it("proposes a source, new claims with a basis, a territory the scenario lacks, a control share and events", () => {
    const ops = patch.changes.map((c) => c.op);
    expect(ops[0]).toBe("addSource");
    const claims = patch.changes.flatMap((c) =>
      c.op === "addClaim" ? [`${c.territory} ${c.claim.party} ${c.claim.basis}`] : [],
    );
    expect(claims).toEqual(
      expect.arrayContaining(["UA-51 RU formal_demand", "UA-14 RU formal_demand", "UA-63 RU threat"]),
    );
    expect(patch.changes.some((c) => c.op === "addTerritory" && c.territory.id === "UA-63")).toBe(true);
    expect(patch.changes.some((c) => c.op === "addControl" && c.snapshot.shares.UA === 30)).toBe(true);
    const walkout = patch.changes.find((c) => c.op === "addEvent" && c.event.kind === "walkout");
    expect(walkout?.op === "addEvent" && walkout.event).toMatchObject({
      date: "2025-04-23",
      parties: ["US"],
    });
  });

  it("gives every change but the source evidence from the article", () => {
    for (const c of patch.changes)
      if (c.op !== "addSource") expect(article.slice(c.evidence.start, c.evidence.end)).toBe(c.evidence.text);
  });

  it("skips facts the scenario already has", () => {
    expect(patch.skipped.map((s) => s.summary)).toContain("UA refuses_to_cede UA-14");
  });

  it("formats as a reviewable diff", () => {
    const text = formatPatch(patch);
    expect(text).toMatch(/\+ \[c\d+\] territories\.UA-51\.claims: RU formal_demand/);
    expect(text).toMatch(/evidence \(0\.\d\d, chars \d+–\d+\)/);
  });
});

describe("applyPatch(scenario, patch, {accept})", () => {
  it("returns a new valid scenario and leaves the input unchanged", () => {
    const before = structuredClone(scenario);
    const next = applyPatch(scenario, patch);
    expect(scenario).toEqual(before);
    expect(next).not.toBe(scenario);
    expect(next.territories.find((t) => t.id === "UA-51")?.claims?.[0]?.party).toBe("RU");
    expect(next.events.map((e) => e.date)).toEqual([...next.events.map((e) => e.date)].sort());
    expect(parseScenarioText(JSON.stringify(next)).diagnostics.filter((d) => d.severity === "error")).toEqual(
      [],
    );
  });

  it("applies only accepted changes, adding the sources they cite", () => {
    const claim = patch.changes.find((c) => c.op === "addClaim" && c.territory === "UA-51");
    const next = applyPatch(scenario, patch, { accept: [claim?.id ?? ""] });
    expect(Object.keys(next.sources)).toHaveLength(2);
    expect(next.events).toHaveLength(2);
    expect(next.notes).toBeUndefined();
  });

  it("throws on an unknown change id and on a claim whose territory was not accepted", () => {
    expect(() => applyPatch(scenario, patch, { accept: ["nope"] })).toThrow(/unknown change: nope/);
    const kharkiv = patch.changes.find((c) => c.op === "addClaim" && c.territory === "UA-63");
    expect(() => applyPatch(scenario, patch, { accept: [kharkiv?.id ?? ""] })).toThrow(
      /unknown territory: UA-63/,
    );
  });
});

describe("buildPatch(articles) on the seed", () => {
  it("works without a scenario", () => {
    const seed = readFileSync(
      new URL("../../../shared/seed/000_c4a2261a39cf7ab8.txt", import.meta.url),
      "utf8",
    );
    const p = buildPatch([{ result: ingestArticle(seed, { date: "2025-04-23" }), file: "seed.txt" }]);
    expect(p.scenario).toBeUndefined();
    // The rules' nine claims (eight demands and the refusal to cede any territory), and the claim model's
    // additions on top of them.
    const rulesOnly = buildPatch([
      { result: ingestArticle(seed, { date: "2025-04-23", claimModel: false }), file: "seed.txt" },
    ]);
    expect(rulesOnly.changes.filter((c) => c.op === "addClaim")).toHaveLength(9);
    expect(p.changes.filter((c) => c.op === "addClaim").length).toBeGreaterThan(9);
    // The claims the model added say so in their provenance note.
    const notes = p.changes.flatMap((c) => (c.op === "addClaim" ? [c.claim.note ?? ""] : []));
    expect(notes.filter((n) => n.includes("(claim model, confidence")).length).toBe(
      notes.length - rulesOnly.changes.filter((c) => c.op === "addClaim").length,
    );
    expect(p.changes.filter((c) => c.op === "addEvent").length).toBeGreaterThanOrEqual(2);
  });
});
