/**
 * The cession cue reader: "cede", "give up", "hand Donetsk over", "withdraw its troops from", "trade land
 * for a ceasefire", "concessions".
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { CESSION, CESSION_ING, CESSION_NOUNS, LAND_WORDS } from "./triggerLexicon.js";

/**
 * Length of a cession cue at `i` (0 when none) and whether it is a noun ("withdrawal", "concessions").
 * @example cessionAt(analyzeText("They will give up Kherson.").tokens, 2) // { len: 2, noun: false }
 */
export function cessionAt(tokens: readonly TextToken[], i: number): { len: number; noun: boolean } {
  const t = tokens[i];
  const n = tokens[i + 1]?.norm;
  if (!t) return { len: 0, noun: false };
  if (CESSION_NOUNS.has(t.norm) && t.pos === "NOUN") return { len: 1, noun: true };
  if (CESSION.has(t.lemma) || CESSION_ING.has(t.norm)) return { len: 1, noun: false };
  // A separable particle: "hand Donetsk over", "give the region back".
  if ((t.lemma === "give" || t.lemma === "hand") && t.pos === "VERB")
    for (let k = i + 2; k <= i + 4; k++) {
      const w = tokens[k];
      if (!w) break;
      if (["over", "up", "away", "back"].includes(w.norm) && tokens[k - 1]?.pos !== "ADP")
        return { len: 1, noun: false };
      if (!["PROPN", "DET", "NOUN", "ADJ", "ADP", "PART", "PRON"].includes(w.pos)) break;
    }
  if (t.lemma === "give" && (n === "up" || n === "away")) return { len: 2, noun: false };
  if (t.lemma === "hand" && (n === "over" || n === "back")) return { len: 2, noun: false };
  if (t.lemma === "give" && n === "back") return { len: 2, noun: false };
  if (t.lemma === "withdraw" && n === "from") return { len: 2, noun: false };
  // "withdraw its troops from", "pull the police out of", "trade Kherson for"
  if ((t.lemma === "withdraw" || t.lemma === "pull") && t.pos === "VERB")
    for (let k = i + 1; k < i + 6; k++) {
      const w = tokens[k]?.norm;
      if (w === "from" || (w === "out" && tokens[k + 1]?.norm === "of")) return { len: 1, noun: false };
      if (!w || w === "," || w === ".") break;
    }
  if (
    (t.lemma === "trade" || t.lemma === "leave" || t.lemma === "return") &&
    t.pos === "VERB" &&
    [1, 2].some(
      (d) =>
        tokens[i + d]?.pos === "PROPN" &&
        !(t.lemma === "leave" && ["in", "with", "to"].includes(tokens[i + d + 1]?.norm ?? "")),
    )
  )
    return { len: 1, noun: false };
  // "trade land for a ceasefire", "swap territory": land as the object of an exchange.
  if (
    (t.lemma === "trade" || t.lemma === "swap" || t.lemma === "exchange") &&
    t.pos === "VERB" &&
    [1, 2, 3, 4].some((d) => LAND_WORDS.has(tokens[i + d]?.norm ?? ""))
  )
    return { len: 1, noun: false };
  if (t.lemma === "pull" && (n === "out" || n === "back")) return { len: 2, noun: false };
  if (t.lemma === "trade" && n === "away") return { len: 2, noun: false };
  if (t.lemma === "part" && n === "with" && t.pos === "VERB") return { len: 2, noun: false };
  return { len: 0, noun: false };
}
