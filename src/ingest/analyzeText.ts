/**
 * The NLP layer of ingest: wink-nlp with its English lite model (offline; no download) turns plain text into
 * sentences and tokens with part of speech, lemma, negation scope and character offsets, plus the date
 * expressions the model's entity recogniser finds. The model is loaded once per process, on first use.
 * @module
 */

import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { foldText } from "./foldText.js";

/** One token with its character span `[start, end)` in the analysed text. */
export interface TextToken {
  /** Position in the token array. */
  index: number;
  /** The token as written. */
  text: string;
  /** Lower-case, accent-folded form (curly apostrophes become `'`). */
  norm: string;
  /** Lemma as reported by the model, lower-cased. */
  lemma: string;
  /** Universal part-of-speech tag (PROPN, VERB, NOUN…). */
  pos: string;
  start: number;
  end: number;
  /** True inside the scope of a negation, as marked by wink-nlp. */
  negated: boolean;
  /** Index of the sentence the token belongs to. */
  sentence: number;
}

/** A sentence: its character span and its token range `[firstToken, endToken)`. */
export interface TextSentence {
  index: number;
  start: number;
  end: number;
  firstToken: number;
  endToken: number;
}

/** A date expression found by the model (`23 April 2025`, `Tuesday`, `last week`). */
export interface DateExpression {
  text: string;
  start: number;
  end: number;
  sentence: number;
}

/** The analysed text. Offsets index into `text`. */
export interface AnalyzedText {
  text: string;
  tokens: TextToken[];
  sentences: TextSentence[];
  dates: DateExpression[];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | undefined;

function getNlp(): Nlp {
  nlp ??= winkNLP(model);
  return nlp;
}

/**
 * Splits `text` into sentences and tokens. Deterministic; offsets are exact because wink-nlp tokenises
 * losslessly (every token carries its preceding whitespace).
 * @example analyzeText("Russia demands Kherson.").tokens.map((t) => t.pos) // → ["PROPN", "VERB", "PROPN", "PUNCT"]
 */
export function analyzeText(text: string): AnalyzedText {
  const n = getNlp();
  const its = n.its;
  const doc = n.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  // wink's typings declare `its.lemma` with an add-on signature that `out` does not accept; it works at run time.
  const lemma = doc.tokens().out(its.lemma as unknown as typeof its.value) as string[];
  const neg = doc.tokens().out(its.negationFlag) as unknown as boolean[];
  const tokens: TextToken[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? "").length;
    const value = values[i] ?? "";
    // wink reports some multi-character tokens (e.g. "n't") that are spelled differently in the text
    // ("n’t"); locate the written form so offsets stay exact.
    let start = offset;
    if (text.slice(start, start + value.length) !== value) {
      const found = text.indexOf(value, start);
      if (found >= 0 && found - start < 3) start = found;
    }
    const end = start + value.length;
    tokens.push({
      index: i,
      text: text.slice(start, end),
      norm: foldText(text.slice(start, end).toLowerCase()),
      lemma: foldText((lemma[i] ?? value).toLowerCase()),
      pos: pos[i] ?? "X",
      start,
      end,
      negated: Boolean(neg[i]),
      sentence: 0,
    });
    offset = end;
  }
  // wink's sentences, cut again at paragraph breaks and after a headline line (a short line without final
  // punctuation), which wink runs into the next sentence.
  const spans: [number, number][] = [];
  doc.sentences().each((s: { out(f: unknown): unknown }) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    let from = first;
    for (let i = first + 1; i <= last; i++) {
      const gap = spaces[i] ?? "";
      if (!gap.includes("\n")) continue;
      const prev = tokens[i - 1];
      const lineStart = prev ? text.lastIndexOf("\n", prev.start) + 1 : 0;
      const headline =
        prev !== undefined &&
        !/[.,;:!?"”’)]$/.test(prev.text) &&
        prev.end - lineStart < 120 &&
        /^[\p{Lu}\d"“]/u.test(tokens[i]?.text ?? "");
      // a bullet or a timestamp at the start of a line ("- Russian forces seize …", "• …", "10:42 — …")
      const bullet =
        /^[-\u2022*\u2013\u2014]$/.test(tokens[i]?.text ?? "") ||
        /^\d{1,2}:\d{2}$/.test(tokens[i]?.text ?? "");
      if (gap.includes("\n\n") || /\n\s*\n/.test(gap) || headline || bullet) {
        spans.push([from, i - 1]);
        from = i;
      }
    }
    spans.push([from, last]);
  });
  const sentences: TextSentence[] = [];
  for (const [first, last] of spans) {
    const firstTok = tokens[first];
    const lastTok = tokens[last];
    if (!firstTok || !lastTok) continue;
    const index = sentences.length;
    for (let i = first; i <= last; i++) {
      const t = tokens[i];
      if (t) t.sentence = index;
    }
    sentences.push({ index, start: firstTok.start, end: lastTok.end, firstToken: first, endToken: last + 1 });
  }
  const dates: DateExpression[] = [];
  doc.entities().each((e: { out(f: unknown): unknown }) => {
    if (e.out(its.type) !== "DATE") return;
    const [first, last] = e.out(its.span) as unknown as [number, number];
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return;
    dates.push({ text: text.slice(a.start, b.end), start: a.start, end: b.end, sentence: a.sentence });
  });
  return { text, tokens, sentences, dates };
}
