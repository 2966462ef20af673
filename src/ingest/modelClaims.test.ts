import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyzeText.js";
import { builtinGazetteer } from "./builtinGazetteer.js";
import { claimCandidates } from "./claimCandidates.js";
import type { ClaimModel } from "./claimModel.js";
import { findMentions } from "./findMentions.js";
import { ingestArticle } from "./ingestArticle.js";
import { modelClaims } from "./modelClaims.js";

// A hand-set model: "demand" between party and place states a demand; "not … control" a negated control.
const model: ClaimModel = {
  version: 1,
  threshold: 0.5,
  training: { texts: 0, candidates: 0, seed: 0, epochs: 0, rounds: 0, l2: 0, margin: 0 },
  weights: {
    demands: { bias: -3, "b:demand": 5 },
    refuses_to_cede: { bias: -5 },
    offers: { bias: -5 },
    accepts: { bias: -5 },
    rejects: { bias: -5 },
    recognizes: { bias: -5 },
    controls: { bias: -5 },
    threatens: { bias: -5 },
    controls_negated: { bias: -3, neg: 2, "b:control": 2 },
  },
};
const text = "The talks ended early. Moscow demands Kherson. Russia does not control Odesa.";
const analyzed = analyzeText(text);
const candidates = claimCandidates(analyzed, findMentions(analyzed, builtinGazetteer));

describe("claimCandidates(analyzed, mentions)", () => {
  it("pairs every party with every target of the same sentence", () => {
    expect(candidates.map((c) => `${c.actor} ${c.target} ${c.sentence}`)).toEqual([
      "RU UA-65 1",
      "RU UA-51 2",
    ]);
    expect(candidates[0]?.features).toEqual(expect.arrayContaining(["AT", "Ak:metonym", "b:demand", "A:RU"]));
    expect(candidates[1]?.features).toEqual(expect.arrayContaining(["neg", "b:control", "bc:CONTROL"]));
  });
});

describe("modelClaims(model, analyzed, candidates, ruleClaims, gazetteer)", () => {
  it("adds the triples at or above the threshold, with the sentence as evidence", () => {
    const claims = modelClaims(model, analyzed, candidates, [], builtinGazetteer);
    expect(claims.map((c) => `${c.actor} ${c.negated ? "not " : ""}${c.stance} ${c.territory}`)).toEqual([
      "RU demands UA-65",
      "RU not controls UA-51",
    ]);
    for (const c of claims) {
      expect(c.cue).toBe("model");
      expect(text.slice(c.start, c.end)).toBe(c.evidence);
    }
    expect(claims[0]).toMatchObject({ evidence: "Moscow demands Kherson.", targetName: "Kherson Oblast" });
    expect(claims[0]?.confidence).toBeCloseTo(1 / (1 + Math.exp(-2)), 2);
  });

  it("leaves out what the rules already found", () => {
    const rules = ingestArticle(text, { claimModel: false }).claims;
    expect(rules.map((c) => `${c.actor} ${c.stance} ${c.territory}`)).toContain("RU demands UA-65");
    const added = modelClaims(model, analyzed, candidates, rules, builtinGazetteer);
    expect(added.map((c) => `${c.actor} ${c.stance} ${c.territory}`)).not.toContain("RU demands UA-65");
  });

  it("is what ingestArticle adds with a model, and nothing with claimModel: false", () => {
    const withModel = ingestArticle(text, { claimModel: model }).claims.filter((c) => c.cue === "model");
    const rules = ingestArticle(text, { claimModel: false }).claims;
    expect(rules.some((c) => c.cue === "model")).toBe(false);
    expect(withModel).toEqual(modelClaims(model, analyzed, candidates, rules, builtinGazetteer));
  });
});
