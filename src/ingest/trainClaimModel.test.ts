import { describe, expect, it } from "vitest";
import { rng } from "../util/rng.js";
import type { ClaimCandidate } from "./claimCandidates.js";
import { scoreTriples } from "./scoreTriples.js";
import { type TrainingText, trainClaimModel } from "./trainClaimModel.js";

// A synthetic set where the word between party and place decides the stance: "demand" → demands,
// "cede" → refuses_to_cede, anything else → no claim. Texts have several candidate sentences per triple,
// only one of which states it (the multiple-instance setting the labels give).
const cand = (actor: string, target: string, sentence: number, words: string[]): ClaimCandidate => ({
  actor,
  target,
  sentence,
  features: ["bias", ...words.map((w) => `b:${w}`)],
});
const texts: TrainingText[] = [];
for (let i = 0; i < 40; i++) {
  const place = `P${i % 5}`;
  const filler = ["meet", "visit", "talk", "say"][i % 4] as string;
  const stated = i % 2 === 0 ? "demand" : "cede";
  texts.push({
    candidates: [cand("A", place, 0, [stated]), cand("A", place, 1, [filler]), cand("B", place, 2, [filler])],
    gold: new Set([`A ${stated === "demand" ? "demands" : "refuses_to_cede"} ${place}`]),
  });
}

describe("trainClaimModel(texts, options)", () => {
  const model = trainClaimModel(texts, { rng: rng(7), seed: 7, threshold: 0.5 });

  it("learns which words state which stance", () => {
    const claims = (c: ClaimCandidate[]) =>
      scoreTriples(model, c)
        .filter((t) => t.probability >= model.threshold)
        .map((t) => `${t.actor} ${t.stance} ${t.target}`);
    expect(claims([cand("A", "X", 0, ["demand"]), cand("B", "X", 1, ["visit"])])).toEqual(["A demands X"]);
    expect(claims([cand("B", "Y", 0, ["cede"])])).toEqual(["B refuses_to_cede Y"]);
    expect(claims([cand("A", "Z", 0, ["talk"])])).toEqual([]);
  });

  it("keeps as evidence the candidate sentence that states the claim", () => {
    const best = scoreTriples(model, [cand("A", "X", 3, ["meet"]), cand("A", "X", 4, ["demand"])]).find(
      (t) => t.stance === "demands",
    );
    expect(best?.candidate.sentence).toBe(4);
  });

  it("gives the same weights for the same seed, other weights for another", () => {
    expect(JSON.stringify(trainClaimModel(texts, { rng: rng(7), seed: 7, threshold: 0.5 }))).toBe(
      JSON.stringify(model),
    );
    expect(JSON.stringify(trainClaimModel(texts, { rng: rng(8), seed: 8, threshold: 0.5 }).weights)).not.toBe(
      JSON.stringify(model.weights),
    );
  });

  it("records how it was trained", () => {
    expect(model.training).toMatchObject({ texts: 40, candidates: 120, seed: 7, rounds: 2 });
  });
});
