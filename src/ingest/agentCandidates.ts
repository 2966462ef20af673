/**
 * Candidates for who holds a clause's stances: actor names not governed by a preposition, pronouns resolved
 * to parties (see resolvePronoun), and plans standing as subjects for their authors ("the U.S. plan would
 * require …"). Reading the plans also updates the discourse state's last plan and its authors, which "the
 * original draft" and unattributed plan content later refer back to.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { AGENT_HEADS, AUTHOR_PARTICIPLES, PLAN_NOUNS, PREPOSITIONS, PUSH_VERBS } from "./claimRules.js";
import type { Agent, ClauseScope } from "./clauseContext.js";
import type { Mention } from "./findMentions.js";
import { resolvePronoun } from "./resolvePronoun.js";

/**
 * True when actor mention `m` can be a subject: no preposition governs it, or it is the subject of an absolute
 * clause ("with Moscow still demanding") or of an infinitive ("for Moscow to agree").
 */
function subjectLike(tokens: readonly TextToken[], m: Mention): boolean {
  const p = tokens[m.firstToken - 1]?.norm ?? "";
  // "with Moscow still demanding the Donbas": the subject of an absolute clause.
  if (p === "with") {
    let k = m.endToken;
    if (tokens[k]?.pos === "ADV") k++;
    if (tokens[k]?.pos === "VERB" && /ing$/.test(tokens[k]?.norm ?? "")) return true;
  }
  // "a deadline for Moscow to agree to …": the subject of the infinitive.
  if (p === "for" && tokens[m.endToken]?.norm === "to" && tokens[m.endToken + 1]?.pos === "VERB") return true;
  // "backed by the EU", "talks with the United States": a preposition before the article governs the name.
  if (p === "the" && PREPOSITIONS.has(tokens[m.firstToken - 2]?.norm ?? "")) return false;
  // "withdrawal from southern Lebanon": adjectives between the preposition and the name
  let q = m.firstToken - 1;
  while (q > 0 && tokens[q]?.pos === "ADJ" && /^[a-z]/.test(tokens[q]?.text ?? "")) q--;
  if (q < m.firstToken - 1 && PREPOSITIONS.has(tokens[q]?.norm ?? "")) return false;
  return !PREPOSITIONS.has(p);
}

/**
 * The agent candidates of the clause of `scope`, sorted by position. Updates `scope.discourse`'s last plan
 * authors and sentence when the clause names or refers back to a plan.
 * @example agentCandidates(scope).map((a) => a.ids) // "Russia rejected talks with Ukraine" → [["RU"]]
 */
export function agentCandidates(scope: ClauseScope): Agent[] {
  const { tokens } = scope.article;
  const { clause, actorsIn, speaker, sentence, discourse } = scope;
  // Candidates for "who": names not governed by a preposition, and pronouns.
  const candidates: Agent[] = [];
  for (const m of actorsIn)
    if (subjectLike(tokens, m)) candidates.push({ ids: m.ids, via: "name", start: m.firstToken });
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
      const ids = resolvePronoun(scope, t);
      if (ids.length > 0) candidates.push({ ids, via: "pronoun", start: i });
    }
    if (t && t.pos === "PRON" && ["they", "he", "she", "we", "i"].includes(t.norm)) {
      const ids = t.norm === "we" || t.norm === "i" ? speaker : resolvePronoun(scope, t);
      if (ids.length > 0) candidates.push({ ids, via: "pronoun", start: i });
    }
  }
  // A plan as the subject: "the U.S. plan would require …", "a draft drafted by Washington and Moscow";
  // "the original draft" later refers back to the last plan whose authors were named.
  for (let i = clause.start; i < clause.end; i++) {
    const t = tokens[i];
    if (t?.pos !== "NOUN" || !PLAN_NOUNS.has(t.norm)) continue;
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
        // the first party after "by" (within a few words) and the parties coordinated with it
        const by = actorsIn.filter((m) => m.firstToken >= b + 1 && m.firstToken <= b + 12);
        const first = by[0];
        if (first && first.firstToken <= b + 8) {
          authors = [...first.ids];
          let last = first;
          for (const m of by.slice(1)) {
            const gap = tokens.slice(last.endToken, m.firstToken);
            if (gap.length > 3 || !gap.every((x) => [",", "and", "the"].includes(x.norm))) break;
            authors.push(...m.ids);
            last = m;
          }
        }
      }
    }
    // "Washington pressed Kyiv to sign up to a 28-point framework": the pusher is the author.
    if (authors.length === 0 && !["the", "this", "that"].includes(tokens[d]?.norm ?? "")) {
      let v = d;
      while (v >= clause.start && !(tokens[v]?.pos === "VERB" && PUSH_VERBS.has(tokens[v]?.lemma ?? ""))) v--;
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
      discourse.lastPlanAuthors = [...new Set(authors)];
      discourse.lastPlanSentence = sentence.index;
    } else if (["the", "this", "that"].includes(tokens[d]?.norm ?? "")) {
      authors = discourse.lastPlanAuthors;
      if (authors.length > 0) discourse.lastPlanSentence = sentence.index;
    }
    if (authors.length > 0 && inside.length === 0 && !governedByPreposition)
      candidates.push({ ids: [...new Set(authors)], via: "name", start: i });
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates;
}
