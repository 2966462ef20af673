/**
 * The control cue reader: "occupied", "controls Aksai Chin", "Russia's hold on Crimea", "keep troops in",
 * "entered Vovchansk", "took Avdiivka"; not "hold talks" nor an object-less hold.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { CONTROL, CONTROL_ADJ, CONTROL_FORMS, TALK_NOUNS } from "./triggerLexicon.js";
import { nextIsPlace } from "./triggerLookAhead.js";

/**
 * Length of a control cue at `i` (0 when none) and whether it is a noun ("control of", "Russia's hold").
 * `start`/`end` bound the clause; `isVerb` says whether the token at `i` is read as a verb.
 * @example controlAt(analyzeText("Russia occupies Crimea.").tokens, 1, 0, 4, true) // { len: 1, noun: false }
 */
export function controlAt(
  tokens: readonly TextToken[],
  i: number,
  start: number,
  end: number,
  isVerb: boolean,
): { len: number; noun: boolean } {
  const t = tokens[i];
  if (!t) return { len: 0, noun: false };
  const n = tokens[i + 1];
  const prev = tokens[i - 1];
  if (
    CONTROL_ADJ.has(t.norm) ||
    CONTROL_FORMS.has(t.norm) ||
    (CONTROL.has(t.lemma) && (isVerb || t.pos === "NOUN" || t.pos === "ADJ"))
  ) {
    // "the parts of Donetsk they still hold": an object-less hold after a place and a pronoun.
    let p = i - 1;
    while (tokens[p]?.pos === "ADV") p--;
    const relativeHold =
      (tokens[p]?.pos === "PRON" &&
        (tokens[p - 1]?.pos === "PROPN" || ["region", "regions"].includes(tokens[p - 1]?.norm ?? ""))) ||
      // "an exclave that Azerbaijani forces have held since 1992": an object-less hold in a relative clause
      (tokens.slice(Math.max(start, i - 7), i).some((x) => ["that", "which"].includes(x.norm)) &&
        prev?.lemma !== "be" &&
        !["DET", "PROPN", "NOUN", "NUM", "PRON"].includes(n?.pos ?? ""));
    if (
      t.lemma === "hold" &&
      !relativeHold &&
      (!nextIsPlace(tokens, i, Math.min(end, i + 11)) || TALK_NOUNS.has(tokens[i + 1]?.norm ?? ""))
    )
      return { len: 0, noun: false };
    // "Russia's hold on Crimea": a possessed cue is a noun whatever the tagger says
    const possessed = prev?.norm === "'s" || prev?.norm === "\u2019s";
    return { len: 1, noun: possessed || (t.pos === "NOUN" && !isVerb && !CONTROL_FORMS.has(t.norm)) };
  }
  if (
    ["troops", "forces", "soldiers"].includes(t.norm) &&
    n?.norm === "in" &&
    ["keep", "station", "maintain", "deploy", "base", "have"].includes(tokens[i - 1]?.lemma ?? "")
  ) {
    return { len: 1, noun: false };
  }
  // "entered Vovchansk", "pushed into central Pokrovsk", "broke into the town"
  if (
    ((t.lemma === "enter" && t.pos === "VERB") ||
      (["push", "break", "advance", "move"].includes(t.lemma) && isVerb && n?.norm === "into")) &&
    nextIsPlace(tokens, i, Math.min(end, i + 9))
  ) {
    return { len: 1, noun: false };
  }
  if (t.lemma === "take" && isVerb && nextIsPlace(tokens, i, Math.min(end, i + 4))) {
    return { len: 1, noun: false };
  }
  return { len: 0, noun: false };
}
