import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestArticle } from "./ingestArticle.js";

// The commissioning article, read from the shared checkout next to the repository (not copied).
const seed = readFileSync(new URL("../../../shared/seed/000_c4a2261a39cf7ab8.txt", import.meta.url), "utf8");
const result = ingestArticle(seed, { date: "2025-04-23" });
const has = (actor: string, stance: string, territory: string, negated = false) =>
  result.claims.some(
    (c) => c.actor === actor && c.stance === stance && c.territory === territory && c.negated === negated,
  );
const FOUR = ["UA-14", "UA-09", "UA-23", "UA-65"];
const OTHER_FOUR = ["UA-51", "UA-63", "UA-12", "UA-48"];

describe("ingestArticle(seed, {date})", () => {
  it("finds RU, UA and US and the people who speak for them", () => {
    const ids = result.actors.map((a) => a.id).sort();
    expect(ids).toEqual(["RU", "UA", "US"]);
    const people = Object.fromEntries(result.actors.map((a) => [a.id, a.people]));
    expect(people.US).toEqual(expect.arrayContaining(["Marco Rubio", "Steve Witkoff"]));
    expect(people.RU).toEqual(expect.arrayContaining(["Vladimir Putin", "Sergei Lavrov"]));
    expect(people.UA).toEqual(expect.arrayContaining(["Volodymyr Zelensky"]));
  });

  it("finds exactly the nine territories the article names", () => {
    expect(result.territories.map((t) => t.id).sort()).toEqual([...FOUR, ...OTHER_FOUR, "UA-43"].sort());
    expect(result.territories.find((t) => t.id === "UA-23")?.forms).toEqual(["Zaporizhia"]);
  });

  it("finds Russia's demand for each of the eight oblasts, from the dash list and 'not just … but also'", () => {
    for (const t of [...FOUR, ...OTHER_FOUR]) expect(has("RU", "demands", t), t).toBe(true);
    const demand = result.claims.find(
      (c) => c.actor === "RU" && c.stance === "demands" && c.territory === "UA-51",
    );
    expect(demand?.basis).toBe("formal_demand");
    expect(demand?.evidence.startsWith("They want Ukraine to give up")).toBe(true);
    expect(seed.slice(demand?.start, demand?.end)).toBe(demand?.evidence);
  });

  it("finds Russian control of parts of the four, and no control of the other four", () => {
    for (const t of FOUR) {
      expect(has("RU", "controls", t), t).toBe(true);
      expect(result.claims.find((c) => c.stance === "controls" && c.territory === t)?.scope).toBe("part");
    }
    for (const t of OTHER_FOUR) {
      expect(has("RU", "controls", t, true), t).toBe(true);
      expect(has("RU", "controls", t, false), t).toBe(false);
    }
  });

  it("finds Ukraine's refusal to cede any territory, Crimea included, and its rejection of the demands", () => {
    expect(has("UA", "refuses_to_cede", "*")).toBe(true);
    expect(has("UA", "refuses_to_cede", "UA-43")).toBe(true);
    for (const t of [...FOUR, ...OTHER_FOUR]) expect(has("UA", "rejects", t), t).toBe(true);
    expect(result.claims.some((c) => c.actor === "UA" && c.stance === "demands")).toBe(false);
  });

  it("reports the U.S. envoys' withdrawal as a walkout dated by the article, and Rubio's earlier warning", () => {
    const walkout = result.events.find((e) => e.kind === "walkout");
    expect(walkout).toMatchObject({ parties: ["US"], date: "2025-04-23", dateResolution: "article_date" });
    expect(walkout?.title).toContain("withdrew from high-level talks in London");
    const warning = result.events.find((e) => e.kind === "warning");
    expect(warning).toMatchObject({ parties: ["US"], dateResolution: "before_article_date" });
  });

  it("gives every claim evidence whose offsets point into the article and a confidence in (0, 1]", () => {
    for (const c of result.claims) {
      expect(seed.slice(c.start, c.end)).toBe(c.evidence);
      expect(c.confidence).toBeGreaterThan(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
  });

  it("is deterministic", () => {
    expect(ingestArticle(seed, { date: "2025-04-23" })).toEqual(result);
  });

  it("throws on a malformed date", () => {
    expect(() => ingestArticle(seed, { date: "23/04/2025" })).toThrow(/invalid date/);
  });
});
