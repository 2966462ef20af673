/**
 * Transcript turns: a paragraph that opens with a speaker label ("PESKOV:", "Q:", "QUESTION:") is spoken by
 * that label, sentence after sentence, until the next paragraph starts.
 * @module
 */
import type { AnalyzedText } from "./analyzeText.js";
import { ACTOR_KINDS } from "./claimRules.js";
import type { Mention } from "./findMentions.js";

/**
 * The speaker of each sentence of a transcript turn, by sentence index: the ids of the actor named by the
 * paragraph's label ("PESKOV:"), or an empty list for the journalists' turns ("Q:", "QUESTION:",
 * "INTERVIEWER:", "REPORTER:"). Sentences outside a labelled paragraph, and paragraphs whose label names
 * no known actor, have no entry.
 * @example transcriptTurns(analyzed, mentions).get(sentence.index) // ["RU"] in a "PESKOV:" paragraph
 */
export function transcriptTurns(analyzed: AnalyzedText, mentions: readonly Mention[]): Map<number, string[]> {
  const { text } = analyzed;
  // Paragraph starts and their speaker labels ("PESKOV:", "Q:", "A:"), for transcripts.
  const turnBySentence = new Map<number, string[]>();
  let currentTurn: string[] | undefined;
  for (const s of analyzed.sentences) {
    const own = text.slice(s.start, s.end);
    const paragraphStart =
      s.index === 0 || /^\s*\n/.test(own) || /\n[ \t]*$/.test(text.slice(Math.max(0, s.start - 3), s.start));
    const label = /^\s*([A-Z][A-Za-z.\- ]{0,40}):/.exec(text.slice(s.start, s.end));
    if (paragraphStart) {
      currentTurn = undefined;
      if (label?.[1]) {
        const name = label[1].trim();
        if (/^(Q|QUESTION|INTERVIEWER|REPORTER)$/i.test(name)) currentTurn = [];
        else {
          const m = mentions.find(
            (x) =>
              ACTOR_KINDS.has(x.kind) &&
              x.start >= s.start &&
              x.end <= s.start + (label.index ?? 0) + label[0].length,
          );
          if (m) currentTurn = m.ids;
        }
      }
    }
    if (currentTurn !== undefined) turnBySentence.set(s.index, currentTurn);
  }
  return turnBySentence;
}
