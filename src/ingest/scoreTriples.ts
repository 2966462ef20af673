/**
 * Scoring with the claim model: a (party, stance, target) triple scores the highest probability any of its
 * candidate sentences gets; triples at or above the model's threshold become claims (see modelClaims).
 * @module
 */
import type { ClaimCandidate } from "./claimCandidates.js";
import { type ClaimModel, MODEL_STANCES, type ModelStance } from "./claimModel.js";

/** The best-scoring candidate of one triple. */
export interface ScoredTriple {
  actor: string;
  stance: ModelStance;
  target: string;
  probability: number;
  candidate: ClaimCandidate;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The probability the model gives `candidate` for `stance`. */
export function candidateProbability(
  model: ClaimModel,
  stance: ModelStance,
  candidate: ClaimCandidate,
): number {
  const w = model.weights[stance] ?? {};
  let z = 0;
  for (const f of candidate.features) z += w[f] ?? 0;
  return sigmoid(z);
}

/**
 * One entry per (actor, stance, target) triple the candidates allow, with its best candidate and probability
 * (stances in MODEL_STANCES order, then the order the triples first appear).
 * @example scoreTriples(model, candidates).filter((t) => t.probability >= model.threshold)
 */
export function scoreTriples(model: ClaimModel, candidates: readonly ClaimCandidate[]): ScoredTriple[] {
  const best = new Map<string, ScoredTriple>();
  for (const stance of MODEL_STANCES)
    for (const candidate of candidates) {
      const probability = candidateProbability(model, stance, candidate);
      const key = `${candidate.actor} ${stance} ${candidate.target}`;
      const seen = best.get(key);
      if (!seen || probability > seen.probability)
        best.set(key, { actor: candidate.actor, stance, target: candidate.target, probability, candidate });
    }
  return [...best.values()];
}
