/**
 * The state claim extraction's passes share, passed explicitly rather than captured by closures: the article
 * (tokens, mentions, gazetteer and the indexes built once over them), the discourse state carried from clause
 * to clause (last subject, last person, last demanded targets, the last plan and its authors), and one
 * clause's context (its sentence, speaker, actors, agent candidates, perspective frame and stance cues).
 * @module
 */
import type { AnalyzedText, TextSentence, TextToken } from "./analyzeText.js";
import type { ExtractClaimsOptions } from "./extractClaims.js";
import type { Mention } from "./findMentions.js";
import type { Trigger } from "./findTriggers.js";
import type { Gazetteer } from "./gazetteer.js";
import type { Clause } from "./splitClauses.js";

/** What a claim is about: a gazetteer place, an issue (`issue:<id>`), any territory (`*`) or an unknown place. */
export interface Target {
  id: string;
  name: string;
  unknown?: boolean;
  scope?: "part" | "whole";
  share?: number;
}

/** Who holds a stance. */
export interface Agent {
  ids: string[];
  /** How the agent was found: a name, a resolved pronoun, a frame, or the discourse topic. */
  via: "name" | "pronoun" | "frame" | "topic";
  start: number;
  /** A passive cession whose holder is the reporting speaker ("Donetsk will not be given up, X said"). */
  passive?: boolean;
}

/** The article being read and the indexes built once over it. */
export interface ArticleContext {
  tokens: TextToken[];
  text: string;
  mentions: readonly Mention[];
  gazetteer: Gazetteer;
  options: ExtractClaimsOptions;
  /** Lower-cased names, aliases, demonyms, metonyms and people of the gazetteer's actors. */
  knownNames: Set<string>;
  /** Display names of territories (by id) and issues (by `issue:<id>`). */
  names: Map<string, string>;
  /** Mentions by their first token. */
  mentionAt: Map<number, Mention[]>;
  /** Tokens inside a group or territory name. */
  inPlaceName: Set<number>;
  /** Tokens inside any mention. */
  covered: Set<number>;
  /** Tokens inside a date expression. */
  dateTokens: Set<number>;
}

/** What earlier clauses leave for later ones to resolve pronouns and references; updated as clauses are read. */
export interface DiscourseState {
  /** The subject of the last clause that had one (or its perspective frame). */
  lastSubjects: string[];
  /** The last person named. */
  lastPerson: string[];
  /** The targets of the last claim other than control: "these territories", "that", "them". */
  lastTargets: Target[];
  /** The places of the last demand: "its demands on territory" after a memorandum's issues. */
  lastDemandPlaces: Target[];
  /** The authors of the last plan whose authors were named. */
  lastPlanAuthors: string[];
  /** The sentence index where that plan was last referred to. */
  lastPlanSentence: number;
  /** Every clause subject so far, in order. */
  subjectHistory: string[][];
}

/** A clause's context as far as it is known before its agent candidates are collected. */
export interface ClauseScope {
  article: ArticleContext;
  discourse: DiscourseState;
  sentence: TextSentence;
  /** The speaker of the sentence's quotation, if any: who "we" and "I" are. */
  speaker: string[];
  clause: Clause;
  /** Actor mentions inside the clause. */
  actorsIn: Mention[];
}

/** A clause's full context: its scope plus agent candidates, perspective frame and stance cues. */
export interface ClauseContext extends ClauseScope {
  /** The sentence as written: a claim's evidence. */
  sentenceText: string;
  /** True when the sentence hedges ("reportedly", "allegedly"). */
  hedged: boolean;
  /** Candidates for "who", sorted by position. */
  candidates: Agent[];
  /** A perspective frame ("From Ukraine's side", "for Moscow", "as far as Kyiv is concerned"). */
  frame: Mention | undefined;
  /** The clause's stance cues. */
  triggers: Trigger[];
  /** Agents found so far, by cue (see findAgent). */
  agents: Map<Trigger, Agent | undefined>;
}

/**
 * Builds the article context: the indexes over `mentions` and `analyzed` that every clause uses.
 * @example createArticleContext(analyzed, mentions, gazetteer, {}).mentionAt.get(0)
 */
export function createArticleContext(
  analyzed: AnalyzedText,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  options: ExtractClaimsOptions,
): ArticleContext {
  const { tokens, text } = analyzed;
  const knownNames = new Set(
    gazetteer.actors
      .flatMap((a) => [
        a.name,
        ...(a.aliases ?? []),
        ...(a.demonyms ?? []),
        ...(a.metonyms ?? []),
        ...(a.people ?? []).flatMap((p) => [p.name, ...(p.aliases ?? [])]),
      ])
      .map((n) => n.toLowerCase()),
  );
  const names = new Map<string, string>();
  for (const t of gazetteer.territories) names.set(t.id, t.name);
  for (const i of gazetteer.issues) names.set(`issue:${i.id}`, i.name);
  const mentionAt = new Map<number, Mention[]>();
  for (const m of mentions) mentionAt.set(m.firstToken, [...(mentionAt.get(m.firstToken) ?? []), m]);
  const inPlaceName = new Set<number>();
  for (const m of mentions)
    if (m.kind === "group" || m.kind === "territory")
      for (let i = m.firstToken; i < m.endToken; i++) inPlaceName.add(i);
  const covered = new Set<number>();
  for (const m of mentions) for (let i = m.firstToken; i < m.endToken; i++) covered.add(i);
  const dateTokens = new Set<number>();
  for (const d of analyzed.dates)
    for (const t of tokens) if (t.start >= d.start && t.end <= d.end) dateTokens.add(t.index);
  return {
    tokens,
    text,
    mentions,
    gazetteer,
    options,
    knownNames,
    names,
    mentionAt,
    inPlaceName,
    covered,
    dateTokens,
  };
}
