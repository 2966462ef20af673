/**
 * Clause segmentation inside a sentence, enough for finding who does what: a clause ends at `;` and `:`,
 * before `, and`/`, but`/a dash when a new subject (a pronoun or a name) follows, and before `while`,
 * `whereas`, `although`. "but also" (of "not just … but also") does not start a clause.
 * @module
 */
import type { TextSentence, TextToken } from "./analyzeText.js";

/** A token range `[start, end)` of one clause. */
export interface Clause {
  start: number;
  end: number;
}

const SUBORDINATORS = new Set(["while", "whereas", "although", "though"]);
const LIST_HEADS = new Set([
  "demands",
  "conditions",
  "terms",
  "claims",
  "preconditions",
  // "its four enclaves inside Armenia: Yukhari Askipara, Barkhudarly …"
  "enclaves",
  "regions",
  "territories",
  "areas",
  "villages",
  "islands",
  "oblasts",
  "provinces",
]);

/**
 * Splits `sentence` into clauses. `isName(i)` tells whether token `i` starts a gazetteer name.
 * @example splitClauses(tokens, sentence, () => false) // → [{start: 0, end: 12}]
 */
export function splitClauses(
  tokens: readonly TextToken[],
  sentence: TextSentence,
  isName: (index: number) => boolean,
): Clause[] {
  const cuts: number[] = [];
  for (let i = sentence.firstToken + 1; i < sentence.endToken - 1; i++) {
    const t = tokens[i];
    if (!t) continue;
    const next = tokens[i + 1];
    const prev = tokens[i - 1];
    const subjectNext = (k: number) => {
      const n = tokens[k];
      return (
        n !== undefined &&
        ((n.pos === "PRON" && n.norm !== "that" && n.norm !== "it") ||
          isName(k) ||
          // ", but the Kremlin said …"
          (n.norm === "the" && isName(k + 1)))
      );
    };
    // "Moscow's demands: Donetsk, Luhansk …": a colon after a list head introduces its items, not a clause.
    if (
      t.text === ":" &&
      tokens.slice(Math.max(sentence.firstToken, i - 4), i).some((x) => LIST_HEADS.has(x.norm))
    )
      continue;
    if (t.text === ";" || t.text === ":") cuts.push(i + 1);
    else if (SUBORDINATORS.has(t.norm) && i > sentence.firstToken + 1) cuts.push(i);
    // "…, nor will it cede Crimea": a new negated clause with an inverted subject.
    else if (t.norm === "nor" && prev?.text === "," && next?.pos === "AUX") cuts.push(i);
    else if (
      (t.norm === "and" || t.norm === "but") &&
      prev &&
      (prev.text === "," || prev.text === "-" || /^[\u2013\u2014]$/.test(prev.text)) &&
      next?.norm !== "also" &&
      subjectNext(i + 1)
    )
      cuts.push(i);
    else if (/^[\u2013\u2014-]$/.test(t.text) && next?.pos === "PRON" && next.norm !== "that")
      cuts.push(i + 1);
  }
  const clauses: Clause[] = [];
  let start = sentence.firstToken;
  for (const c of cuts) {
    if (c > start) clauses.push({ start, end: c });
    start = c;
  }
  clauses.push({ start, end: sentence.endToken });
  return clauses;
}
