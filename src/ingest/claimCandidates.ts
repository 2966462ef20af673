/**
 * Candidates for the claim model: every (party, target) pair named in one sentence, with the sparse features
 * the model weighs — the words and cue classes between the two names, the verbs next to them, the words
 * around each, the sentence's words, order and distance, negation, the party's grammatical role with each cue,
 * other parties in between, quotation.
 * @module
 */
import type { AnalyzedText } from "./analyzeText.js";
import { cueClasses } from "./cueClasses.js";
import type { Mention, MentionKind } from "./findMentions.js";

/** One (actor, target) pair in one sentence with its features. */
export interface ClaimCandidate {
  actor: string;
  /** Territory id or `issue:<id>`. */
  target: string;
  /** Sentence index. */
  sentence: number;
  features: string[];
}

const PARTY_KINDS: ReadonlySet<MentionKind> = new Set(["actor", "person", "metonym", "demonym"]);
const WINDOW_POS = new Set(["VERB", "NOUN", "ADJ", "ADV", "ADP", "PART", "AUX", "SCONJ"]);
const SENTENCE_POS = new Set(["VERB", "NOUN", "ADJ"]);
const NEGATORS = new Set(["not", "never", "no", "n't", "nor"]);
/** Parties whose identity is itself a feature (the bundled scenario's). */
const NAMED_PARTIES = new Set(["RU", "UA", "US"]);

/** Possessor ("Russia's"), subject (a verb follows), object of a preposition or verb, modifier (a demonym). */
function partyRole(tokens: AnalyzedText["tokens"], party: Mention): string {
  const next = tokens[party.endToken];
  const prev = tokens[party.firstToken - 1];
  if (next?.norm === "'s" || next?.norm === "\u2019s") return "poss";
  if (next && (next.pos === "VERB" || next.pos === "AUX")) return "subj";
  if (prev?.pos === "ADP") return `obj-${prev.lemma}`;
  if (prev?.pos === "VERB") return "obj-v";
  return party.kind === "demonym" ? "mod" : "other";
}

/**
 * All candidates of an analysed text, in sentence and mention order.
 * @example claimCandidates(analyzeText("Russia demands Kherson."), mentions)[0] // → {actor: "RU", target: "UA-65", …}
 */
export function claimCandidates(analyzed: AnalyzedText, mentions: readonly Mention[]): ClaimCandidate[] {
  const { tokens } = analyzed;
  const out: ClaimCandidate[] = [];
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) {
    const list = bySentence.get(m.sentence) ?? [];
    list.push(m);
    bySentence.set(m.sentence, list);
  }
  for (const [index, list] of bySentence) {
    const sentence = analyzed.sentences[index];
    if (!sentence) continue;
    const own = tokens.slice(sentence.firstToken, sentence.endToken);
    const shared: string[] = [];
    for (const lemma of new Set(own.filter((t) => SENTENCE_POS.has(t.pos)).map((t) => t.lemma)))
      shared.push(`s:${lemma}`);
    for (const t of own) for (const c of cueClasses(t)) shared.push(`sc:${c}`);
    if (own.some((t) => /["\u201c\u201d]/.test(t.text))) shared.push("quote");
    const parties = list.filter((m) => PARTY_KINDS.has(m.kind));
    const targets = list.filter((m) => !PARTY_KINDS.has(m.kind));
    for (const party of parties)
      for (const target of targets) {
        const f: string[] = [];
        const partyFirst = party.endToken <= target.firstToken;
        const order = partyFirst ? "AT" : "TA";
        const lo = partyFirst ? party.endToken : target.endToken;
        const hi = partyFirst ? target.firstToken : party.firstToken;
        f.push(
          order,
          `Ak:${party.kind}`,
          `Tk:${target.kind}`,
          `dist:${Math.min(6, Math.floor(Math.log2(1 + hi - lo)))}`,
        );
        let negated = false;
        const windowCues: string[] = [];
        for (let i = lo; i < hi; i++) {
          const t = tokens[i];
          if (!t) continue;
          if (t.negated || NEGATORS.has(t.norm)) negated = true;
          if (WINDOW_POS.has(t.pos)) f.push(`b:${t.lemma}`, `${order}:${t.lemma}`);
          for (const c of cueClasses(t)) {
            f.push(`bc:${c}`, `${order}c:${c}`);
            windowCues.push(c);
          }
        }
        // The party's grammatical role, alone and with each cue between it and the target.
        const role = partyRole(tokens, party);
        f.push(`role:${role}`);
        for (const c of new Set(windowCues)) {
          f.push(`rc:${role}|${c}`);
          if (negated) f.push(`nc:${c}`);
        }
        let between = 0;
        for (const o of parties) {
          if (o === party) continue;
          if (o.firstToken >= lo && o.endToken <= hi) between++;
          if (o.ids[0] !== party.ids[0])
            f.push(o.firstToken < party.firstToken ? "otherAbefore" : "otherAafter");
        }
        if (negated) f.push("neg");
        f.push(`oA:${Math.min(between, 2)}`);
        for (let i = Math.max(sentence.firstToken, party.firstToken - 3); i < party.firstToken; i++)
          f.push(`pA:${tokens[i]?.lemma}`);
        for (let i = party.endToken; i < Math.min(sentence.endToken, party.endToken + 3); i++)
          f.push(`nA:${tokens[i]?.lemma}`);
        for (let i = Math.max(sentence.firstToken, target.firstToken - 3); i < target.firstToken; i++)
          f.push(`pT:${tokens[i]?.lemma}`);
        for (let i = target.endToken; i < Math.min(sentence.endToken, target.endToken + 3); i++)
          f.push(`nT:${tokens[i]?.lemma}`);
        f.push(...shared);
        if (parties[0] === party) f.push("Afirst");
        // The party's verbs and the words governing the target.
        for (let i = party.endToken, n = 0; i < sentence.endToken && n < 2; i++) {
          const t = tokens[i];
          if (t && (t.pos === "VERB" || t.pos === "AUX")) {
            f.push(`vA:${t.lemma}`, ...cueClasses(t).map((c) => `vAc:${c}`));
            n++;
          }
        }
        for (let i = target.firstToken - 1, n = 0; i >= sentence.firstToken && n < 2; i--) {
          const t = tokens[i];
          if (t && (t.pos === "VERB" || t.pos === "NOUN")) {
            f.push(`vT:${t.lemma}`, ...cueClasses(t).map((c) => `vTc:${c}`));
            n++;
          }
        }
        for (const id of party.ids) if (NAMED_PARTIES.has(id)) f.push(`A:${id}`);
        f.push("bias");
        const features = [...new Set(f)];
        const targetIds = target.kind === "issue" ? [`issue:${target.ids[0]}`] : target.ids;
        for (const actor of party.ids)
          for (const id of targetIds) out.push({ actor, target: id, sentence: index, features });
      }
  }
  return out;
}
