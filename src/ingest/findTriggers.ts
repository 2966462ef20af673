/**
 * The stance lexicon: words and short phrases that signal a demand, a cession (give up, cede, withdraw
 * from), a refusal, an offer, acceptance, rejection, recognition, control or a threat, found in a clause.
 * Triggers that govern another are linked: "want Ukraine to give up" (a request governing a cession),
 * "threatened to seize", "ruled out ceding", "giving up … is off the table".
 *
 * The cue readers of the longer families live in cessionAt.ts, negPredAt.ts, threatAt.ts and controlAt.ts,
 * the word sets in triggerLexicon.ts, the look-ahead tests in triggerLookAhead.ts and the linking step in
 * linkTriggers.ts.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { cessionAt } from "./cessionAt.js";
import { controlAt } from "./controlAt.js";
import { linkTriggers } from "./linkTriggers.js";
import { negPredAt } from "./negPredAt.js";
import { threatAt } from "./threatAt.js";
import {
  ACCEPT,
  ACCEPT_NOUNS,
  CONSIDER,
  CONTROL,
  DEMAND,
  OFFER,
  OFFER_ADJ,
  PRESENT_VERBS,
  RECOGNIZE,
  REJECT,
  REQUEST,
  VERB_CONTEXT,
} from "./triggerLexicon.js";
import { partOfAhead, requestAhead } from "./triggerLookAhead.js";

/** What a trigger signals before negation and framing are resolved. */
export type TriggerKind =
  | "request"
  | "demand"
  | "consider"
  | "cession"
  | "offer"
  | "accept"
  | "reject"
  | "negpred"
  | "recognize"
  | "control"
  | "threaten";

/** A stance cue found in a clause. */
export interface Trigger {
  kind: TriggerKind;
  /** Token range of the cue. */
  start: number;
  end: number;
  /** True when the cue is a noun (demands, control, recognition). */
  noun: boolean;
  /** For request/offer/threaten/reject frames: the index of the governed trigger in the result list. */
  governs?: number;
  /** True when a governing trigger took this one over. */
  governed?: boolean;
  /** The cue as written. */
  text: string;
}

/**
 * Finds the stance cues in tokens `[start, end)` and links governing frames to what they govern. Tokens
 * for which `inName` holds (inside a place name such as "the four annexed regions") are not cues.
 * @example findTriggers(analyzeText("They want Ukraine to give up Kherson.").tokens, 0, 8)
 */
export function findTriggers(
  tokens: readonly TextToken[],
  start: number,
  end: number,
  inName: (index: number) => boolean = () => false,
): Trigger[] {
  const out: Trigger[] = [];
  const push = (kind: TriggerKind, i: number, len: number, noun: boolean) => {
    const a = tokens[i];
    const b = tokens[i + len - 1];
    out.push({ kind, start: i, end: i + len, noun, text: a && b ? `${a.text}${len > 1 ? "…" : ""}` : "" });
    return out.length - 1;
  };
  for (let i = start; i < end; i++) {
    const t = tokens[i];
    if (!t || inName(i)) continue;
    const n = tokens[i + 1];
    // The tagger reads some third-person verbs as plural nouns ("which controls Aksai Chin",
    // "Moscow, for its part, demands that …").
    const prev = tokens[i - 1];
    const verbLike =
      t.pos === "NOUN" &&
      /s$/.test(t.norm) &&
      (VERB_CONTEXT.has(prev?.norm ?? "") ||
        (n?.norm === "that" && prev?.pos !== "DET" && prev?.norm !== "'s"));
    // "Russia and Belarus claim/NOUN Crimea": a noun between a name and its object is the verb.
    const verbBetweenNames =
      t.pos === "NOUN" && prev?.pos === "PROPN" && ["PROPN", "DET", "NUM"].includes(n?.pos ?? "");
    const isVerb = t.pos === "VERB" || t.pos === "AUX" || verbLike || verbBetweenNames;
    const ces = cessionAt(tokens, i);
    if (ces.len > 0) {
      push("cession", i, ces.len, ces.noun);
      i += ces.len - 1;
      continue;
    }
    const neg = negPredAt(tokens, i);
    if (neg > 0) {
      push("negpred", i, neg, true);
      i += neg - 1;
      continue;
    }
    if ((t.lemma === "rule" || t.norm === "ruling") && n?.norm === "out") {
      push("reject", i, 2, false);
      i += 1;
      continue;
    }
    if (t.lemma === "turn" && n?.norm === "down") {
      push("reject", i, 2, false);
      i += 1;
      continue;
    }
    const threat = threatAt(tokens, i, start, end, isVerb);
    if (threat.len > 0) {
      push("threaten", i, threat.len, threat.noun);
      i += threat.len - 1;
      continue;
    }
    // A passive request ("will not be required to recognize") makes the subject the one asked.
    if (isVerb && REQUEST.has(t.lemma) && tokens[i - 1]?.lemma !== "be" && requestAhead(tokens, i, end)) {
      push("request", i, 1, false);
      continue;
    }
    if (isVerb && CONSIDER.has(t.lemma) && partOfAhead(tokens, i, end)) {
      push("consider", i, 1, false);
      continue;
    }
    if ((t.lemma === "call" || t.lemma === "push" || t.lemma === "press") && n?.norm === "for") {
      // "dismissed calls for a ceasefire": the noun; the rejection takes what it calls for.
      const nounCalls =
        t.norm === "calls" && (REJECT.has(prev?.lemma ?? "") || ["DET", "ADJ"].includes(prev?.pos ?? ""));
      push("demand", i, 2, nounCalls);
      i += 1;
      continue;
    }
    if (t.lemma === "insist" && n?.norm === "that") {
      push("demand", i, 1, false);
      continue;
    }
    if ((t.lemma === "fight" || t.lemma === "campaign" || t.lemma === "struggle") && n?.norm === "for") {
      push("demand", i, 2, false);
      i += 1;
      continue;
    }
    if (t.pos === "NOUN" && ACCEPT_NOUNS.has(t.norm) && (n?.norm === "for" || n?.norm === "of")) {
      push("accept", i, 1, true);
      continue;
    }
    if (t.lemma === "insist" && n?.norm === "on") {
      push("demand", i, 2, false);
      i += 1;
      continue;
    }
    if (t.lemma === "lay" && n?.lemma === "claim") {
      push("demand", i, 2, false);
      i += 1;
      continue;
    }
    // "reassert our sovereignty over Bajo de Masinloc", "assert control over": a demand.
    if (
      ["assert", "reassert", "uphold", "defend", "restore", "reestablish", "re-establish"].includes(
        t.lemma,
      ) &&
      isVerb &&
      tokens
        .slice(i + 1, i + 4)
        .some((x) => x.norm === "sovereignty" || x.norm === "claim" || x.norm === "claims")
    ) {
      push("demand", i, 1, false);
      continue;
    }
    // "lays out conditions … including the withdrawal of Ukrainian forces", "set out its terms": demands.
    if (
      ["lay", "set", "spell", "list"].includes(t.lemma) &&
      isVerb &&
      ["out", "down"].includes(n?.norm ?? "") &&
      tokens
        .slice(i + 2, i + 5)
        .some((x) => ["conditions", "terms", "demands", "preconditions"].includes(x.norm))
    ) {
      push("demand", i, 2, false);
      i += 1;
      continue;
    }
    // "declared the annexation of Donetsk", "proclaimed the annexation of …": a claim.
    if (
      ["declare", "proclaim", "announce", "formalise", "formalize"].includes(t.lemma) &&
      isVerb &&
      tokens.slice(i + 1, i + 4).some((x) => x.norm === "annexation")
    ) {
      push("demand", i, 1, false);
      continue;
    }
    // "the return of Artsvashen", "the "return to Azerbaijan" of its enclaves": a demand for those places
    if (
      t.norm === "return" &&
      t.pos === "NOUN" &&
      ["DET", "PUNCT"].includes(prev?.pos ?? "") &&
      tokens.slice(i + 1, i + 6).some((x) => x.norm === "of")
    ) {
      push("demand", i, 1, false);
      continue;
    }
    // "has designs on Odesa", "set its sights on Kharkiv": a demand.
    if ((t.norm === "designs" && n?.norm === "on") || (t.norm === "sights" && n?.norm === "on")) {
      push("demand", i, 2, false);
      i += 1;
      continue;
    }
    // "seeks to regain Crimea", "vowed to recover every square kilometre" are demands; "have regained
    // control" is a completed fact.
    if (
      (t.lemma === "regain" || t.lemma === "recover" || t.lemma === "reclaim") &&
      (prev?.norm === "to" || prev?.norm === "will" || prev?.norm === "would") &&
      !CONTROL.has(n?.lemma ?? "")
    ) {
      push("demand", i, 1, false);
      continue;
    }
    if (DEMAND.has(t.lemma) || t.norm === "ultimatum") {
      // "claims to have", "claimed that": reporting, not claiming.
      const reporting =
        (n?.norm === "to" && (tokens[i + 2]?.pos === "VERB" || tokens[i + 2]?.pos === "AUX")) ||
        (n?.norm === "that" && t.lemma === "claim") ||
        // "claimed responsibility / almost daily attacks / the capture of": reporting an act, not a claim to land
        (t.lemma === "claim" &&
          tokens
            .slice(i + 1, i + 4)
            .some((x) =>
              [
                "responsibility",
                "credit",
                "attack",
                "attacks",
                "victory",
                "capture",
                "gains",
                "control",
              ].includes(x.norm),
            ));
      if (!reporting && (isVerb || t.pos === "NOUN")) push("demand", i, 1, t.pos === "NOUN" && !isVerb);
      continue;
    }
    // "the ceasefire proposed by Washington", "guarantees offered by London": a passive offer.
    if (
      ["proposed", "offered", "floated", "suggested", "drafted", "championed", "put"].includes(t.norm) &&
      (n?.norm === "by" || (t.norm === "put" && n?.norm === "forward" && tokens[i + 2]?.norm === "by"))
    ) {
      push("offer", i, t.norm === "put" ? 2 : 1, false);
      if (t.norm === "put") i += 1;
      continue;
    }
    // "freeze the front line in Kherson", "the front would be frozen": an offer on those places.
    if ((t.lemma === "freeze" || t.norm === "frozen") && (isVerb || t.pos === "ADJ")) {
      push("offer", i, 1, false);
      continue;
    }
    // "sanctions would be lifted", "lift sanctions": an offer of sanctions relief.
    if (
      (t.lemma === "lift" || t.lemma === "ease") &&
      isVerb &&
      tokens.slice(Math.max(start, i - 6), Math.min(end, i + 4)).some((x) => x.norm === "sanctions")
    ) {
      push("offer", i, 1, false);
      continue;
    }
    if (isVerb && OFFER.has(t.lemma)) {
      push("offer", i, 1, false);
      continue;
    }
    if (t.lemma === "offer" && t.pos === "NOUN") {
      push("offer", i, 1, true);
      continue;
    }
    // "the U.S. proposal for a truce", "Morocco's autonomy plan for Western Sahara": a party's plan offers
    // what it is for.
    if (
      t.pos === "NOUN" &&
      ["proposal", "plan", "plans", "initiative", "proposals", "blueprint"].includes(t.norm) &&
      ["for", "on"].includes(n?.norm ?? "") &&
      (tokens
        .slice(Math.max(start, i - 4), i)
        .some((x) => x.pos === "PROPN" || x.norm === "'s" || x.norm === "’s") ||
        // "presented allies with detailed plans for a reassurance force"
        tokens.slice(Math.max(start, i - 5), i).some((x) => x.pos === "VERB" && PRESENT_VERBS.has(x.lemma)))
    ) {
      push("offer", i, 1, true);
      continue;
    }
    if (OFFER_ADJ.has(t.norm) && n?.norm === "to") {
      push("offer", i, 1, false);
      continue;
    }
    // "acknowledged that …", "acknowledged it had abandoned …" report a fact; they recognise nothing.
    const reporting =
      t.lemma === "acknowledge" &&
      (tokens.slice(i + 1, i + 5).some((x) => x.norm === "that") ||
        (n?.pos === "PRON" && tokens[i + 2]?.pos === "AUX"));
    if ((RECOGNIZE.has(t.lemma) || t.norm === "recognition") && !reporting) {
      push("recognize", i, 1, t.pos === "NOUN");
      continue;
    }
    if (isVerb && (ACCEPT.has(t.lemma) || t.lemma === "back" || t.lemma === "support")) {
      push("accept", i, 1, false);
      continue;
    }
    if (isVerb && t.lemma === "agree" && (n?.norm === "to" || n?.norm === "with" || n?.norm === "on")) {
      push("accept", i, 1, false);
      continue;
    }
    // "refused to be drawn into a war": no object rejected.
    if (t.lemma === "refuse" && n?.norm === "to" && tokens[i + 2]?.lemma === "be") continue;
    if (REJECT.has(t.lemma) || (t.lemma === "refuse" && isVerb)) {
      push("reject", i, 1, false);
      continue;
    }
    const control = controlAt(tokens, i, start, end, isVerb);
    if (control.len > 0) {
      push("control", i, control.len, control.noun);
      i += control.len - 1;
    }
  }
  linkTriggers(out, tokens);
  return out;
}
