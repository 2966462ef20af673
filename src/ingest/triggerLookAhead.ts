/**
 * Look-ahead tests of the trigger finder: what follows a cue decides whether it is one ("warned it would
 * seize …" is a threat, "told Kyiv to give up …" a request, "considers Crimea part of Russia" a claim,
 * "took Avdiivka" a capture).
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { cessionAt } from "./cessionAt.js";
import { ACCEPT, RECOGNIZE, TAKE_VERBS } from "./triggerLexicon.js";

/**
 * True when a take-verb ("seize", "capture", "attack") follows `i` within six tokens and before `end`.
 * @example takeAhead(analyzeText("Russia would seize Kherson.").tokens, 1, 5) // true
 */
export function takeAhead(tokens: readonly TextToken[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 7); k++) {
    const lemma = tokens[k]?.lemma ?? "";
    // "vowed to liberate Crimea" is a pledge to regain, not a threat (the demand is read from "liberate").
    if (lemma === "liberate" && ["vow", "pledge", "promise"].includes(tokens[i]?.lemma ?? "")) return false;
    // "will fight to take back Crimea": regaining is a demand, not a threat.
    if (lemma === "take" && tokens[k + 1]?.norm === "back") return false;
    // "would take effect / place / part / steps"
    if (
      lemma === "take" &&
      ["effect", "place", "part", "steps", "time", "years", "months"].includes(tokens[k + 1]?.norm ?? "")
    )
      return false;
    if (TAKE_VERBS.has(lemma)) return true;
  }
  return false;
}

/**
 * True when the request verb at `i` asks for a cession, a recognition or an acceptance within eight
 * tokens (before `end` and the end of the sentence).
 * @example requestAhead(analyzeText("They want Ukraine to give up Kherson.").tokens, 1, 8) // true
 */
export function requestAhead(tokens: readonly TextToken[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 9); k++) {
    const t = tokens[k];
    if (!t) return false;
    // "told reporters that Ukraine would not give up …" reports speech; "told Kyiv to give up …" requests.
    if (tokens[i]?.lemma === "tell" && t.norm === "that") return false;
    if (cessionAt(tokens, k).len > 0 && !cessionAt(tokens, k).noun) {
      const p = tokens[k - 1]?.norm ?? "";
      return ["to", "should", "must", "would", "will"].includes(p) || t.pos === "VERB";
    }
    // "expects Serbia to recognize …", "urged Kyiv to accept …"
    if ((RECOGNIZE.has(t.lemma) || ACCEPT.has(t.lemma)) && tokens[k - 1]?.norm === "to") return true;
    if (t.text === "." || t.text === ";") return false;
  }
  return false;
}

/**
 * True when the consider verb at `i` is followed (within ten tokens, before `end`) by a statement of
 * belonging: "part of", "its own", "a Russian city", "Russian territory".
 * @example partOfAhead(analyzeText("Moscow considers Crimea part of Russia.").tokens, 1, 7) // true
 */
export function partOfAhead(tokens: readonly TextToken[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 11); k++) {
    if (
      (tokens[k]?.norm === "part" ||
        (tokens[k]?.norm === "parts" && ["ADJ", "PUNCT"].includes(tokens[k - 1]?.pos ?? ""))) &&
      tokens[k + 1]?.norm === "of"
    )
      return true;
    if (tokens[k]?.norm === "own" && ["its", "their", "our"].includes(tokens[k - 1]?.norm ?? "")) return true;
    // "has called Odesa "a Russian city"", "describes Donbas as Russian land"
    if (
      ["city", "land", "soil", "town", "port", "lands"].includes(tokens[k]?.norm ?? "") &&
      (tokens[k - 1]?.pos === "PROPN" || tokens[k - 1]?.pos === "ADJ") &&
      /(an|ese|ish)$/.test(tokens[k - 1]?.norm ?? "")
    )
      return true;
    // "considers Crimea Russian territory", "regards it as sovereign territory"
    if (
      tokens[k]?.norm === "territory" &&
      ["ADJ", "PROPN"].includes(tokens[k - 1]?.pos ?? "") &&
      tokens[k + 1]?.norm !== "of"
    )
      return true;
  }
  return false;
}

/**
 * True when a place follows `i` before `end`: a proper noun within nine tokens, or "of it" within seven.
 * @example nextIsPlace(analyzeText("Russian forces took Avdiivka.").tokens, 2, 5) // true
 */
export function nextIsPlace(tokens: readonly TextToken[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 10); k++) if (tokens[k]?.pos === "PROPN") return true;
  // "hold three quarters of it"
  for (let k = i + 1; k < Math.min(end, i + 8); k++)
    if (tokens[k]?.norm === "of" && tokens[k + 1]?.norm === "it") return true;
  return false;
}
