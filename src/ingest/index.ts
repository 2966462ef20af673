/**
 * Ingest: news articles → evidence-backed claims and events → a scenario patch a person reviews.
 * Offline and deterministic (wink-nlp with its English lite model, a built-in gazetteer, rules, and a
 * shipped claim model trained on the project's labelled texts).
 * @module
 */

export { alignGazetteer } from "./alignGazetteer.js";
export {
  type AnalyzedText,
  analyzeText,
  type DateExpression,
  type TextSentence,
  type TextToken,
} from "./analyzeText.js";
export { type ApplyPatchOptions, applyPatch } from "./applyPatch.js";
export { buildPatch, type IngestedArticle } from "./buildPatch.js";
export { builtinActors } from "./builtinActors.js";
export { builtinGazetteer, builtinIssues } from "./builtinGazetteer.js";
export { type ClaimCandidate, claimCandidates } from "./claimCandidates.js";
export { type ClaimModel, ClaimModelSchema, MODEL_STANCES, type ModelStance } from "./claimModel.js";
export { cueClasses } from "./cueClasses.js";
export { detectArticleDate } from "./detectArticleDate.js";
export { type ExtractClaimsOptions, extractClaims } from "./extractClaims.js";
export { extractEvents } from "./extractEvents.js";
export { findMentions, type Mention, type MentionKind } from "./findMentions.js";
export { findTriggers, type Trigger, type TriggerKind } from "./findTriggers.js";
export { foldText } from "./foldText.js";
export { formatPatch } from "./formatPatch.js";
export {
  type Gazetteer,
  type GazetteerActor,
  type GazetteerGroup,
  type GazetteerIssue,
  type GazetteerPerson,
  GazetteerSchema,
  type GazetteerTerritory,
} from "./gazetteer.js";
export { gazetteerFromScenario } from "./gazetteerFromScenario.js";
export { gazetteerFor, type IngestOptions, ingestArticle } from "./ingestArticle.js";
export { type IngestReport, ingestReport } from "./ingestReport.js";
export {
  type IngestActor,
  type IngestClaim,
  type IngestEvent,
  type IngestResult,
  type IngestTerritory,
  STANCES,
  type Stance,
} from "./ingestResult.js";
export { mergeGazetteers } from "./mergeGazetteers.js";
export { modelClaims } from "./modelClaims.js";
export { parseDateText, type ResolvedDate } from "./parseDateText.js";
export type { PatchChange, PatchEvidence, PatchSkip, ScenarioPatch } from "./scenarioPatch.js";
export {
  type Counts,
  type ExtractionLabels,
  type ExtractionScore,
  type Prf,
  prf,
  scoreExtraction,
} from "./scoreExtraction.js";
export { candidateProbability, type ScoredTriple, scoreTriples } from "./scoreTriples.js";
export { shippedClaimModel } from "./shippedClaimModel.js";
export { type Clause, splitClauses } from "./splitClauses.js";
export { type ArticleFormat, detectFormat, toPlainText } from "./toPlainText.js";
export { type TrainClaimModelOptions, type TrainingText, trainClaimModel } from "./trainClaimModel.js";
export { ukraineTerritories, ukraineTerritoryGroups } from "./ukraineTerritories.js";
