/**
 * Training the claim model on labelled texts, with the settings the shipped model uses
 * (`npm run train:ingest` writes it; the evaluation trains the same way on every fold).
 * @module
 */
import { articleCandidates } from "../../src/ingest/articleCandidates.js";
import type { ClaimCandidate } from "../../src/ingest/claimCandidates.js";
import type { ClaimModel } from "../../src/ingest/claimModel.js";
import { trainClaimModel } from "../../src/ingest/trainClaimModel.js";
import { rng } from "../../src/util/rng.js";
import type { LabelledText } from "./labelledTexts.js";

/** The settings of the shipped model. */
export const TRAINING = { seed: 1, epochs: 5, rounds: 2, l2: 1e-3, margin: 1, threshold: 0.6 } as const;

/** A text's labelled claims as model triples (`controls … negated` is `controls_negated`; other negations are left out). */
export function goldTriples(claims: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const c of claims) {
    const [actor, stance, target, negated] = c.trim().split(/\s+/);
    if (negated === "negated" && stance !== "controls") continue;
    out.add(`${actor} ${negated === "negated" ? "controls_negated" : stance} ${target}`);
  }
  return out;
}

const candidateCache = new WeakMap<LabelledText, ClaimCandidate[]>();

/** The candidates of a labelled text (computed once per text). */
export function candidatesOf(t: LabelledText): ClaimCandidate[] {
  let c = candidateCache.get(t);
  if (!c) {
    c = articleCandidates(t.text, t.options);
    candidateCache.set(t, c);
  }
  return c;
}

/** Trains the claim model on `texts` with {@link TRAINING}. */
export function trainOnTexts(texts: readonly LabelledText[]): ClaimModel {
  return trainClaimModel(
    texts.map((t) => ({ candidates: candidatesOf(t), gold: goldTriples(t.labels.claims) })),
    { ...TRAINING, rng: rng(TRAINING.seed) },
  );
}
