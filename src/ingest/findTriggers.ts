/**
 * The stance lexicon: words and short phrases that signal a demand, a cession (give up, cede, withdraw
 * from), a refusal, an offer, acceptance, rejection, recognition, control or a threat, found in a clause.
 * Triggers that govern another are linked: "want Ukraine to give up" (a request governing a cession),
 * "threatened to seize", "ruled out ceding", "giving up … is off the table".
 * @module
 */
import type { TextToken } from "./analyzeText.js";

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

const VERB_CONTEXT = new Set("which that who also still now again repeatedly firmly openly".split(" "));
const REQUEST = new Set(
  "want demand insist urge press pressure push ask expect require force compel tell order call".split(" "),
);
/** Past forms the tagger sometimes mislabels ("had fully retaken/NOUN"). */
const CONTROL_FORMS = new Set([
  "retaken",
  "retook",
  "recaptured",
  "captured",
  "seized",
  "liberated",
  "taken",
]);
const TALK_NOUNS = new Set([
  "talks",
  "negotiations",
  "meetings",
  "meeting",
  "a",
  "an",
  "elections",
  "consultations",
]);
const ACCEPT_NOUNS = new Set(["support", "backing", "endorsement", "acceptance"]);
const DEMAND = new Set("demand claim seek covet reclaim want".split(" "));
const CONSIDER = new Set(
  "consider regard view deem see maintain insist assert argue describe call declare proclaim".split(" "),
);
const CESSION = new Set("cede surrender relinquish concede gift".split(" "));
/** Gerunds the tagger reads as nouns with themselves as lemma ("no intention of ceding/NOUN Kherson"). */
const CESSION_ING = new Set("ceding surrendering relinquishing conceding".split(" "));
const CESSION_NOUNS = new Set(
  "cession cessions concession concessions withdrawal handover pullback pullout pull-out retreat surrender".split(
    " ",
  ),
);
const OFFER = new Set(["offer", "propose"]);
const OFFER_ADJ = new Set(["willing", "ready", "prepared", "open"]);
const ACCEPT = new Set("accept endorse approve embrace welcome".split(" "));
const REJECT = new Set("reject dismiss oppose denounce condemn decline spurn repudiate".split(" "));
const RECOGNIZE = new Set(["recognize", "recognise", "acknowledge"]);
const CONTROL = new Set(
  "control occupy hold seize capture annex administer retake recapture liberate occupation annexation".split(
    " ",
  ),
);
const CONTROL_ADJ = new Set(["held", "occupied", "controlled", "annexed", "administered"]);
const TAKE_VERBS = new Set(
  "seize take capture annex occupy invade attack march grab conquer offensive assault liberate overrun storm encircle".split(
    " ",
  ),
);
const THREATEN = new Set(["threaten", "threat"]);
const LAND_WORDS = new Set(["land", "lands", "territory", "territories"]);
/** Verbs that put a plan forward ("presented plans for …", "unveiled a proposal for …"). */
const PRESENT_VERBS = new Set("present unveil table submit outline draft put circulate float".split(" "));

const seq = (tokens: readonly TextToken[], i: number, words: readonly string[]) =>
  words.every((w, k) => tokens[i + k]?.norm === w);

/** Length of a cession cue at `i` (0 when none). */
function cessionAt(tokens: readonly TextToken[], i: number): { len: number; noun: boolean } {
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

function negPredAt(tokens: readonly TextToken[], i: number): number {
  if (seq(tokens, i, ["off", "the", "table"])) return 3;
  if (seq(tokens, i, ["not", "on", "the", "table"])) return 4;
  if (seq(tokens, i, ["not", "on", "the", "agenda"])) return 4;
  if (seq(tokens, i, ["not", "up", "for", "negotiation"])) return 4;
  if (seq(tokens, i, ["not", "up", "for", "discussion"])) return 4;
  if (seq(tokens, i, ["not", "up", "for", "debate"])) return 4;
  if (seq(tokens, i, ["not", "a", "subject", "for"])) return 4;
  if (seq(tokens, i, ["not", "a", "topic", "for"])) return 4;
  if (seq(tokens, i, ["not", "a", "bargaining", "chip"])) return 4;
  if (seq(tokens, i, ["not", "negotiable"])) return 2;
  if (seq(tokens, i, ["no", "basis"])) return 2;
  if (seq(tokens, i, ["null", "and", "void"])) return 3;
  if (seq(tokens, i, ["non", "-", "negotiable"])) return 3;
  if (seq(tokens, i, ["out", "of", "the", "question"])) return 4;
  if (seq(tokens, i, ["red", "line"])) return 2;
  if (seq(tokens, i, ["not", "an", "option"])) return 3;
  if (seq(tokens, i, ["no", "longer", "possible"])) return 3;
  if (seq(tokens, i, ["not", "possible"])) return 2;
  if (tokens[i]?.norm === "impossible") return 1;
  const t = tokens[i];
  if (t && (t.norm === "non-starter" || t.norm === "nonstarter" || t.norm === "unacceptable")) return 1;
  if (seq(tokens, i, ["non", "-", "starter"])) return 3;
  return 0;
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
      push("threaten", i, 1, t.pos === "NOUN");
      continue;
    }
    // "pressing toward Kostiantynivka", "advancing on Kramatorsk": a threat to the place ahead.
    if (
      ["press", "advance", "push", "close", "bear", "edge", "march"].includes(t.lemma) &&
      isVerb &&
      (["toward", "towards"].includes(n?.norm ?? "") ||
        (n?.norm === "on" && ["advance", "march", "close", "bear"].includes(t.lemma)) ||
        (n?.norm === "in" && tokens[i + 2]?.norm === "on"))
    ) {
      push("threaten", i, 1, false);
      continue;
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
      push("threaten", i, 1, false);
      continue;
    }
    // "massing troops near Huliaipole", "preparing an offensive toward Kharkiv": a threat.
    if (
      (t.lemma === "mass" && ["troops", "forces", "soldiers"].includes(n?.norm ?? "")) ||
      (t.lemma === "prepare" &&
        tokens.slice(i + 1, i + 4).some((x) => x.norm === "offensive" || x.norm === "assault"))
    ) {
      push("threaten", i, 1, false);
      continue;
    }
    if (
      isVerb &&
      ["will", "would", "could", "might"].includes(t.norm) &&
      takeAhead(tokens, i, Math.min(end, i + 5))
    ) {
      push("threaten", i, 1, false);
      continue;
    }
    if (
      (isVerb || t.pos === "NOUN") &&
      ["plan", "intend", "aim", "vow"].includes(t.lemma) &&
      n?.norm === "to" &&
      TAKE_VERBS.has(tokens[i + 2]?.lemma ?? "") &&
      !(t.lemma === "vow" && tokens[i + 2]?.lemma === "liberate")
    ) {
      push("threaten", i, 1, false);
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
        continue;
      // "Russia's hold on Crimea": a possessed cue is a noun whatever the tagger says
      const possessed = prev?.norm === "'s" || prev?.norm === "\u2019s";
      push("control", i, 1, possessed || (t.pos === "NOUN" && !isVerb && !CONTROL_FORMS.has(t.norm)));
      continue;
    }
    if (
      ["troops", "forces", "soldiers"].includes(t.norm) &&
      n?.norm === "in" &&
      ["keep", "station", "maintain", "deploy", "base", "have"].includes(tokens[i - 1]?.lemma ?? "")
    ) {
      push("control", i, 1, false);
      continue;
    }
    // "entered Vovchansk", "pushed into central Pokrovsk", "broke into the town"
    if (
      ((t.lemma === "enter" && t.pos === "VERB") ||
        (["push", "break", "advance", "move"].includes(t.lemma) && isVerb && n?.norm === "into")) &&
      nextIsPlace(tokens, i, Math.min(end, i + 9))
    ) {
      push("control", i, 1, false);
      continue;
    }
    if (t.lemma === "take" && isVerb && nextIsPlace(tokens, i, Math.min(end, i + 4))) {
      push("control", i, 1, false);
    }
  }
  link(out, tokens);
  return out;
}

function takeAhead(tokens: readonly TextToken[], i: number, end: number): boolean {
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

function requestAhead(tokens: readonly TextToken[], i: number, end: number): boolean {
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

function partOfAhead(tokens: readonly TextToken[], i: number, end: number): boolean {
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

function nextIsPlace(tokens: readonly TextToken[], i: number, end: number): boolean {
  for (let k = i + 1; k < Math.min(end, i + 10); k++) if (tokens[k]?.pos === "PROPN") return true;
  // "hold three quarters of it"
  for (let k = i + 1; k < Math.min(end, i + 8); k++)
    if (tokens[k]?.norm === "of" && tokens[k + 1]?.norm === "it") return true;
  return false;
}

/** Links frames to the trigger they govern: requests/offers/threats to cessions and take-verbs, refusals. */
function link(triggers: Trigger[], tokens: readonly TextToken[]): void {
  // "lays out conditions …, including the withdrawal of Ukrainian forces from … and recognition of Crimea": the
  // nouns listed after "including" are the demand's contents, not cues of their own.
  for (const [a, t] of triggers.entries()) {
    if (t.kind !== "demand" || t.noun) continue;
    for (const next of triggers.slice(a + 1)) {
      if (!next.noun) break;
      const including = tokens
        .slice(t.end, next.start)
        .some((x) => x.norm === "including" || x.norm === "notably");
      if (including && (next.kind === "cession" || next.kind === "recognize")) next.governed = true;
    }
  }
  for (const [a, t] of triggers.entries()) {
    const next = triggers[a + 1];
    if (!next) continue;
    const gap = next.start - t.end;
    if (
      t.kind === "request" &&
      (next.kind === "cession" || next.kind === "recognize" || next.kind === "accept") &&
      gap <= 8
    ) {
      t.governs = a + 1;
      next.governed = true;
    } else if (
      (t.kind === "offer" || t.kind === "reject" || t.kind === "accept") &&
      next.kind === "cession" &&
      gap <= 4
    ) {
      t.governs = a + 1;
      next.governed = true;
    } else if (t.kind === "reject" && next.kind === "offer" && !next.noun && gap <= 1) {
      // "ruled out easing sanctions", "refused to freeze the front": rejecting what the offer names.
      t.governs = a + 1;
      next.governed = true;
    } else if (
      t.kind === "reject" &&
      (next.kind === "recognize" || next.kind === "accept") &&
      !next.noun &&
      gap === 1 &&
      tokens[t.end]?.norm === "to"
    ) {
      // "refused to recognize the annexation": the refusal takes the recognition over (a rejection).
      t.governs = a + 1;
      next.governed = true;
    } else if (
      t.kind === "demand" &&
      !t.noun &&
      tokens[t.end]?.norm === "that" &&
      (next.kind === "recognize" || next.kind === "accept" || next.kind === "cession") &&
      !next.noun &&
      gap <= 5
    ) {
      // "demanded that Kyiv recognize Crimea as Russian": the complement is the demand, not Kyiv's stance.
      t.governs = a + 1;
      next.governed = true;
    } else if (t.kind === "threaten" && next.kind === "control" && gap <= 6) {
      t.governs = a + 1;
      next.governed = true;
    } else if (
      t.kind === "cession" &&
      next.kind === "negpred" &&
      gap <= 12 &&
      !newPredicate(tokens, t.end, next.start)
    ) {
      // "giving up any territory — Crimea included — is off the table"
      next.governed = true;
      t.governs = a + 1;
    }
  }
}

/** True when `[from, to)` holds a coordinated new predicate ("… and called …"). */
function newPredicate(tokens: readonly TextToken[], from: number, to: number): boolean {
  for (let k = from; k < to - 1; k++)
    if ((tokens[k]?.norm === "and" || tokens[k]?.norm === "but") && tokens[k + 1]?.pos === "VERB")
      return true;
  return false;
}
