/**
 * Cue classes: the trigger lexicon's word sets (and a few more) as named classes, so that the claim model
 * can learn from "a word of cession lies between the party and the place" rather than from each word alone.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import * as lexicon from "./triggerLexicon.js";

/** Lexicon sets that describe context rather than a stance, left out of the classes. */
const CONTEXT_SETS = new Set(["VERB_CONTEXT", "TALK_NOUNS", "PRESENT_VERBS"]);

const MORE: Readonly<Record<string, ReadonlySet<string>>> = {
  NEGATION: new Set("not never no n't nor refuse rule without".split(" ")),
  MODAL: new Set("must should would will could can".split(" ")),
  WITHDRAW: new Set("withdraw leave pull exit give hand return".split(" ")),
  STAY: new Set("stay remain keep".split(" ")),
  BELONG: new Set("part belong own territory".split(" ")),
  OFF_TABLE: new Set("table non-starter unacceptable question".split(" ")),
  PLAN: new Set("plan draft proposal framework memorandum deal agreement".split(" ")),
};

const CLASSES: readonly (readonly [string, ReadonlySet<string>])[] = [
  ...Object.entries(lexicon)
    .filter((entry): entry is [string, Set<string>] => entry[1] instanceof Set && !CONTEXT_SETS.has(entry[0]))
    .sort((a, b) => a[0].localeCompare(b[0])),
  ...Object.entries(MORE),
];

/**
 * The classes a token's lemma or written form belongs to, in a fixed order.
 * @example cueClasses({ lemma: "cede", norm: "cede" }) // → ["CESSION"]
 */
export function cueClasses(token: Pick<TextToken, "lemma" | "norm">): string[] {
  const out: string[] = [];
  for (const [name, words] of CLASSES) if (words.has(token.lemma) || words.has(token.norm)) out.push(name);
  return out;
}
