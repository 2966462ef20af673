/**
 * Which parties act in an article: the guideline's "named in an acting role". A party acts when it holds a
 * claim or takes part in an event, when a person speaks for it, when a demonym or metonym names it as an
 * agent ("Russian forces", "the Kremlin said"), or when its name is the subject of a verb ("Turkey refused",
 * "the EU and Britain said"). A name only in an object or modifier position ("join NATO", "NATO membership",
 * "sanctions on Russia") does not make it an actor.
 * @module
 */
import type { TextToken } from "./analyzeText.js";
import type { Mention } from "./findMentions.js";
import type { IngestClaim, IngestEvent } from "./ingestResult.js";

const LINKS = new Set(["and", ",", "or", "nor", "both", "also", "'s", "’s"]);
const PASSIVE_AGENT = new Set(["by"]);

/**
 * Party ids that act in the article.
 * @example actingActors(tokens, mentions, claims, events).has("RU")
 */
export function actingActors(
  tokens: readonly TextToken[],
  mentions: readonly Mention[],
  claims: readonly IngestClaim[],
  events: readonly IngestEvent[],
): Set<string> {
  const out = new Set<string>();
  for (const c of claims) out.add(c.actor);
  for (const e of events) for (const p of e.parties) out.add(p);
  const actorAt = new Map<number, Mention>();
  for (const m of mentions) if (m.kind === "actor" || m.kind === "metonym") actorAt.set(m.firstToken, m);
  for (const m of mentions) {
    if (m.kind === "person" || m.kind === "demonym" || m.kind === "metonym") {
      for (const id of m.ids) out.add(id);
      continue;
    }
    if (m.kind !== "actor") continue;
    if (PASSIVE_AGENT.has(tokens[m.firstToken - 1]?.norm ?? "")) {
      for (const id of m.ids) out.add(id);
      continue;
    }
    // An object ("join NATO", "told Russia") is not a subject.
    const before = tokens[m.firstToken - 1];
    const before2 = tokens[m.firstToken - 2];
    if (before?.pos === "VERB" || (before?.pos === "DET" && before2?.pos === "VERB")) continue;
    // Subject: the next word after the name (and any coordinated names, adverbs, an agent noun or an
    // apposition) is a verb.
    let k = m.endToken;
    for (let guard = 0; guard < 12 && k < tokens.length; guard++) {
      const t = tokens[k];
      if (!t) break;
      const next = actorAt.get(k);
      if (next) {
        k = next.endToken;
        continue;
      }
      // ", which hosts the camps, said …", ", a NATO member, warned …": skip a relative clause or apposition.
      if (t.text === "," && ["which", "who", "a", "an", "the"].includes(tokens[k + 1]?.norm ?? "")) {
        let j = k + 1;
        while (j < tokens.length && j < k + 25 && tokens[j]?.text !== "," && tokens[j]?.text !== ".") j++;
        if (tokens[j]?.text === ",") {
          k = j + 1;
          continue;
        }
      }
      if (t.pos === "DET" && actorAt.has(k + 1)) {
        k++;
        continue;
      }
      // "… NATO and offers …": a new predicate, not a coordinated subject.
      if ((t.norm === "and" || t.norm === "or") && tokens[k + 1]?.pos === "VERB") break;
      if (LINKS.has(t.norm) || t.pos === "ADV" || t.pos === "PROPN" || t.pos === "NOUN" || t.pos === "ADJ") {
        // "Turkey's foreign ministry said", "the EU, Britain and France said"; stop at a new clause.
        if (t.pos === "NOUN" && tokens[k + 1]?.pos === "ADP") break;
        k++;
        continue;
      }
      break;
    }
    const verb = tokens[k];
    if (verb && (verb.pos === "VERB" || verb.pos === "AUX") && !/ing$/.test(verb.norm))
      for (const id of m.ids) out.add(id);
  }
  return out;
}
