/**
 * Claims the claim model adds to the rules' claims: every (party, stance, target) triple whose best
 * candidate sentence scores at or above the model's threshold and that the rules did not already find. Each
 * carries its sentence as evidence, `cue: "model"` and the model's probability as confidence, so a reviewer
 * can tell them from the rules' claims.
 * @module
 */
import type { AnalyzedText } from "./analyzeText.js";
import type { ClaimCandidate } from "./claimCandidates.js";
import type { ClaimModel } from "./claimModel.js";
import { basisFromWording, round2 } from "./claimRules.js";
import type { Gazetteer } from "./gazetteer.js";
import type { IngestClaim, Stance } from "./ingestResult.js";
import { scoreTriples } from "./scoreTriples.js";

/**
 * The model's claims for one text that `ruleClaims` lacks, in sentence order.
 * @example modelClaims(model, analyzed, claimCandidates(analyzed, mentions), ruleClaims, gazetteer)
 */
export function modelClaims(
  model: ClaimModel,
  analyzed: AnalyzedText,
  candidates: readonly ClaimCandidate[],
  ruleClaims: readonly IngestClaim[],
  gazetteer: Gazetteer,
): IngestClaim[] {
  const names = new Map<string, string>();
  for (const t of gazetteer.territories) names.set(t.id, t.name);
  for (const i of gazetteer.issues) names.set(`issue:${i.id}`, i.name);
  const known = new Set(ruleClaims.map((c) => `${c.actor} ${c.stance} ${c.territory} ${c.negated}`));
  const out: IngestClaim[] = [];
  for (const t of scoreTriples(model, candidates)) {
    if (t.probability < model.threshold) continue;
    const negated = t.stance === "controls_negated";
    const stance: Stance = t.stance === "controls_negated" ? "controls" : t.stance;
    if (known.has(`${t.actor} ${stance} ${t.target} ${negated}`)) continue;
    const sentence = analyzed.sentences[t.candidate.sentence];
    if (!sentence) continue;
    const basis =
      stance === "demands" || stance === "threatens"
        ? basisFromWording(analyzed.tokens, sentence.firstToken, sentence.endToken)
        : undefined;
    out.push({
      actor: t.actor,
      stance,
      territory: t.target,
      targetName: names.get(t.target) ?? t.target,
      negated,
      ...(basis ? { basis: stance === "threatens" ? "threat" : basis } : {}),
      evidence: analyzed.text.slice(sentence.start, sentence.end),
      start: sentence.start,
      end: sentence.end,
      cue: "model",
      confidence: round2(t.probability),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}
