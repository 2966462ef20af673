/**
 * Pronoun resolution for agent candidates: who "they", "he", "she", "it" and "its" stand for in a clause, from
 * the place they follow ("the parts of Donetsk region they still hold"), the subject of a speech verb ("said
 * it would …"), the quotation's speaker, the nearest state named before in the sentence, or the discourse
 * state (last subject, last person, the subjects before a speaker's own).
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import { ACTOR_KINDS, AGENT_HEADS, PREPOSITIONS, SPEECH, TARGET_KINDS } from "./claimRules.js";
import type { ClauseScope } from "./clauseContext.js";

/**
 * The party ids pronoun `t` refers to in the clause of `scope` (possibly none).
 * @example resolvePronoun(scope, token) // "Ukraine's defence ministry said its troops …": "its" → ["UA"]
 */
export function resolvePronoun(scope: ClauseScope, t: TextToken): string[] {
  const { tokens, mentions } = scope.article;
  const { sentence, speaker, discourse } = scope;
  // "the parts of Donetsk region they still hold": the party named last before the place.
  const gap = ["region", "regions", "oblast", "oblasts", "province"].includes(tokens[t.index - 1]?.norm ?? "")
    ? 1
    : 0;
  const place = mentions.find((m) => TARGET_KINDS.has(m.kind) && m.endToken === t.index - gap);
  if (place && ["they", "it", "you", "we"].includes(t.norm)) {
    const owner = mentions
      .filter((m) => ACTOR_KINDS.has(m.kind) && m.sentence === t.sentence && m.endToken <= place.firstToken)
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
        const prior = mentions.find((m) => ACTOR_KINDS.has(m.kind) && m.endToken === first.firstToken - 1);
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
      tokens.slice(sentence.firstToken, t.index).filter((x) => /^["\u201c\u201d]$/.test(x.text)).length %
        2 ===
      1;
    if (quoted && speaker.length > 0 && discourse.lastSubjects.some((id) => speaker.includes(id)))
      return discourse.subjectHistory.findLast((ids) => !ids.some((id) => speaker.includes(id))) ?? [];
    return discourse.lastSubjects;
  }
  if (t.norm === "he" || t.norm === "she") return discourse.lastPerson;
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
  return before.at(-1)?.ids ?? discourse.lastSubjects;
}
