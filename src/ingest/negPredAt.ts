/**
 * Negative predicates: phrases that refuse what precedes them ("is off the table", "not negotiable",
 * "a red line", "out of the question", "unacceptable").
 * @module
 */
import type { TextToken } from "./analyzeText.js";

const seq = (tokens: readonly TextToken[], i: number, words: readonly string[]) =>
  words.every((w, k) => tokens[i + k]?.norm === w);

/**
 * Length of a negative predicate at `i` (0 when none).
 * @example negPredAt(analyzeText("Giving up Crimea is off the table.").tokens, 4) // 3
 */
export function negPredAt(tokens: readonly TextToken[], i: number): number {
  if (seq(tokens, i, ["off", "the", "table"])) return 3;
  if (seq(tokens, i, ["not", "on", "the", "table"])) return 4;
  if (seq(tokens, i, ["not", "on", "the", "agenda"])) return 4;
  if (seq(tokens, i, ["not", "up", "for", "negotiation"])) return 4;
  if (seq(tokens, i, ["not", "up", "for", "discussion"])) return 4;
  if (seq(tokens, i, ["not", "up", "for", "debate"])) return 4;
  if (seq(tokens, i, ["not", "a", "subject", "for"])) return 4;
  if (seq(tokens, i, ["not", "a", "topic", "for"])) return 4;
  if (seq(tokens, i, ["not", "a", "bargaining", "chip"])) return 4;
  if (seq(tokens, i, ["not", "negotiable"])) return 2;
  if (seq(tokens, i, ["no", "basis"])) return 2;
  if (seq(tokens, i, ["null", "and", "void"])) return 3;
  if (seq(tokens, i, ["non", "-", "negotiable"])) return 3;
  if (seq(tokens, i, ["out", "of", "the", "question"])) return 4;
  if (seq(tokens, i, ["red", "line"])) return 2;
  if (seq(tokens, i, ["not", "an", "option"])) return 3;
  if (seq(tokens, i, ["no", "longer", "possible"])) return 3;
  if (seq(tokens, i, ["not", "possible"])) return 2;
  if (tokens[i]?.norm === "impossible") return 1;
  const t = tokens[i];
  if (t && (t.norm === "non-starter" || t.norm === "nonstarter" || t.norm === "unacceptable")) return 1;
  if (seq(tokens, i, ["non", "-", "starter"])) return 3;
  return 0;
}
