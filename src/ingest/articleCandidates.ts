/**
 * The claim model's candidates for one article, read the way {@link ingestArticle} reads it (same markup
 * removal, NLP pass and gazetteer), for training the model on labelled texts.
 * @module
 */
import { analyzeText } from "./analyzeText.js";
import { type ClaimCandidate, claimCandidates } from "./claimCandidates.js";
import { findMentions } from "./findMentions.js";
import { gazetteerFor, type IngestOptions } from "./ingestArticle.js";
import { detectFormat, toPlainText } from "./toPlainText.js";

/**
 * Candidates of `text` under `options`' gazetteers.
 * @example articleCandidates("Russia demands Kherson.").map((c) => c.target) // → ["UA-65"]
 */
export function articleCandidates(text: string, options: IngestOptions = {}): ClaimCandidate[] {
  const plain = toPlainText(text, options.format ?? detectFormat(text, options.fileName));
  const analyzed = analyzeText(plain);
  return claimCandidates(analyzed, findMentions(analyzed, gazetteerFor(options)));
}
