/**
 * The threat cue reader: "threatened to", "warned it would seize", "pressing toward Kostiantynivka",
 * "carve out a buffer zone", "massing troops near", "plans to capture".
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { TAKE_VERBS, THREATEN } from "./triggerLexicon.js";
import { takeAhead } from "./triggerLookAhead.js";

/**
 * Length of a threat cue at `i` (0 when none) and whether it is a noun ("the threat"). `start`/`end` bound
 * the clause; `isVerb` says whether the token at `i` is read as a verb.
 * @example threatAt(analyzeText("Russia threatened to seize Kharkiv.").tokens, 1, 0, 6, true) // { len: 1, noun: false }
 */
export function threatAt(
  tokens: readonly TextToken[],
  i: number,
  start: number,
  end: number,
  isVerb: boolean,
): { len: number; noun: boolean } {
  const t = tokens[i];
  if (!t) return { len: 0, noun: false };
  const n = tokens[i + 1];
  // "called the remarks a threat": the subject names someone else's threat.
  const labelled =
    t.pos === "NOUN" &&
    tokens
      .slice(Math.max(start, i - 5), i)
      .some((x) =>
        ["call", "describe", "see", "view", "label", "brand", "denounce", "regard"].includes(x.lemma),
      );
  if (
    (THREATEN.has(t.lemma) && !labelled) ||
    (isVerb && (t.lemma === "warn" || t.lemma === "vow") && takeAhead(tokens, i, end))
  ) {
    return { len: 1, noun: t.pos === "NOUN" };
  }
  // "pressing toward Kostiantynivka", "advancing on Kramatorsk": a threat to the place ahead.
  if (
    ["press", "advance", "push", "close", "bear", "edge", "march"].includes(t.lemma) &&
    isVerb &&
    (["toward", "towards"].includes(n?.norm ?? "") ||
      (n?.norm === "on" && ["advance", "march", "close", "bear"].includes(t.lemma)) ||
      (n?.norm === "in" && tokens[i + 2]?.norm === "on"))
  ) {
    return { len: 1, noun: false };
  }
  // "carve out a buffer zone", "establish a security strip along the border with Sumy": a threat to it.
  if (
    ["carve", "establish", "create", "expand", "extend", "widen"].includes(t.lemma) &&
    isVerb &&
    tokens
      .slice(i + 1, i + 6)
      .some(
        (x, j, all) =>
          ["buffer", "security", "sanitary"].includes(x.norm) &&
          ["zone", "strip", "belt"].includes(all[j + 1]?.norm ?? ""),
      )
  ) {
    return { len: 1, noun: false };
  }
  // "massing troops near Huliaipole", "preparing an offensive toward Kharkiv": a threat.
  if (
    (t.lemma === "mass" && ["troops", "forces", "soldiers"].includes(n?.norm ?? "")) ||
    (t.lemma === "prepare" &&
      tokens.slice(i + 1, i + 4).some((x) => x.norm === "offensive" || x.norm === "assault"))
  ) {
    return { len: 1, noun: false };
  }
  if (
    isVerb &&
    ["will", "would", "could", "might"].includes(t.norm) &&
    takeAhead(tokens, i, Math.min(end, i + 5))
  ) {
    return { len: 1, noun: false };
  }
  if (
    (isVerb || t.pos === "NOUN") &&
    ["plan", "intend", "aim", "vow"].includes(t.lemma) &&
    n?.norm === "to" &&
    TAKE_VERBS.has(tokens[i + 2]?.lemma ?? "") &&
    !(t.lemma === "vow" && tokens[i + 2]?.lemma === "liberate")
  ) {
    return { len: 1, noun: false };
  }
  return { len: 0, noun: false };
}
