/**
 * Claim extraction: for each clause, the stance cues (findTriggers), who holds the stance (the nearest
 * subject-like name on the left, a pronoun resolved to the last subject, a possessive or demonym before a
 * noun cue, a passive `by` agent, or a perspective frame such as "From Ukraine's side"), and what it is
 * about (territories, cities and groups after the cue up to the next cue, "any territory", references such
 * as "these territories" or "that" resolved to the last demand, and unknown place names). Negation comes
 * from negators before the cue ("doesn't even control") except "not just/only"; negative predicates after a
 * cession ("is off the table") make a refusal.
 *
 * This module orchestrates the passes and owns the discourse state they share (clauseContext.ts): per
 * sentence the quotation's speaker, per clause the agent candidates (agentCandidates.ts), the claims of each
 * cue (triggerClaims.ts: findAgent, resolveStance, resolveTargets, findTargets) and of statements of belonging
 * (belongingClaims.ts), then answers to demands (withAnswers.ts) and merging. The lexicon and the stateless
 * cue tests live in claimRules.ts; the speakers of transcript paragraphs ("PESKOV:") in transcriptTurns.ts.
 * @module
 */
import { agentCandidates } from "./agentCandidates.js";
import type { AnalyzedText } from "./analyzeText.js";
import { annexationClaims } from "./annexationClaims.js";
import { belongingClaims } from "./belongingClaims.js";
import { ACTOR_KINDS, HEDGES, mergeClaims, speakerOf } from "./claimRules.js";
import {
  type ClauseContext,
  type ClauseScope,
  createArticleContext,
  type DiscourseState,
} from "./clauseContext.js";
import type { Mention } from "./findMentions.js";
import { findTriggers } from "./findTriggers.js";
import type { Gazetteer } from "./gazetteer.js";
import type { IngestClaim } from "./ingestResult.js";
import { splitClauses } from "./splitClauses.js";
import { transcriptTurns } from "./transcriptTurns.js";
import { triggerClaims } from "./triggerClaims.js";
import { withAnswers } from "./withAnswers.js";

/** Options of {@link extractClaims}. */
export interface ExtractClaimsOptions {
  /** Report place names outside the gazetteer that fill a claim's target slot (default true). */
  unknownPlaces?: boolean;
}

/**
 * Extracts claims from `analyzed` given its gazetteer `mentions`. Claims with the same actor, stance, target
 * and polarity are merged, keeping the most confident evidence.
 * @example extractClaims(analyzed, mentions, gazetteer).map((c) => `${c.actor} ${c.stance} ${c.territory}`)
 */
export function extractClaims(
  analyzed: AnalyzedText,
  mentions: readonly Mention[],
  gazetteer: Gazetteer,
  options: ExtractClaimsOptions = {},
): IngestClaim[] {
  const article = createArticleContext(analyzed, mentions, gazetteer, options);
  const { tokens, text } = analyzed;
  const { mentionAt, inPlaceName } = article;
  const discourse: DiscourseState = {
    lastSubjects: [],
    lastPerson: [],
    lastTargets: [],
    lastDemandPlaces: [],
    lastPlanAuthors: [],
    lastPlanSentence: -10,
    subjectHistory: [],
  };
  const claims: IngestClaim[] = [];

  // The speaker labels of transcript paragraphs ("PESKOV:", "Q:"), by sentence.
  const turnBySentence = transcriptTurns(analyzed, mentions);
  const transcriptTurn = (index: number) => turnBySentence.get(index);
  for (const sentence of analyzed.sentences) {
    const clauses = splitClauses(tokens, sentence, (i) =>
      (mentionAt.get(i) ?? []).some((m) => ACTOR_KINDS.has(m.kind)),
    );
    const sentenceText = text.slice(sentence.start, sentence.end);
    const hedged = tokens.slice(sentence.firstToken, sentence.endToken).some((t) => HEDGES.has(t.norm));
    // The speaker of a quotation ("… ," Zelensky told reporters / said Peskov) resolves "we" and "I".
    let spoken = speakerOf(tokens, sentence.firstToken, sentence.endToken, mentions);
    // A quotation of several sentences names its speaker at the end: ""They want us to hand over Kherson.
    // That will not happen," a member of the Ukrainian delegation told reporters."
    if (spoken === undefined && /^["\u201c]/.test(text.slice(sentence.start, sentence.end).trimStart())) {
      for (const next of analyzed.sentences.slice(sentence.index + 1, sentence.index + 4)) {
        if (/\n\s*\n/.test(text.slice(sentence.end, next.end).replace(/\S[\s\S]*$/, ""))) break;
        spoken = speakerOf(tokens, next.firstToken, next.endToken, mentions);
        if (spoken !== undefined) break;
      }
    }
    // A transcript: "PESKOV: Our position has not changed." — the label at the start of the paragraph speaks
    // every sentence of it; "QUESTION:" / "Q:" paragraphs are the journalists'.
    const turn = transcriptTurn(sentence.index);
    if (turn !== undefined && (spoken === undefined || turn.length === 0)) spoken = turn;
    const speaker =
      spoken === "he" || spoken === "she"
        ? discourse.lastPerson
        : spoken === "they"
          ? discourse.lastSubjects
          : (spoken ?? []);
    for (const clause of clauses) {
      const actorsIn = mentions.filter(
        (m) => ACTOR_KINDS.has(m.kind) && m.firstToken >= clause.start && m.endToken <= clause.end,
      );
      const scope: ClauseScope = { article, discourse, sentence, speaker, clause, actorsIn };
      const candidates = agentCandidates(scope);
      const frame = actorsIn.find((m) => {
        const p = tokens[m.firstToken - 1]?.norm;
        return p === "from" || p === "for" || (p === "as" && tokens[m.firstToken - 2]?.norm === "far");
      });

      const triggers = findTriggers(tokens, clause.start, clause.end, (i) => inPlaceName.has(i));
      const ctx: ClauseContext = {
        ...scope,
        sentenceText,
        hedged,
        candidates,
        frame,
        triggers,
        agents: new Map(),
      };
      for (const [index, tr] of triggers.entries()) claims.push(...triggerClaims(ctx, index, tr));
      claims.push(...belongingClaims(ctx));
      claims.push(...annexationClaims(ctx));
      // Discourse state for pronouns in later clauses.
      const subject = candidates[0];
      if (subject) {
        discourse.lastSubjects = subject.ids;
        discourse.subjectHistory.push(subject.ids);
      } else if (frame) discourse.lastSubjects = frame.ids;
      const person = [...actorsIn].reverse().find((m) => m.kind === "person");
      if (person) discourse.lastPerson = person.ids;
    }
  }
  return mergeClaims(withAnswers(claims));
}
