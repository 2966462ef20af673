/**
 * Claim extraction: for each clause, the stance cues (findTriggers), who holds the stance (the nearest
 * subject-like name on the left, a pronoun resolved to the last subject, a possessive or demonym before a
 * noun cue, a passive `by` agent, or a perspective frame such as "From Ukraine's side"), and what it is
 * about (territories, cities and groups after the cue up to the next cue, "any territory", references such
 * as "these territories" or "that" resolved to the last demand, and unknown place names). Negation comes
 * from negators before the cue ("doesn't even control") except "not just/only"; negative predicates after a
 * cession ("is off the table") make a refusal.
 *
 * This file is longer than the style's 300-line guide because the rules share one discourse state (last
 * subject, last person, last demanded targets) and per-clause closures (agents, spans, targets); the lexicon
 * and the stateless cue tests live in claimRules.ts.
 * @module
 */
import type { AnalyzedText, TextToken } from "./analyzeText.js";
import {
  ACTOR_KINDS,
  AGENT_HEADS,
  ANAPHORS,
  ANY_TERRITORY,
  AUTHOR_PARTICIPLES,
  basisFromWording,
  CESSION_LEMMAS,
  CONTROL_PARTICIPLES,
  CONTROL_VERBS,
  EVENT_HEADS,
  HEDGES,
  intentBefore,
  LOCATIVE,
  MODIFIER_PREPS,
  mergeClaims,
  mustBefore,
  NEGATORS,
  NOMINALS,
  NOT_PLACES,
  OWN_LAND,
  offerCue,
  PLACE_NOUNS,
  PLAN_NOUNS,
  PREPOSITIONS,
  PROPOSE_VERBS,
  PUSH_VERBS,
  QUANTITY,
  REFERENCES,
  REFERRING_NOUNS,
  RENOUNCE,
  REQUEST_VERBS,
  regainWanted,
  round2,
  SPEECH,
  slug,
  speakerOf,
  TARGET_KINDS,
  TEMPORAL,
  TITLES,
} from "./claimRules.js";
import { findBelonging } from "./findBelonging.js";
import type { Mention } from "./findMentions.js";
import { findTriggers, type Trigger } from "./findTriggers.js";
import type { Gazetteer } from "./gazetteer.js";
import type { IngestClaim, Stance } from "./ingestResult.js";
import { splitClauses } from "./splitClauses.js";

/** Nouns of an attack: a place after them was struck, not claimed. */
const STRIKE_WORDS = new Set([
  "attack",
  "attacks",
  "strike",
  "strikes",
  "shelling",
  "bombardment",
  "bombing",
  "raid",
  "raids",
]);

interface Target {
  id: string;
  name: string;
  unknown?: boolean;
  scope?: "part" | "whole";
  share?: number;
}

interface Agent {
  ids: string[];
  /** How the agent was found: a name, a resolved pronoun, a frame, or the discourse topic. */
  via: "name" | "pronoun" | "frame" | "topic";
  start: number;
  /** A passive cession whose holder is the reporting speaker ("Donetsk will not be given up, X said"). */
  passive?: boolean;
}

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

  let lastSubjects: string[] = [];
  let lastPerson: string[] = [];
  let lastTargets: Target[] = [];
  let lastPlanAuthors: string[] = [];
  const subjectHistory: string[][] = [];
  let lastPlanSentence = -10;
  const claims: IngestClaim[] = [];

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
    const speaker =
      spoken === "he" || spoken === "she" ? lastPerson : spoken === "they" ? lastSubjects : (spoken ?? []);
    for (const clause of clauses) {
      const actorsIn = mentions.filter(
        (m) => ACTOR_KINDS.has(m.kind) && m.firstToken >= clause.start && m.endToken <= clause.end,
      );
      const _targetsIn = mentions.filter(
        (m) => TARGET_KINDS.has(m.kind) && m.firstToken >= clause.start && m.endToken <= clause.end,
      );
      const resolvePronoun = (t: TextToken): string[] => {
        // "the parts of Donetsk region they still hold": the party named last before the place.
        const gap = ["region", "regions", "oblast", "oblasts", "province"].includes(
          tokens[t.index - 1]?.norm ?? "",
        )
          ? 1
          : 0;
        const place = mentions.find((m) => TARGET_KINDS.has(m.kind) && m.endToken === t.index - gap);
        if (place && ["they", "it", "you", "we"].includes(t.norm)) {
          const owner = mentions
            .filter(
              (m) => ACTOR_KINDS.has(m.kind) && m.sentence === t.sentence && m.endToken <= place.firstToken,
            )
            .at(-1);
          if (owner) return owner.ids;
        }
        // "said it would …": the speaker.
        const p = tokens[t.index - 1];
        const sayAt = SPEECH.has(p?.lemma ?? "")
          ? t.index - 1
          : p?.norm === "that" && SPEECH.has(tokens[t.index - 2]?.lemma ?? "")
            ? t.index - 2
            : -1;
        if (sayAt >= 0) {
          // "India accused China of … and said it would not cede …": the subject of the coordinated "said".
          let q = sayAt - 1;
          while (tokens[q]?.pos === "ADV" || tokens[q]?.pos === "AUX") q--;
          const subjectOfSay =
            tokens[q]?.norm === "and"
              ? mentions.find(
                  (m) =>
                    ACTOR_KINDS.has(m.kind) &&
                    m.sentence === t.sentence &&
                    m.firstToken < q &&
                    !PREPOSITIONS.has(tokens[m.firstToken - 1]?.norm ?? ""),
                )
              : mentions.find(
                  (m) =>
                    ACTOR_KINDS.has(m.kind) &&
                    m.endToken <= q + 1 &&
                    m.endToken >= q - 2 &&
                    // "Ukrainian officials say they …": agent nouns between the name and the verb
                    tokens.slice(m.endToken, q + 1).every((x) => ["NOUN", "PROPN"].includes(x.pos)),
                );
          if (subjectOfSay) {
            // "Britain and France have said they …": every coordinated name.
            const ids = [...subjectOfSay.ids];
            let first = subjectOfSay;
            for (;;) {
              const link = tokens[first.firstToken - 1]?.norm ?? "";
              if (link !== "and" && link !== ",") break;
              const prior = mentions.find(
                (m) => ACTOR_KINDS.has(m.kind) && m.endToken === first.firstToken - 1,
              );
              if (!prior) break;
              for (const id of prior.ids) if (!ids.includes(id)) ids.unshift(id);
              first = prior;
            }
            return ids;
          }
        }
        if (t.norm === "they") {
          // In a party's own quotation, "they" is the other side: "They want us to hand over Kherson," said Umerov.
          // inside the quotation marks: an odd number of them before the pronoun
          const quoted =
            tokens.slice(sentence.firstToken, t.index).filter((x) => /^["\u201c\u201d]$/.test(x.text))
              .length %
              2 ===
            1;
          if (quoted && speaker.length > 0 && lastSubjects.some((id) => speaker.includes(id)))
            return subjectHistory.findLast((ids) => !ids.some((id) => speaker.includes(id))) ?? [];
          return lastSubjects;
        }
        if (t.norm === "he" || t.norm === "she") return lastPerson;
        if (
          speaker.length > 0 &&
          (SPEECH.has(p?.lemma ?? "") || (p?.norm === "that" && SPEECH.has(tokens[t.index - 2]?.lemma ?? "")))
        )
          return speaker;
        // "it still controls", "its troops hold": the nearest state named before in the sentence, else the topic.
        const before = mentions.filter(
          (m) =>
            (m.kind === "actor" || m.kind === "metonym" || m.kind === "demonym") &&
            m.endToken <= t.index &&
            m.sentence === t.sentence &&
            // "Russia's defence ministry says its troops …" names the owner; "Ukraine's allies … its" does not
            (tokens[m.endToken]?.norm !== "'s" ||
              AGENT_HEADS.has(tokens[m.endToken + 1]?.norm ?? "") ||
              ["defence", "defense", "foreign", "ministry", "military", "government", "president"].includes(
                tokens[m.endToken + 1]?.norm ?? "",
              )),
        );
        return before.at(-1)?.ids ?? lastSubjects;
      };
      const subjectLike = (m: Mention) => {
        const p = tokens[m.firstToken - 1]?.norm ?? "";
        // "with Moscow still demanding the Donbas": the subject of an absolute clause.
        if (p === "with") {
          let k = m.endToken;
          if (tokens[k]?.pos === "ADV") k++;
          if (tokens[k]?.pos === "VERB" && /ing$/.test(tokens[k]?.norm ?? "")) return true;
        }
        // "a deadline for Moscow to agree to …": the subject of the infinitive.
        if (p === "for" && tokens[m.endToken]?.norm === "to" && tokens[m.endToken + 1]?.pos === "VERB")
          return true;
        // "backed by the EU", "talks with the United States": a preposition before the article governs the name.
        if (p === "the" && PREPOSITIONS.has(tokens[m.firstToken - 2]?.norm ?? "")) return false;
        return !PREPOSITIONS.has(p);
      };
      // Candidates for "who": names not governed by a preposition, and pronouns.
      const candidates: Agent[] = [];
      for (const m of actorsIn)
        if (subjectLike(m)) candidates.push({ ids: m.ids, via: "name", start: m.firstToken });
      for (let i = clause.start; i < clause.end; i++) {
        const t = tokens[i];
        const itsAgent = t?.norm === "its" && AGENT_HEADS.has(tokens[i + 1]?.norm ?? "");
        // Sentence-initial "It also demands …" carries the last subject over; "It is …" is usually expletive.
        const itSubject =
          t?.norm === "it" &&
          (i > clause.start
            ? ["VERB", "ADV", "AUX"].includes(tokens[i + 1]?.pos ?? "")
            : ["VERB", "ADV"].includes(tokens[i + 1]?.pos ?? "") &&
              !["seems", "appears", "remains", "is", "was"].includes(tokens[i + 1]?.norm ?? ""));
        if (t && (itsAgent || itSubject)) {
          const ids = resolvePronoun(t);
          if (ids.length > 0) candidates.push({ ids, via: "pronoun", start: i });
        }
        if (t && t.pos === "PRON" && ["they", "he", "she", "we", "i"].includes(t.norm)) {
          const ids = t.norm === "we" || t.norm === "i" ? speaker : resolvePronoun(t);
          if (ids.length > 0) candidates.push({ ids, via: "pronoun", start: i });
        }
      }
      // A plan as the subject: "the U.S. plan would require …", "a draft drafted by Washington and Moscow";
      // "the original draft" later refers back to the last plan whose authors were named.
      for (let i = clause.start; i < clause.end; i++) {
        const t = tokens[i];
        if (!t || t.pos !== "NOUN" || !PLAN_NOUNS.has(t.norm)) continue;
        let d = i - 1;
        while (
          d >= clause.start &&
          (["ADJ", "NUM", "PROPN", "NOUN"].includes(tokens[d]?.pos ?? "") || tokens[d]?.text === "-")
        )
          d--;
        // "according to the Russian document": its authors are recorded; it is not a subject here.
        const governedByPreposition =
          PREPOSITIONS.has(tokens[d]?.norm ?? "") ||
          (["the", "a", "an", "this", "that"].includes(tokens[d]?.norm ?? "") &&
            PREPOSITIONS.has(tokens[d - 1]?.norm ?? ""));
        const inside = actorsIn.filter((m) => m.firstToken > d && m.endToken <= i);
        let authors = inside.flatMap((m) => m.ids);
        // "a plan drafted by Washington", "the plan, drawn up by Trump's envoy Steve Witkoff, …"
        let p = i + 1;
        if (tokens[p]?.text === ",") p++;
        if (authors.length === 0 && AUTHOR_PARTICIPLES.has(tokens[p]?.norm ?? "")) {
          let b = p + 1;
          if (["up", "out"].includes(tokens[b]?.norm ?? "")) b++;
          if (tokens[b]?.norm === "to") b = tokens.findIndex((x, j) => j > b && j < b + 6 && x.norm === "by");
          if (b > 0 && tokens[b]?.norm === "by") {
            const by = actorsIn.filter((m) => m.firstToken >= b + 1 && m.firstToken <= b + 8);
            authors = by.slice(0, 2).flatMap((m) => m.ids);
          }
        }
        // "Washington pressed Kyiv to sign up to a 28-point framework": the pusher is the author.
        if (authors.length === 0 && !["the", "this", "that"].includes(tokens[d]?.norm ?? "")) {
          let v = d;
          while (v >= clause.start && !(tokens[v]?.pos === "VERB" && PUSH_VERBS.has(tokens[v]?.lemma ?? "")))
            v--;
          const subject =
            v >= clause.start && d - v <= 8
              ? actorsIn
                  .filter(
                    (m) =>
                      m.endToken <= v &&
                      m.endToken >= v - 3 &&
                      !PREPOSITIONS.has(tokens[m.firstToken - 1]?.norm ?? ""),
                  )
                  .at(-1)
              : undefined;
          if (subject) authors = [...subject.ids];
        }
        if (authors.length > 0) {
          lastPlanAuthors = [...new Set(authors)];
          lastPlanSentence = sentence.index;
        } else if (["the", "this", "that"].includes(tokens[d]?.norm ?? "")) {
          authors = lastPlanAuthors;
          if (authors.length > 0) lastPlanSentence = sentence.index;
        }
        if (authors.length > 0 && inside.length === 0 && !governedByPreposition)
          candidates.push({ ids: [...new Set(authors)], via: "name", start: i });
      }
      candidates.sort((a, b) => a.start - b.start);
      const frame = actorsIn.find((m) => {
        const p = tokens[m.firstToken - 1]?.norm;
        return p === "from" || p === "for" || (p === "as" && tokens[m.firstToken - 2]?.norm === "far");
      });

      const triggers = findTriggers(tokens, clause.start, clause.end, (i) => inPlaceName.has(i));
      const agents = new Map<Trigger, Agent | undefined>();
      const agentFor = (tr: Trigger): Agent | undefined => {
        if (!agents.has(tr)) agents.set(tr, findAgent(tr));
        return agents.get(tr);
      };
      const isPossessive = (start: number) => {
        const m = actorsIn.find((x) => x.firstToken === start);
        const after = m ? tokens[m.endToken] : undefined;
        // "Belgrade's refusal to recognize …": the possessor of an act is its agent.
        if (NOMINALS.has(tokens[(m?.endToken ?? 0) + 1]?.norm ?? "")) return false;
        return after?.norm === "'s" || after?.text === "’s";
      };
      const findAgent = (tr: Trigger): Agent | undefined => {
        // "any plan that forces Kyiv to …": the subject is the relative pronoun's antecedent.
        const rel = tokens[tr.start - 1];
        if (!tr.noun && rel && ["that", "which"].includes(rel.norm) && rel.pos !== "SCONJ") {
          const antecedent = actorsIn.find((x) => x.endToken === tr.start - 1);
          if (antecedent) return { ids: antecedent.ids, via: "name", start: antecedent.firstToken };
          // "UN Security Council resolutions that call for …": an actor naming the antecedent.
          const owner = actorsIn.find((x) => x.endToken < tr.start - 1 && x.endToken >= tr.start - 5);
          if (
            owner &&
            tokens
              .slice(owner.endToken, tr.start - 1)
              .every(
                (x, j, all) => ["PROPN", "NOUN"].includes(x.pos) || (x.text === "," && j === all.length - 1),
              )
          )
            return { ids: owner.ids, via: "name", start: owner.firstToken };
          if (tokens[tr.start - 2]?.pos === "NOUN") return undefined;
        }
        const head = tokens[tr.start];
        const attributive =
          head !== undefined &&
          CONTROL_PARTICIPLES.has(head.norm) &&
          (["DET", "PUNCT"].includes(tokens[tr.start - 1]?.pos ?? "") ||
            // "the partially occupied regions", not "has never held Odesa"
            (tokens[tr.start - 1]?.pos === "ADV" &&
              ["DET", "PUNCT"].includes(tokens[tr.start - 2]?.pos ?? "")));
        let possessivePronoun = false;
        if (tr.noun || attributive) {
          // Possessive or demonym right before a noun cue: "Russia's demands", "Russian control",
          // "Russian-occupied Crimea".
          let k = tr.start - 1;
          while (
            k > clause.start &&
            (["ADJ", "NUM"].includes(tokens[k]?.pos ?? "") ||
              tokens[k]?.text === "-" ||
              // "Morocco's autonomy plan", "the U.S. peace proposal"
              (tr.kind === "offer" &&
                tokens[k]?.pos === "NOUN" &&
                !actorsIn.some((x) => x.endToken - 1 === k)))
          )
            k--;
          if (tokens[k]?.text === "'s" || tokens[k]?.text === "’s" || tokens[k]?.norm === "'s") k--;
          const m = actorsIn.find((x) => x.endToken - 1 === k);
          if (m) return { ids: m.ids, via: "name", start: m.firstToken };
          // "its support", "the country's claim": the clause's subject.
          possessivePronoun =
            ["its", "their", "his", "her"].includes(tokens[k]?.norm ?? "") ||
            ["country", "government"].includes(tokens[k]?.norm ?? "");
          if (attributive && !tr.noun) {
            // "Russian control of Luhansk and of the occupied parts of …": the same holder.
            const prior = triggers.filter((x) => x.kind === "control" && x.end <= tr.start).at(-1);
            return prior ? agentFor(prior) : undefined;
          }
          const by = actorsIn.find(
            (x) => x.firstToken === tr.end + 1 && ["by", "from"].includes(tokens[tr.end]?.norm ?? ""),
          );
          if (by) return { ids: by.ids, via: "name", start: by.firstToken };
          // "restored full control over", "have taken control of": the verb's subject holds it.
          let v = tr.start - 1;
          while (v > clause.start && ["ADJ", "DET"].includes(tokens[v]?.pos ?? "")) v--;
          const verbBefore = tokens[v]?.pos === "VERB" && CONTROL_VERBS.has(tokens[v]?.lemma ?? "");
          // "floated formal recognition of …", "offered recognition": the proposer's stance.
          const proposeBefore = tokens[v]?.pos === "VERB" && PROPOSE_VERBS.has(tokens[v]?.lemma ?? "");
          if (
            !possessivePronoun &&
            (tr.kind === "demand" ||
              (tr.kind === "recognize" && !proposeBefore) ||
              tr.kind === "accept" ||
              (tr.kind === "control" && !verbBefore))
          )
            return undefined;
        }
        // Second verb of a coordination ("welcomed the statement and offered …"): the first verb's subject.
        let c = tr.start - 1;
        if (tokens[c]?.pos === "ADV") c--;
        if (tokens[c]?.norm === "and" || tokens[c]?.norm === "but") {
          // Parallel forms ("would have required … it still holds … and recognized …") pair up first.
          const form = (k: number) => {
            const t = tokens[k];
            const w = t?.norm ?? "";
            // irregular pasts ("said", "told", "held") count with the regular ones
            if (/ed$/.test(w) || (t?.pos === "VERB" && w !== t.lemma && !/(s|ing)$/.test(w))) return "ed";
            return /ing$/.test(w) ? "ing" : /s$/.test(w) ? "s" : "base";
          };
          const priors = triggers.filter((x) => x.end <= c && !x.governed && !x.noun);
          const prior = priors.filter((x) => form(x.start) === form(tr.start)).at(-1);
          if (prior) {
            const a = agentFor(prior);
            if (a) return a;
          }
          // "Putin said Kyiv must pull out of Donetsk, and ruled out …": a parallel verb that is no cue (said).
          for (let k = c - 1; k > clause.start; k--) {
            const t = tokens[k];
            if (t?.pos !== "VERB" || form(k) !== form(tr.start)) continue;
            // "he had been briefed by Witkoff and dismissed …": the subject before the parallel verb
            const subject = candidates.filter((x) => x.start < k && !isPossessive(x.start)).at(-1);
            if (subject) return subject;
            break;
          }
          const fallback = priors.at(-1);
          if (fallback) {
            const a = agentFor(fallback);
            if (a) return a;
          }
        }
        // Passive: "was annexed by Russia", "backed by the EU".
        const byAt = tokens[tr.end + 1]?.norm === "the" ? tr.end + 2 : tr.end + 1;
        const by = actorsIn.find((x) => x.firstToken === byAt && tokens[tr.end]?.norm === "by");
        if (by && (tokens[tr.start - 1]?.lemma === "be" || /ed$/.test(tokens[tr.start]?.norm ?? ""))) {
          // "proposed by London and Paris": every coordinated agent.
          const ids = [...by.ids];
          let last = by;
          for (;;) {
            const link = tokens[last.endToken]?.norm ?? "";
            if (![",", "and"].includes(link)) break;
            let k = last.endToken + 1;
            if (tokens[k]?.norm === "and") k++;
            if (tokens[k]?.norm === "the") k++;
            const next = actorsIn.find((x) => x.firstToken === k);
            if (!next) break;
            for (const id of next.ids) if (!ids.includes(id)) ids.push(id);
            last = next;
          }
          return { ids, via: "name", start: by.firstToken };
        }
        // A possessive ("Ukraine's borders") modifies a noun; it is the agent of a verb only as a last resort.
        // A parenthetical speaker ("Ukraine will not, Zelensky said, give up …") is not the subject.
        const parenthetical = (x: Agent) => {
          const m = actorsIn.find((a) => a.firstToken === x.start);
          return (
            m !== undefined &&
            tokens[x.start - 1]?.text === "," &&
            SPEECH.has(tokens[m.endToken]?.lemma ?? "") &&
            tokens[m.endToken + 1]?.text === ","
          );
        };
        const before = candidates.filter((x) => x.start < tr.start && !parenthetical(x));
        const plain = before.filter((x) => !isPossessive(x.start));
        const left = plain.length > 0 ? plain : before;
        const nearest = left.at(-1);
        if (nearest) {
          // "urged Kosovo to …", "called on Serbia to …": the named party is asked, it holds no stance.
          const p1 = tokens[nearest.start - 1];
          const p2 = tokens[nearest.start - 2];
          const asked =
            (REQUEST_VERBS.has(p1?.lemma ?? "") ||
              (p1?.norm === "on" && REQUEST_VERBS.has(p2?.lemma ?? ""))) &&
            tr.kind !== "cession";
          if (asked) return undefined;
          // Coordination: "India and Pakistan", "Putin and his foreign minister Lavrov".
          const ids = [...nearest.ids];
          for (let j = left.length - 2; j >= 0; j--) {
            const c = left[j];
            const between = tokens.slice((c?.start ?? 0) + 1, left[j + 1]?.start ?? 0);
            if (
              c &&
              between.length <= 5 &&
              between.some((t) => t.norm === "and" || t.norm === "nor" || t.text === ",") &&
              between.every((t) => t.pos !== "VERB" && t.pos !== "AUX")
            ) {
              for (const id of c.ids) if (!ids.includes(id)) ids.push(id);
            } else break;
          }
          return { ...nearest, ids };
        }
        if (frame) return { ids: frame.ids, via: "frame", start: frame.firstToken };
        // "Donetsk will not be given up, Zelensky said": a passive cession's holder is the speaker.
        if (tr.kind === "cession" && !tr.noun && tokens[tr.start - 1]?.lemma === "be" && speaker.length > 0)
          return { ids: speaker, via: "pronoun", start: clause.start, passive: true };

        if (tr.kind === "negpred" && lastSubjects.length > 0)
          return { ids: lastSubjects, via: "topic", start: clause.start };
        // A plan's content in the passive, just after the plan was named: "Ukrainian forces would be asked
        // to withdraw from Donetsk", "the front in Kherson would be frozen", "sanctions would be lifted".
        const passiveCue =
          tokens[tr.start - 1]?.lemma === "be" ||
          tokens[tr.start - 1]?.norm === "been" ||
          (tokens[tr.start - 2]?.lemma === "be" && tokens[tr.start - 1]?.pos === "ADV");
        const planModal = tokens
          .slice(sentence.firstToken, tr.start)
          .some((t) => ["would", "will", "could"].includes(t.norm));
        if (passiveCue && planModal && lastPlanAuthors.length > 0 && sentence.index - lastPlanSentence <= 3)
          return { ids: lastPlanAuthors, via: "topic", start: clause.start, passive: true };
        return undefined;
      };

      const negatedBefore = (tr: Trigger, agent: Agent | undefined): boolean => {
        // A negator belongs to the nearest cue: "would never accept X and insisted on Y" negates only accept.
        const before = triggers.filter((x) => x.end <= tr.start && !x.governed).at(-1);
        // "Neither Russia nor Ukraine is willing …": the coordinated subjects are negated.
        if (
          agent &&
          ["nor", "neither"].includes(tokens[agent.start - 1]?.norm ?? "") &&
          agent.start < tr.start
        )
          return true;
        // "…, nor will it cede Crimea" (a clause of its own).
        if (tokens[clause.start]?.norm === "nor" && (!before || before.end <= clause.start)) return true;
        let from = Math.max(clause.start, agent ? agent.start + 1 : tr.start - 6, before ? before.end : 0);
        // "… must not be changed by force and rejected …": a negator does not reach across "and".
        for (let k = tr.start - 1; k > from; k--)
          if (tokens[k]?.norm === "and" || tokens[k]?.norm === "but") {
            from = k + 1;
            break;
          }
        for (let k = from; k < tr.start; k++) {
          const t = tokens[k];
          if (!t) continue;
          const nxt = tokens[k + 1]?.norm ?? "";
          if (NEGATORS.has(t.norm) && !["just", "only", "merely", "simply", "least"].includes(nxt))
            return true;
          // "stopped short of rejecting the plan"
          if (
            t.norm === "short" &&
            nxt === "of" &&
            ["stop", "stopped", "stops", "stopping"].includes(tokens[k - 1]?.norm ?? "")
          )
            return true;
          // "has yet to recognize": not yet.
          if (t.norm === "yet" && nxt === "to" && tokens[k - 1]?.lemma === "have") return true;
          if ((t.lemma === "rule" || t.norm === "ruling") && nxt === "out") return true;
        }
        return false;
      };

      // The party a word after "as" names: "as Azerbaijani territory", "as part of Russia".
      const ownerAt = (k: number): string[] | undefined => {
        let p = k;
        while (
          ["a", "an", "the", "part", "of", "an", "integral", "sovereign", "de", "facto", "jure"].includes(
            tokens[p]?.norm ?? "",
          )
        )
          p++;
        const m = mentions.find((x) => x.firstToken === p && ACTOR_KINDS.has(x.kind));
        if (m) return m.ids;
        const word = tokens[p]?.norm ?? "";
        const ids = gazetteer.actors
          .filter((a) => (a.demonyms ?? []).some((d) => d.toLowerCase() === word))
          .map((a) => a.id);
        return ids.length > 0 ? ids : undefined;
      };
      const deadlineOwner = (tr: Trigger, agent: Agent): string[] | null | undefined => {
        if (tokens[tr.start - 1]?.norm !== "to" || tokens[agent.start - 1]?.norm !== "for") return undefined;
        const noun = tokens[agent.start - 2];
        if (
          !noun ||
          !["deadline", "ultimatum", "pressure", "call", "calls", "demand", "demands", "push"].includes(
            noun.norm,
          )
        )
          return undefined;
        const owner = actorsIn
          .filter((m) => m.endToken <= agent.start - 2 && m.endToken >= agent.start - 5)
          .at(-1);
        return owner ? owner.ids : null;
      };
      // A negative predicate whose subject is a place itself ("Crimea, annexed in 2014, is not up for discussion").
      const placeSubject = (tr: Trigger): Mention | undefined => {
        let k = tr.start - 1;
        while (k > clause.start && ["AUX", "ADV", "PART"].includes(tokens[k]?.pos ?? "")) k--;
        if (tokens[k]?.text === ",") {
          // skip an appositive or participle phrase back to the previous comma
          let j = k - 1;
          while (j > clause.start && tokens[j]?.text !== ",") j--;
          k = j - 1;
        }
        while (["region", "regions", "peninsula", "oblast", "islands"].includes(tokens[k]?.norm ?? "")) k--;
        return mentions.find(
          (m) => (m.kind === "territory" || m.kind === "city" || m.kind === "group") && m.endToken === k + 1,
        );
      };
      const recentPlan = () => lastPlanAuthors.length > 0 && sentence.index - lastPlanSentence <= 3;
      // "would be asked/required/forced to withdraw": a request whose author is not named.
      const passiveRequest = (tr: Trigger) =>
        tokens[tr.start - 1]?.norm === "to" &&
        ["asked", "required", "forced", "obliged", "expected", "told", "pressed", "pushed", "made"].includes(
          tokens[tr.start - 2]?.norm ?? "",
        ) &&
        ["be", "been", "is", "are", "was", "were"].includes(tokens[tr.start - 3]?.norm ?? "");
      // The reporter of an obligation on another party: "X said Y must/has to/should/needs to <cede>" or
      // "Y must <cede>, X said".
      const obligedBy = (tr: Trigger, agent: Agent): string[] | undefined => {
        const w1 = tokens[tr.start - 1]?.norm ?? "";
        const w2 = tokens[tr.start - 2]?.norm ?? "";
        const obliged =
          w1 === "must" ||
          w1 === "should" ||
          (w1 === "to" && ["has", "have", "had", "needs", "need", "ought"].includes(w2));
        if (!obliged || agent.start >= tr.start) return undefined;
        const say = tokens
          .slice(clause.start, agent.start)
          .map((t, j) => (SPEECH.has(t.lemma) ? clause.start + j : -1))
          .filter((j) => j >= 0)
          .at(-1);
        const reporter =
          say !== undefined
            ? candidates.filter((x) => x.start < say && !isPossessive(x.start)).at(-1)?.ids
            : speaker.length > 0
              ? speaker
              : undefined;
        if (!reporter || reporter.length === 0 || reporter.every((id) => agent.ids.includes(id)))
          return undefined;
        return reporter;
      };

      const spanEnd = (index: number): number => {
        const tr = triggers[index];
        if (!tr) return clause.end;
        for (let j = index + 1; j < triggers.length; j++) {
          const nx = triggers[j];
          if (!nx || nx.governed) continue;
          if (tr.kind === "control" || nx.kind !== "control") return nx.start;
        }
        if (tr.kind === "control")
          for (let k = tr.end; k < clause.end; k++) if (tokens[k]?.norm === "but") return k;
        // A coordinated or participial new predicate ends the object: "… and said …", "…, saying …".
        for (let k = tr.end + 1; k < clause.end - 1; k++) {
          const t = tokens[k];
          const nx = tokens[k + 1];
          if ((t?.norm === "and" || t?.norm === "but") && nx?.pos === "VERB") return k;
          if (
            t?.text === "," &&
            nx?.pos === "VERB" &&
            /ing$/.test(nx.norm) &&
            !["including", "citing", "notably", "particularly", "according"].includes(nx.norm)
          )
            return k;
        }
        return clause.end;
      };

      const targetsBetween = (from: number, to: number, allowUnknown: boolean, stance?: Stance): Target[] => {
        const out: Target[] = [];
        const add = (t: Target) => {
          if (!out.some((o) => o.id === t.id)) out.push(t);
        };
        let scope: "part" | "whole" | undefined;
        let share: number | undefined;
        let issueSeen = false;
        const anaphoric = new Set<string>();
        for (let k = from; k < to; k++) {
          const t = tokens[k];
          if (!t) continue;
          // An appositive after a target ends the object: "the Zangezur corridor, a route through …".
          const nextWord = tokens[k + 1]?.norm ?? "";
          if (t.text === "," && (nextWord === "which" || nextWord === "who")) break;
          if (out.length > 0 && t.text === "," && (nextWord === "a" || nextWord === "an")) break;
          // "the return of Varosha, the fenced-off seaside quarter of Famagusta": an appositive describing it.
          if (
            out.length > 0 &&
            t.text === "," &&
            nextWord === "the" &&
            !mentionAt.has(k + 2) &&
            !mentionAt.has(k + 3) &&
            tokens.slice(k + 2, k + 7).some((x) => x.norm === "of" || x.norm === "in")
          )
            break;
          if (
            (t.norm === "parts" || t.norm === "part" || t.norm === "portions") &&
            tokens[k + 1]?.norm === "of"
          )
            scope = "part";
          if ((t.norm === "most" || t.norm === "much") && tokens[k + 1]?.norm === "of") scope = "part";
          if ((t.norm === "all" && tokens[k + 1]?.norm === "of") || t.norm === "entire" || t.norm === "whole")
            scope = "whole";
          if (t.norm === "but" || t.norm === "including") scope = undefined;
          if (t.pos === "NUM" && ["%", "percent", "per"].includes(tokens[k + 1]?.norm ?? "")) {
            share = Number.parseFloat(t.norm);
            scope = "part";
          }
          if (/^\d+(\.\d+)?%$/.test(t.norm)) {
            share = Number.parseFloat(t.norm);
            scope = "part";
          }
          for (const words of ANY_TERRITORY)
            if (words.every((w, j) => tokens[k + j]?.norm === w)) add({ id: "*", name: "any territory" });
          if (stance === "refuses_to_cede")
            for (const words of OWN_LAND)
              if (words.every((w, j) => tokens[k + j]?.norm === w)) add({ id: "*", name: "any territory" });
          // "the four regions", "all four regions": Russia's four claimed units when the article names one.
          if (
            ["four", "4"].includes(t.norm) &&
            ["regions", "oblasts", "provinces", "territories"].includes(tokens[k + 1]?.norm ?? "")
          ) {
            const four = ["UA-14", "UA-09", "UA-23", "UA-65"];
            if (mentions.some((m) => m.ids.some((id) => four.includes(id))))
              for (const id of four) add({ id, name: names.get(id) ?? id });
          }
          for (const words of REFERENCES)
            if (words.every((w, j) => tokens[k + j]?.norm === w))
              // "these territories", "the four regions": places, not an issue named since
              for (const lt of lastTargets)
                if (
                  !lt.id.startsWith("issue:") ||
                  !["territories", "regions", "areas", "lands", "oblasts"].includes(words.at(-1) ?? "")
                )
                  add({ ...lt });
          if (
            t.norm === "of" &&
            ["it", "them"].includes(tokens[k + 1]?.norm ?? "") &&
            QUANTITY.has(tokens[k - 1]?.norm ?? "")
          )
            for (const lt of lastTargets) add({ ...lt, scope: "part" });
          // "the peninsula", "the regional capital": the territory last named.
          if (t.norm === "the" && !LOCATIVE.has(tokens[k - 1]?.norm ?? "")) {
            let h = k + 1;
            if (tokens[h]?.pos === "ADJ") h++;
            if (ANAPHORS.has(tokens[h]?.norm ?? "") && tokens[h + 1]?.norm !== "of") {
              const prior = mentions.filter(
                (m) =>
                  (m.kind === "territory" || m.kind === "city") &&
                  m.endToken <= k &&
                  m.sentence >= t.sentence - 2,
              );
              const last = prior.at(-1);
              if (last && !mentionAt.has(h + 1) && allowUnknown)
                for (const id of last.ids) {
                  if (!out.some((o) => o.id === id)) anaphoric.add(id);
                  add({ id, name: names.get(id) ?? last.text });
                }
            }
          }
          // "surrender territory", "give up land": any territory.
          let c = k - 1;
          while (["any", "its", "their", "of", "more", "some"].includes(tokens[c]?.norm ?? "")) c--;
          if (
            ["territory", "land", "territories", "lands"].includes(t.norm) &&
            CESSION_LEMMAS.has(tokens[c]?.lemma ?? "") &&
            c >= from - 1
          )
            add({ id: "*", name: "any territory" });
          for (const m of mentionAt.get(k) ?? []) {
            if (!TARGET_KINDS.has(m.kind) || m.endToken > to) continue;
            let p = m.firstToken - 1;
            if (tokens[p]?.pos === "DET") p--;
            const prep = tokens[p]?.norm ?? "";
            if (TEMPORAL.has(prep)) continue;
            // "condemned an attack on Dnipro", "strikes on Odesa": a place that was struck is not what is claimed.
            if (
              tokens
                .slice(Math.max(from, m.firstToken - 4), m.firstToken)
                .some((x) => STRIKE_WORDS.has(x.norm))
            )
              continue;
            // The subject of the next verb ("… saying Kosovo will not give up …") is not a target.
            const dual = mentions.some((x) => x.start === m.start && ACTOR_KINDS.has(x.kind));
            const nextPos = tokens[m.endToken]?.pos;
            if (dual && (nextPos === "AUX" || nextPos === "VERB")) continue;
            // "freeze the front line in Kherson", "an offensive near Huliaipole": the place is the object.
            const frontBefore = tokens.slice(Math.max(from, m.firstToken - 5), m.firstToken).some(
              (x) =>
                ["line", "lines", "front", "fighting", "contact", "positions"].includes(x.norm) ||
                // "will not surrender a single grain of sand at Bajo de Masinloc"
                (stance === "refuses_to_cede" &&
                  ["sand", "land", "inch", "metre", "meter", "territory"].includes(x.norm)) ||
                false,
            );
            if (
              m.kind !== "issue" &&
              stance !== "controls" &&
              stance !== "threatens" &&
              !frontBefore &&
              // "China's claims at Scarborough", "its claim in the South China Sea"
              !["claims", "claim", "sovereignty"].includes(tokens[p - 1]?.norm ?? "") &&
              LOCATIVE.has(prep)
            )
              continue;
            const lead = tokens
              .slice(Math.max(from, m.firstToken - 4), m.firstToken)
              .map((x) => x.norm)
              .join(" ");
            if (/\b(condition for|conditions for|exchange for|return for|precondition for)\b/.test(lead))
              continue;
            if (
              m.kind !== "issue" &&
              issueSeen &&
              tokens
                .slice(Math.max(from, m.firstToken - 4), m.firstToken)
                .some((x) => MODIFIER_PREPS.has(x.norm))
            )
              continue;
            const withScope = (id: string): Target => ({
              id,
              name: names.get(id) ?? id,
              ...(scope ? { scope } : {}),
              ...(share !== undefined && Number.isFinite(share) ? { share } : {}),
            });
            if (m.kind === "issue") {
              issueSeen = true;
              add({ id: `issue:${m.ids[0]}`, name: names.get(`issue:${m.ids[0]}`) ?? m.text });
            } else for (const id of m.ids) add(withScope(id));
            share = undefined;
          }
        }
        if (out.length === 0 && allowUnknown && options.unknownPlaces !== false) {
          for (let k = from; k < to; k++) {
            const t = tokens[k];
            if (t?.pos !== "PROPN" || covered.has(k) || dateTokens.has(k)) continue;
            const prev = tokens[k - 1];
            if (prev && (prev.pos === "PROPN" || prev.text === "-") && !covered.has(k - 1) && k > from)
              continue;
            if (prev && ["in", "at", "near"].includes(prev.norm)) continue;
            let e = k + 1;
            while (
              e < to &&
              (tokens[e]?.pos === "PROPN" || (tokens[e]?.text === "-" && tokens[e + 1]?.pos === "PROPN")) &&
              !covered.has(e)
            )
              e++;
            if (
              e < to &&
              tokens[e]?.norm === "and" &&
              tokens[e + 1]?.pos === "PROPN" &&
              !covered.has(e + 1) &&
              tokens[e + 2]?.pos !== "PROPN"
            ) {
              // "Jammu and Kashmir": keep together only when followed by nothing else proper.
              const after = tokens[e + 2];
              if (
                after &&
                after.pos !== "PROPN" &&
                /^(Jammu|Trinidad|Bosnia)$/.test(tokens[e - 1]?.text ?? "")
              )
                e += 2;
            }
            const name = text.slice(t.start, tokens[e - 1]?.end ?? t.end);
            // A person ("EU foreign policy chief Josep Borrell said"), not a place.
            if (TITLES.has(tokens[k - 1]?.norm ?? "") || SPEECH.has(tokens[e]?.lemma ?? "")) continue;
            const follower = tokens[e];
            if (knownNames.has(name.toLowerCase())) continue;
            // Continents, seas and bodies, and a person named after a speech verb, are not disputed places.
            if (NOT_PLACES.test(name) || SPEECH.has(tokens[k - 1]?.lemma ?? "")) continue;
            // "the Franco-German plan", "Sino-Russian ties": a combining form, not a place.
            if (tokens[e]?.text === "-" && /(an|ese|ish|ch)$/i.test(tokens[e + 1]?.text ?? "")) continue;
            if (follower && follower.pos === "NOUN" && e - k === 1 && !PLACE_NOUNS.has(follower.norm))
              continue;
            if (
              /(ian|ese|ish|ans|an)$/.test(tokens[e - 1]?.norm ?? "") &&
              (e - k === 1 || tokens[e - 2]?.text === "-")
            )
              continue;
            add({ id: `unknown:${slug(name)}`, name, unknown: true });
            k = e - 1;
          }
        }
        // An anaphor ("the island") only stands in when nothing else is named.
        if (anaphoric.size > 0 && out.some((o) => !anaphoric.has(o.id)))
          return out.filter((o) => !anaphoric.has(o.id));
        return out;
      };

      for (const [index, tr] of triggers.entries()) {
        if (process.env.DBG)
          console.error("TR", tr.kind, tr.text, JSON.stringify(agentFor(tr)), JSON.stringify(speaker));
        if (tr.governed) continue;
        const agent = agentFor(tr);
        if (!agent || agent.ids.length === 0) continue;
        let stance: Stance | undefined;
        let negated = false;
        let from = tr.end;
        let conf = tr.noun ? 0.8 : 0.9;
        let basis: IngestClaim["basis"];
        const governed = tr.governs !== undefined ? triggers[tr.governs] : undefined;
        const neg = negatedBefore(tr, agent);
        // "a White House deadline for Moscow to agree to a ceasefire": the deadline's owner demands it.
        const pressedBy = deadlineOwner(tr, agent);
        // "stopped short of endorsing / rejecting": neither.
        if (tokens[tr.start - 1]?.norm === "of" && tokens[tr.start - 2]?.norm === "short") continue;
        // Conditions and hypotheticals ("if Kyiv did not withdraw …") are not positions.
        const condFrom = Math.max(clause.start, Math.min(agent.start, tr.start) - 3);
        const ifAt = tokens
          .slice(condFrom, tr.start)
          .findIndex((t) => t.norm === "if" || t.norm === "unless");
        let conditionalBy: string[] | undefined;
        let subjectPlaces: Target[] = [];
        let holder: string[] | undefined;
        if (ifAt >= 0) {
          // "Russia would freeze … if Ukraine withdrew from Donetsk": a condition the main clause's party sets.
          const at = condFrom + ifAt;
          const main = candidates.filter((x) => x.start < at && x.ids.join() !== agent.ids.join()).at(-1);
          // "… if Kyiv refused to hand them over": the refusal is the condition; the handover is still wanted.
          const refusedIf = tokens
            .slice(condFrom + ifAt, tr.start)
            .some((t) => t.lemma === "refuse" || t.lemma === "balk");
          const cessionLike = tr.kind === "cession" || governed?.kind === "cession";
          if (!cessionLike || !main || (tr.kind === "cession" && neg && !refusedIf)) continue;
          conditionalBy = main.ids;
        }
        switch (tr.kind) {
          case "request": {
            if (!governed) continue;
            // "dismissed calls to cede Donetsk": a request the subject rejects is not its own.
            const prior = triggers[index - 1];
            if (prior?.kind === "reject" && tr.start - prior.end <= 2) continue;
            stance = "demands";
            from = governed.end;
            break;
          }
          case "demand":
            stance = "demands";
            negated = neg;
            break;
          case "consider": {
            stance = "demands";
            basis = "rhetorical";
            negated = neg;
            // "Moscow had always regarded Karabakh as Azerbaijani territory": another party's land.
            const asAt = tokens
              .slice(tr.end, Math.min(clause.end, tr.end + 8))
              .findIndex((t) => t.norm === "as");
            const owner = asAt >= 0 ? ownerAt(tr.end + asAt + 1) : undefined;
            if (owner && !owner.some((id) => agent.ids.includes(id))) {
              stance = neg ? "rejects" : "recognizes";
              basis = undefined;
              negated = false;
            }
            break;
          }
          case "cession":
            if (conditionalBy) {
              stance = "demands";
              conf -= 0.2;
            } else if (governed?.kind === "negpred" || neg) stance = "refuses_to_cede";
            else if (agent.passive && mustBefore(tokens, tr.start - 1)) {
              // "Kherson must be handed over, Lavrov said": the speaker demands it.
              stance = "demands";
              conf -= 0.1;
            } else if (passiveRequest(tr) && (recentPlan() || speaker.length > 0)) {
              // "Ukrainian forces would be asked to withdraw from Donetsk" (in a plan or a party's words).
              stance = "demands";
              holder = recentPlan() ? lastPlanAuthors : speaker;
              conf -= 0.1;
            } else if (obligedBy(tr, agent)) {
              // "Peskov said Kyiv has to withdraw from Luhansk": an obligation reported by another party is
              // that party's demand.
              stance = "demands";
              holder = obligedBy(tr, agent);
              conf -= 0.1;
            } else if (offerCue(tokens, clause, tr)) {
              stance = "offers";
              conf -= 0.1;
            } else continue;
            break;
          case "offer": {
            if (neg) {
              // "is not willing to cede Kherson": a negated offer of a cession is a refusal.
              if (governed?.kind !== "cession") continue;
              stance = "refuses_to_cede";
              from = governed.end;
              break;
            }
            // "prepared to recognize …", "ready to accept …": the following cue carries the stance.
            const nx = triggers[index + 1];
            if (
              !governed &&
              nx &&
              (nx.kind === "recognize" || nx.kind === "accept") &&
              nx.start - tr.end <= 3
            )
              continue;
            stance = "offers";
            if (governed) from = governed.end;
            break;
          }
          case "accept":
            if (
              !neg &&
              ["nothing", "only"].includes(tokens[tr.end]?.norm ?? "") &&
              (tokens[tr.end]?.norm === "only" || ["less", "short"].includes(tokens[tr.end + 1]?.norm ?? ""))
            ) {
              // "will accept nothing less than the whole of Donbas": a demand.
              stance = "demands";
            } else if (governed) {
              stance = neg ? "refuses_to_cede" : "offers";
              from = governed.end;
            } else stance = neg ? "rejects" : "accepts";
            break;
          case "reject":
            if (conditionalBy && governed?.kind === "cession") {
              // "… unless/if Kyiv refuses to hand them over": the main clause's party wants the handover.
              stance = "demands";
              from = governed.end;
              conf -= 0.2;
            } else if (
              governed &&
              (governed.kind === "recognize" || governed.kind === "accept" || governed.kind === "offer")
            ) {
              stance = "rejects";
              from = governed.end;
            } else if (governed) {
              stance = "refuses_to_cede";
              // "ruled out any territorial concessions": the noun phrase itself names what is refused.
              from = governed.noun ? tr.end : governed.end;
            } else stance = neg ? undefined : "rejects";
            break;
          case "negpred":
            stance = "rejects";
            conf -= 0.1;
            // "Crimea … is not up for discussion", "Donbas is not a bargaining chip": the place is not given up.
            if (placeSubject(tr)) {
              stance = "refuses_to_cede";
              const place = placeSubject(tr);
              if (place) subjectPlaces = place.ids.map((id) => ({ id, name: names.get(id) ?? place.text }));
            }
            // "Ukraine's accession to NATO is not on the table, Rubio said": the speaker's rejection.
            if (speaker.length > 0 && agent.via === "name" && isPossessive(agent.start)) holder = speaker;
            break;
          case "recognize":
            stance = neg ? "rejects" : "recognizes";
            if (!neg && mustBefore(tokens, tr.start)) {
              // "any settlement must recognise …", as the speaker puts it: a demand.
              stance = "demands";
              if (speaker.length > 0) holder = speaker;
            }
            break;
          case "control":
            stance = "controls";
            // "must not legitimise Russia's hold on Crimea": the noun phrase states a fact; only "no control"
            // negates it.
            if (tr.noun && neg && !["no", "not"].includes(tokens[tr.start - 1]?.norm ?? "")) {
              negated = false;
              break;
            }
            // "a road beyond Yerevan's control", "out of Kyiv's control": not held.
            negated =
              neg ||
              tokens
                .slice(Math.max(clause.start, tr.start - 4), tr.start)
                .some(
                  (t) =>
                    t.norm === "beyond" ||
                    t.norm === "outside" ||
                    (t.norm === "out" && tokens[t.index + 1]?.norm === "of"),
                );
            if (regainWanted(tokens, tr.start) || intentBefore(tokens, tr.start)) {
              stance = "demands";
              negated = false;
            }
            break;
          case "threaten": {
            if (neg) continue;
            stance = "threatens";
            basis = "threat";
            if (governed) from = governed.end;
            // "Zelensky warned that Russia was preparing an offensive": the threat is the named party's.
            const threatEnd = governed?.start ?? Math.min(clause.end, tr.end + 8);
            const named = actorsIn.find((m) => m.firstToken > tr.end && m.endToken <= threatEnd);
            if (named && tokens[tr.end]?.norm === "that") holder = named.ids;
            break;
          }
        }
        if (!stance) continue;
        if (pressedBy === null) continue;
        if (pressedBy && (stance === "accepts" || stance === "offers" || stance === "recognizes")) {
          stance = "demands";
          holder = pressedBy;
        }
        const spanOf =
          tr.governs !== undefined && triggers[tr.governs]?.kind !== "negpred" ? tr.governs : index;
        const end = spanEnd(spanOf);
        let stop = end;
        // "offered Kherson for …" stops at "for"; "a proposal for a truce" names its content there.
        const contentFor = tr.noun && from === tr.end && ["for", "on"].includes(tokens[from]?.norm ?? "");
        if ((stance === "refuses_to_cede" || stance === "offers") && !contentFor)
          for (let k = from; k < end; k++)
            if (
              tokens[k]?.norm === "for" ||
              (tokens[k]?.norm === "in" && tokens[k + 1]?.norm === "exchange")
            ) {
              stop = k;
              break;
            }
        let targets =
          subjectPlaces.length > 0
            ? subjectPlaces
            : targetsBetween(from, stop, tr.kind !== "negpred", stance);
        const following = triggers[spanOf + 1];
        const crossesPredicate = tokens
          .slice(tr.end, following?.start ?? tr.end)
          .some((t) => t.norm === "and" || t.norm === "but");
        if (
          targets.length === 0 &&
          following &&
          tokens[tr.end]?.norm !== "by" &&
          following.start >= end &&
          following.start - tr.end <= 4 &&
          !crossesPredicate
        ) {
          // "rejected Serbian demands for an association …", "demanding international recognition of Crimea"
          targets = targetsBetween(following.end, spanEnd(spanOf + 1), false, stance);
          // "backed Belgrade's refusal to recognize …": backing a refusal is rejecting.
          const refusal = tokens.slice(tr.end, following.start).some((t) => t.norm === "refusal");
          if (stance === "accepts" && refusal) stance = "rejects";
        }
        let alsoRefuses = false;
        if (
          targets.length === 0 &&
          (stance === "rejects" || stance === "accepts") &&
          following &&
          !crossesPredicate &&
          following.start - tr.end <= 12 &&
          tokens
            .slice(tr.end, following.start)
            .some((t) => PLAN_NOUNS.has(t.norm) || REFERRING_NOUNS.has(t.norm))
        ) {
          // "rejected a U.S.-drafted proposal that would require Ukraine to pull out of Donetsk": what the
          // rejected plan asks for. When it asks the rejecting party itself to give the place up, that party
          // also refuses to cede it.
          const inner = following.governs !== undefined ? triggers[following.governs] : following;
          const innerEnd = spanEnd(following.governs ?? spanOf + 1);
          targets = targetsBetween((inner ?? following).end, innerEnd, false, stance);
          const asked = actorsIn.find(
            (m) => m.firstToken > following.start && m.endToken <= (inner ?? following).start,
          );
          alsoRefuses =
            stance === "rejects" &&
            (inner?.kind === "cession" || following.kind === "cession") &&
            (asked === undefined || asked.ids.some((id) => agent.ids.includes(id)));
        }
        if (targets.length === 0 && agent.start > tr.start && tokens[tr.end]?.norm === "by") {
          // Passive with its agent after the cue: the target is the noun phrase just before it
          // ("the month-long ceasefire proposed by Washington").
          const left = mentions
            .filter((m) => TARGET_KINDS.has(m.kind) && m.endToken <= tr.start && m.endToken >= tr.start - 2)
            .at(-1);
          if (left)
            targets = left.ids.map((id) => {
              const key = left.kind === "issue" ? `issue:${id}` : id;
              return { id: key, name: names.get(key) ?? left.text };
            });
        }
        const agentWord = tokens[agent.start - 1]?.norm;
        const relativeAfterPrep = PREPOSITIONS.has(tokens[agent.start - 2]?.norm ?? "");
        // "the parts of Donetsk and Luhansk regions they still hold": a relative clause without "that".
        const headGap = ["region", "regions", "oblast", "oblasts", "province", "provinces"].includes(
          tokens[agent.start - 1]?.norm ?? "",
        )
          ? 1
          : 0;
        const zeroRelative = mentions.some(
          (m) =>
            TARGET_KINDS.has(m.kind) && m.endToken === agent.start - headGap && m.sentence === sentence.index,
        );
        if (zeroRelative && targets.length === 0 && agent.via === "pronoun" && stance === "controls") {
          // "… they still hold", "… it still controls": the party named last before the place.
          const place = mentions.find(
            (m) => TARGET_KINDS.has(m.kind) && m.endToken === agent.start - headGap,
          );
          const owner = mentions
            .filter(
              (m) =>
                ACTOR_KINDS.has(m.kind) &&
                m.sentence === sentence.index &&
                place !== undefined &&
                m.endToken <= place.firstToken,
            )
            .at(-1);
          if (owner) holder = owner.ids;
        }
        // A relative verb without its own object ("… regions that Russian forces occupy, as well as …",
        // "Sumy region, where they now hold several villages") takes the antecedent even if a place follows.
        const objectless =
          !["DET", "PROPN", "NOUN", "NUM", "PRON", "ADJ"].includes(tokens[tr.end]?.pos ?? "") ||
          tr.end >= clause.end;
        // "that" after a noun is a relative pronoun; after "said" it is a complementizer.
        const relativeThat =
          agentWord === "which" ||
          (agentWord === "that" &&
            ["NOUN", "PROPN"].includes(tokens[agent.start - 2]?.pos ?? "") &&
            // "said on Wednesday that …" is still a complementizer
            !tokens
              .slice(Math.max(clause.start, agent.start - 6), agent.start - 1)
              .some(
                (x) =>
                  x.pos === "VERB" &&
                  (SPEECH.has(x.lemma) ||
                    ["believe", "maintain", "acknowledge", "argue", "claim"].includes(x.lemma)),
              ));
        const relative =
          ((relativeThat && !relativeAfterPrep) ||
            zeroRelative ||
            (agentWord === "where" && stance === "controls")) &&
          !tr.noun;
        // "… region, which Moscow proclaimed part of Russia along with the Luhansk and Kherson regions": the
        // antecedent and the places added after it.
        const alongWith = tokens
          .slice(tr.end, end)
          .some((t, j, all) => (t.norm === "along" || t.norm === "together") && all[j + 1]?.norm === "with");
        const added = relative && alongWith && agent.start < tr.start ? targets : [];
        if (relative && (objectless || alongWith) && agent.start < tr.start) targets = [];
        if (
          targets.length === 0 &&
          (((agentWord === "which" || agentWord === "that") && !relativeAfterPrep) ||
            zeroRelative ||
            (agentWord === "where" && stance === "controls"))
        ) {
          // Relative clause: "Kashmir, which India considers …", "a ceasefire, which the Kremlin dismissed".
          const near = mentions.filter(
            (m) =>
              TARGET_KINDS.has(m.kind) &&
              m.endToken <= agent.start - (zeroRelative ? headGap : 1) &&
              m.firstToken >= agent.start - 9,
          );
          const last = near.at(-1);
          if (last) {
            // The whole coordinated antecedent: "Crimea and the Donetsk, Luhansk and Kherson regions, which …".
            const chain = [last];
            for (;;) {
              const head = chain[0] as Mention;
              let k = head.firstToken - 1;
              if (tokens[k]?.norm === "the") k--;
              if (![",", "and", "or"].includes(tokens[k]?.norm ?? "")) break;
              if (tokens[k]?.norm !== "," && tokens[k - 1]?.norm === ",") k--;
              const prior = mentions.find(
                (m) => TARGET_KINDS.has(m.kind) && m.kind === head.kind && m.endToken === k,
              );
              if (!prior) break;
              chain.unshift(prior);
            }
            targets = chain.flatMap((m) =>
              m.ids.map((id) => {
                const key = m.kind === "issue" ? `issue:${id}` : id;
                return { id: key, name: names.get(key) ?? m.text };
              }),
            );
          }
          for (const t of added) if (!targets.some((x) => x.id === t.id)) targets.push(t);
        }
        if (
          targets.length === 0 &&
          (stance === "rejects" ||
            stance === "refuses_to_cede" ||
            stance === "controls" ||
            (agent.passive && ["demands", "offers", "recognizes"].includes(stance)) ||
            // "would have Crimea and Luhansk recognised as Russian": the places before a participle.
            (stance === "recognizes" &&
              mentions.some(
                (m) =>
                  TARGET_KINDS.has(m.kind) &&
                  (m.endToken === tr.start ||
                    (m.endToken === tr.start - 1 &&
                      /^["\u201c\u201d]$/.test(tokens[tr.start - 1]?.text ?? ""))),
              )))
        ) {
          // "Crimea, Ukraine will never give up"; "Crimea was annexed by Russia" — not across another cue, and
          // not the name that is the agent itself (Kosovo the party and the territory).
          const previous = triggers[index - 1];
          const leftFrom = previous && previous.end <= tr.start ? previous.end : clause.start;
          const agentStarts = new Set(actorsIn.map((m) => m.start));
          const agentIds = new Set(
            mentions
              .filter((m) => TARGET_KINDS.has(m.kind) && agentStarts.has(m.start) && m.firstToken >= leftFrom)
              .flatMap((m) => m.ids),
          );
          // Only a topic before the agent ("Crimea, Ukraine will never give up") or before a passive cue.
          // A negative predicate's subject lies between its holder and it ("said a federal solution was no longer
          // possible").
          const leftTo = agent.passive ? tr.start : Math.min(agent.start, tr.start);
          // "The draft would have Crimea and Luhansk "recognised as Russian"": the places between the agent and
          // the participle.
          const causative = stance === "recognizes" && agent.start < tr.start;
          const negSubject = (tr.kind === "negpred" || causative) && agent.start < tr.start;
          let negFrom = Math.max(leftFrom, agent.start);
          for (let k = tr.start - 1; k > negFrom; k--)
            if (SPEECH.has(tokens[k]?.lemma ?? "") || tokens[k]?.norm === "that") {
              negFrom = k + 1;
              break;
            }
          const eventHead = tokens
            .slice(Math.max(leftFrom, agent.start - 3), agent.start)
            .some((t) => EVENT_HEADS.has(t.norm));
          targets = (
            eventHead
              ? []
              : targetsBetween(negSubject ? negFrom : leftFrom, negSubject ? tr.start : leftTo, false, stance)
          ).filter((t) => (t.id !== "*" || stance !== "controls") && !agentIds.has(t.id));
        }
        if (targets.length === 0 && (stance === "rejects" || stance === "accepts")) {
          const refersBack = tokens.slice(clause.start, Math.min(clause.end, tr.end + 2)).some(
            (t, j, all) =>
              // a demonstrative, not the complementizer of "said that Berlin would …"
              (["that", "this", "these"].includes(t.norm) &&
                !["DET", "PROPN", "NOUN", "PRON", "ADJ", "NUM"].includes(all[j + 1]?.pos ?? "")) ||
              (REFERRING_NOUNS.has(t.norm) && ["DET", "PRON"].includes(all[j - 1]?.pos ?? "")),
          );
          // Ellipsis: "Russia wants Kherson; Ukraine has refused." — a refusal with no complement.
          const elliptic =
            tr.kind === "reject" &&
            !governed &&
            (tr.end >= clause.end || [".", ";", ","].includes(tokens[tr.end]?.text ?? "")) &&
            // not a zero relative ("a move Pakistan rejected")
            (agent.start <= sentence.firstToken ||
              agent.start === clause.start ||
              ["and", "but", ",", ";"].includes(tokens[agent.start - 1]?.norm ?? ""));
          if (refersBack || elliptic) {
            targets = lastTargets.map((t) => ({ ...t }));
            conf -= 0.1;
          }
        }
        const objectPronoun = ["it", "them"].includes(tokens[from]?.norm ?? "")
          ? from
          : ["it", "them"].includes(tokens[tr.end]?.norm ?? "")
            ? tr.end
            : -1;
        if (
          targets.length === 0 &&
          stance !== "controls" &&
          objectPronoun >= 0 &&
          // "recognise them as Russian", "hand them over", "give it up", "reject it": the last targets
          !(
            tokens[objectPronoun]?.norm === "it" &&
            ["is", "was", "'s"].includes(tokens[objectPronoun + 1]?.norm ?? "")
          ) &&
          lastTargets.length > 0
        ) {
          // "Russia wants Kherson. Ukraine has refused to give it up.": the object pronoun is the last target.
          targets = lastTargets.map((t) => ({ ...t }));
          conf -= 0.1;
        }
        // "give up territory—like Donetsk and Kherson": the named places are the demand.
        if (stance === "controls")
          targets = targets.filter((t) => t.id !== "*" && !t.id.startsWith("issue:"));
        // "insists that Ukraine abandon its bid to join NATO" rejects membership; "refused to drop its bid for
        // NATO membership" wants it.
        const renounced = tokens
          .slice(tr.end, Math.min(end, tr.end + 10))
          .some((t) => RENOUNCE.has(t.lemma) || (t.lemma === "give" && tokens[t.index + 1]?.norm === "up"));
        const flipped: Stance | undefined =
          renounced && (stance === "demands" || stance === "rejects")
            ? stance === "demands"
              ? "rejects"
              : "demands"
            : undefined;
        if (stance !== "refuses_to_cede" && targets.some((t) => t.id !== "*"))
          targets = targets.filter((t) => t.id !== "*");
        if (process.env.DBG) console.error("T", tr.text, stance, JSON.stringify(targets));
        if (targets.length === 0) continue;
        if (agent.via !== "name") conf -= 0.1;
        if (hedged) conf -= 0.1;
        if (!basis && stance === "demands")
          basis = basisFromWording(tokens, Math.min(agent.start, tr.start), end);
        if (stance !== "controls" && targets.some((t) => t.id !== "*"))
          lastTargets = targets.filter((t) => t.id !== "*");
        // "will never surrender its claim to Kashmir": keeping a claim is claiming.
        if (stance === "refuses_to_cede" && ["claim", "claims"].includes(tokens[from + 1]?.norm ?? "")) {
          stance = "demands";
          basis = "formal_demand";
        }
        // "Western sanctions on Russia would be lifted" in Russia's own memorandum: Russia wants the relief.
        const sanctioned = tokens
          .slice(sentence.firstToken, sentence.endToken)
          .flatMap((t, j, all) =>
            t.norm === "sanctions" && ["on", "against"].includes(all[j + 1]?.norm ?? "")
              ? gazetteer.actors
                  .filter((a) =>
                    [a.name, ...(a.aliases ?? []), ...(a.metonyms ?? [])].some(
                      (n) => n.toLowerCase() === (all[j + 2]?.norm ?? ""),
                    ),
                  )
                  .map((a) => a.id)
              : [],
          );
        if (
          stance === "offers" &&
          targets.some((t) => t.id === "issue:sanctions") &&
          (holder ?? agent.ids).some((id) => sanctioned.includes(id))
        )
          stance = "demands";
        if (tr.kind === "request" && governed) {
          // "demanded that Ukraine adopt a neutral status and give up its NATO bid": issues asked for on the way
          for (const t of targetsBetween(tr.end, governed.start, false, stance))
            if (t.id.startsWith("issue:") && !targets.some((x) => x.id === t.id)) targets.push(t);
        }
        const stances: Stance[] = alsoRefuses ? [stance, "refuses_to_cede"] : [stance];
        for (const st of stances)
          for (const actor of holder ?? conditionalBy ?? agent.ids)
            for (const target of targets) {
              if (target.id === actor) continue;
              claims.push({
                actor,
                stance: flipped && target.id === "issue:nato_membership" ? flipped : st,
                territory: target.id,
                targetName: target.name,
                negated,
                ...(target.scope ? { scope: target.scope } : {}),
                ...(target.share !== undefined ? { share: target.share } : {}),
                ...(basis ? { basis } : {}),
                evidence: sentenceText,
                start: sentence.start,
                end: sentence.end,
                cue: text.slice(tokens[tr.start]?.start ?? 0, tokens[tr.end - 1]?.end ?? 0),
                confidence: round2(Math.max(0.3, conf - (target.unknown ? 0.2 : 0))),
              });
            }
      }
      // "Crimea remains Ukrainian", "Donetsk is Russian land", as someone says it.
      for (const b of findBelonging(tokens, clause.start, clause.end, mentions, gazetteer)) {
        if (b.kind === "control") {
          for (const actor of b.owners)
            for (const id of b.place.ids)
              claims.push({
                actor,
                stance: "controls",
                territory: id,
                targetName: names.get(id) ?? b.place.text,
                negated: b.negated,
                evidence: sentenceText,
                start: sentence.start,
                end: sentence.end,
                cue: text.slice(tokens[b.start]?.start ?? 0, tokens[b.end - 1]?.end ?? 0),
                confidence: round2(hedged ? 0.7 : 0.8),
              });
          continue;
        }
        const saidBy = candidates
          .filter((x) => x.start < b.place.firstToken)
          .filter((x) =>
            tokens
              .slice(x.start, b.place.firstToken)
              .some((t) => SPEECH.has(t.lemma) || t.lemma === "insist"),
          )
          .at(-1)?.ids;
        const holders = saidBy ?? (speaker.length > 0 ? speaker : undefined);
        if (!holders || (b.past && !saidBy)) continue;
        const own = holders.some((h) => b.owners.includes(h));
        if (own && b.negated) continue;
        const stance: Stance = own
          ? b.keep
            ? "refuses_to_cede"
            : "demands"
          : b.negated
            ? "rejects"
            : "recognizes";
        for (const actor of own ? b.owners.filter((o) => holders.includes(o)) : holders)
          for (const id of b.place.ids)
            claims.push({
              actor,
              stance,
              territory: id,
              targetName: names.get(id) ?? b.place.text,
              negated: false,
              ...(stance === "demands" ? { basis: "rhetorical" as const } : {}),
              evidence: sentenceText,
              start: sentence.start,
              end: sentence.end,
              cue: text.slice(tokens[b.start]?.start ?? 0, tokens[b.end - 1]?.end ?? 0),
              confidence: round2(Math.max(0.3, (hedged ? 0.6 : 0.7) - (saidBy ? 0 : 0.1))),
            });
      }
      // Discourse state for pronouns in later clauses.
      const subject = candidates[0];
      if (subject) {
        lastSubjects = subject.ids;
        subjectHistory.push(subject.ids);
      } else if (frame) lastSubjects = frame.ids;
      const person = [...actorsIn].reverse().find((m) => m.kind === "person");
      if (person) lastPerson = person.ids;
    }
  }
  return mergeClaims(withAnswers(claims));
}

/**
 * A refusal to cede a place that another party demanded (earlier in the article) also rejects that demand:
 * "Moscow wants Donetsk … We will not withdraw from Donetsk" gives UA refuses_to_cede and UA rejects.
 */
function withAnswers(claims: readonly IngestClaim[]): IngestClaim[] {
  const out = [...claims];
  const demanded = new Map<string, number>();
  for (const c of claims) {
    if (c.stance === "demands" && !c.negated && !demanded.has(`${c.actor}|${c.territory}`))
      demanded.set(`${c.actor}|${c.territory}`, c.start);
    if (c.stance !== "refuses_to_cede" || c.territory === "*") continue;
    const byOther = [...demanded.entries()].some(
      ([key, at]) => key.endsWith(`|${c.territory}`) && !key.startsWith(`${c.actor}|`) && at <= c.start,
    );
    if (byOther) out.push({ ...c, stance: "rejects", confidence: round2(Math.max(0.3, c.confidence - 0.1)) });
  }
  return out;
}
