/**
 * Event extraction: sentences reporting talks held, a delegation withdrawing, a warning, a proposal, an
 * agreement, an annexation or a military action, with the parties involved and a date resolved against
 * the article date (a stated date first; otherwise the article date, or "before the article date" for
 * past-perfect and "previously"/"earlier" reports).
 * @module
 */
import type { AnalyzedText, TextToken } from "./analyzeText.js";
import type { Mention } from "./findMentions.js";
import type { IngestEvent } from "./ingestResult.js";
import { parseDateText } from "./parseDateText.js";

const TALKS = new Set(
  "talk talks negotiation negotiations summit meeting conference discussions process".split(" "),
);
const WALKOUT_VERBS = new Set("withdraw quit leave abandon boycott exit skip".split(" "));
const WALKOUT_NOUNS = new Set(["withdrawal", "walkout", "exit", "boycott"]);
const HOLD_VERBS = new Set("hold host convene meet begin resume open".split(" "));
const PROPOSAL_NOUNS = new Set("plan proposal proposals framework memorandum roadmap offer".split(" "));
const AGREEMENT_NOUNS = new Set("deal agreement accord ceasefire truce treaty swap exchange".split(" "));
const ACTOR_KINDS = new Set(["actor", "person", "demonym", "metonym"]);
const HEDGES = new Set(["reportedly", "allegedly", "insiders", "suggest", "rumored", "may", "might"]);

const within = (tokens: readonly TextToken[], from: number, to: number, test: (t: TextToken) => boolean) => {
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (t && test(t)) return k;
  }
  return -1;
};

/**
 * Extracts dated events from `analyzed`, resolving dates against `articleDate` (YYYY-MM-DD) when given.
 * Events of the same kind with the same parties and date are merged.
 * @example extractEvents(analyzed, mentions, "2025-04-23").map((e) => e.kind) // → ["walkout", "talks", "warning"]
 */
export function extractEvents(
  analyzed: AnalyzedText,
  mentions: readonly Mention[],
  articleDate: string | undefined,
): IngestEvent[] {
  const { tokens, text } = analyzed;
  const events: IngestEvent[] = [];
  for (const s of analyzed.sentences) {
    const from = s.firstToken;
    const to = s.endToken;
    const inSentence = mentions.filter((m) => m.firstToken >= from && m.endToken <= to);
    const found: { kind: IngestEvent["kind"]; at: number; location?: string }[] = [];
    for (let i = from; i < to; i++) {
      const t = tokens[i];
      if (!t) continue;
      const verb = t.pos === "VERB";
      const next = tokens[i + 1]?.norm;
      const talksAhead = within(tokens, i + 1, Math.min(to, i + 9), (x) => TALKS.has(x.norm)) >= 0;
      if (
        ((verb &&
          (WALKOUT_VERBS.has(t.lemma) || ((t.lemma === "walk" || t.lemma === "pull") && next === "out"))) ||
          (t.pos === "NOUN" && WALKOUT_NOUNS.has(t.norm))) &&
        talksAhead
      )
        found.push({ kind: "walkout", at: i });
      else if (verb && (t.lemma === "warn" || t.lemma === "threaten")) found.push({ kind: "warning", at: i });
      else if (
        verb &&
        ["propose", "present", "unveil", "submit", "table"].includes(t.lemma) &&
        within(tokens, i + 1, Math.min(to, i + 7), (x) => PROPOSAL_NOUNS.has(x.norm)) >= 0
      )
        found.push({ kind: "proposal", at: i });
      else if (
        verb &&
        ["sign", "reach", "strike", "conclude", "agree"].includes(t.lemma) &&
        within(tokens, i + 1, Math.min(to, i + 6), (x) => AGREEMENT_NOUNS.has(x.norm)) >= 0
      )
        found.push({ kind: "agreement", at: i });
      else if (verb && t.lemma === "annex") found.push({ kind: "annexation", at: i });
      else if (
        verb &&
        ["capture", "seize", "retake", "recapture", "liberate"].includes(t.lemma) &&
        inSentence.some((m) => m.kind === "territory" || m.kind === "city")
      )
        found.push({ kind: "military", at: i });
      else if (verb && HOLD_VERBS.has(t.lemma) && talksAhead) found.push({ kind: "talks", at: i });
      if (TALKS.has(t.norm) && t.pos === "NOUN") {
        const loc =
          tokens[i + 1]?.norm === "in" && tokens[i + 2]?.pos === "PROPN"
            ? tokens[i + 2]?.text
            : tokens[i - 1]?.pos === "PROPN" && !["u.s.", "peace"].includes(tokens[i - 1]?.norm ?? "")
              ? tokens[i - 1]?.text
              : undefined;
        if (loc) found.push({ kind: "talks", at: i, location: loc });
      }
    }
    if (found.length === 0) continue;
    const sentenceText = text.slice(s.start, s.end);
    const hedged = tokens.slice(from, to).some((t) => HEDGES.has(t.norm));
    const dateExpr = analyzed.dates.find((d) => d.sentence === s.index && parseDateText(d.text, articleDate));
    const resolved = dateExpr ? parseDateText(dateExpr.text, articleDate) : undefined;
    const earlier = tokens
      .slice(from, to)
      .some(
        (t, k) =>
          ["previously", "earlier"].includes(t.norm) ||
          (t.norm === "had" && tokens[from + k + 1]?.pos !== "NOUN"),
      );
    const seen = new Set<string>();
    for (const f of found) {
      if (seen.has(f.kind)) continue;
      seen.add(f.kind);
      const agents = inSentence.filter(
        (m) =>
          ACTOR_KINDS.has(m.kind) &&
          (f.kind === "talks" || m.firstToken < f.at) &&
          !["in", "from"].includes(tokens[m.firstToken - 1]?.norm ?? ""),
      );
      const parties = [...new Set(agents.flatMap((m) => m.ids))];
      const first = agents[0];
      const title =
        f.kind === "talks" && f.location
          ? `Talks in ${f.location}`
          : cleanTitle(text.slice(first ? first.start : s.start, s.end));
      let conf = 0.8 - (hedged ? 0.1 : 0);
      const base = {
        kind: f.kind,
        title,
        parties: f.kind === "talks" && f.location ? [] : parties,
        territories: [
          ...new Set(
            inSentence
              .filter((m) => m.kind === "territory" || m.kind === "city" || m.kind === "group")
              .flatMap((m) => m.ids),
          ),
        ],
        evidence: sentenceText,
        start: s.start,
        end: s.end,
      };
      if (resolved && dateExpr) {
        events.push({
          ...base,
          date: resolved.date,
          dateResolution: resolved.resolution,
          dateText: dateExpr.text,
          confidence: round2(conf),
        });
      } else if (articleDate) {
        conf -= 0.1;
        events.push({
          ...base,
          date: articleDate,
          dateResolution: earlier ? "before_article_date" : "article_date",
          confidence: round2(conf),
        });
      } else events.push({ ...base, dateResolution: "unresolved", confidence: round2(conf - 0.2) });
    }
  }
  return mergeEvents(events);
}

function cleanTitle(s: string): string {
  const one = s
    .replace(/\s+/g, " ")
    .trim()
    .replace(/[.!?]+$/, "");
  return one.length > 120 ? `${one.slice(0, 117).replace(/\s+\S*$/, "")}…` : one;
}

function mergeEvents(events: readonly IngestEvent[]): IngestEvent[] {
  const out: IngestEvent[] = [];
  for (const e of events) {
    const key = (x: IngestEvent) =>
      x.kind === "talks"
        ? `${x.kind}|${x.title}`
        : `${x.kind}|${[...x.parties].sort().join(",")}|${x.date ?? ""}`;
    if (e.kind !== "talks" && e.parties.length === 0) continue;
    if (out.some((o) => key(o) === key(e))) continue;
    out.push(e);
  }
  return out;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
