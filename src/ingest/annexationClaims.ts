/**
 * Agentless annexations: "the illegal annexation of Crimea and Sevastopol", "Crimea, annexed in 2014, …",
 * "the occupation of Kherson". Nobody is named, but the gazetteer may say who declared the place annexed
 * (`annexedBy`, e.g. Russia for Crimea and the four regions of 2022); that party holds it. A named agent
 * ("Russia's annexation", "annexed by Russia") is left to the cue rules.
 * @module
 */
import { ACTOR_KINDS, round2 } from "./claimRules.js";
import type { ClauseContext } from "./clauseContext.js";
import type { IngestClaim } from "./ingestResult.js";

const NOUNS = new Set(["annexation", "occupation"]);
const PARTICIPLES = new Set(["annexed", "occupied"]);
const PLACE_KINDS = new Set(["territory", "city", "group"]);

/**
 * Control claims of agentless annexations in the clause of `ctx`, for places with a known annexing party.
 * @example annexationClaims(ctx) // "the annexation of Crimea" → [RU controls UA-43]
 */
export function annexationClaims(ctx: ClauseContext): IngestClaim[] {
  const { tokens, text, mentions, gazetteer, names } = ctx.article;
  const { clause, sentence, sentenceText, hedged } = ctx;
  const annexer = new Map(gazetteer.territories.flatMap((t) => (t.annexedBy ? [[t.id, t.annexedBy]] : [])));
  if (annexer.size === 0) return [];
  const places = mentions.filter(
    (m) => PLACE_KINDS.has(m.kind) && m.firstToken >= clause.start && m.endToken <= clause.end,
  );
  const named = (from: number, to: number) =>
    mentions.some((m) => ACTOR_KINDS.has(m.kind) && m.firstToken >= from && m.endToken <= to);
  const found: { cue: number; ids: string[] }[] = [];
  for (let i = clause.start; i < clause.end; i++) {
    const t = tokens[i];
    if (!t) continue;
    // "proclaimed the annexation of …" states a claim (the cue rules read it as a demand), not who holds it
    const declared = tokens
      .slice(Math.max(clause.start, i - 3), i)
      .some((x) => ["declare", "proclaim", "announce", "formalise", "formalize"].includes(x.lemma));
    if (
      NOUNS.has(t.norm) &&
      tokens[i + 1]?.norm === "of" &&
      !declared &&
      !named(Math.max(clause.start, i - 3), i)
    ) {
      // "the annexation of Crimea, Sevastopol and the four regions": the coordinated places after "of"
      let k = i + 2;
      const ids: string[] = [];
      for (;;) {
        while (["the", "of", "and", "or", ","].includes(tokens[k]?.norm ?? "")) k++;
        const m = places.find((x) => x.firstToken === k);
        if (!m) break;
        ids.push(...m.ids);
        k = m.endToken;
        while (
          ["region", "regions", "oblast", "oblasts", "peninsula", "city"].includes(tokens[k]?.norm ?? "")
        )
          k++;
      }
      if (ids.length > 0 && tokens[k]?.norm !== "by") found.push({ cue: i, ids });
    }
    if (PARTICIPLES.has(t.norm) && tokens[i + 1]?.norm !== "by") {
      // "Crimea, annexed in 2014, …"
      const before = tokens[i - 1]?.text === "," ? i - 1 : i;
      const m = places.find((x) => x.endToken === before);
      if (m && before !== i) found.push({ cue: i, ids: [...m.ids] });
    }
  }
  const out: IngestClaim[] = [];
  for (const f of found)
    for (const id of f.ids) {
      const actor = annexer.get(id);
      if (!actor) continue;
      out.push({
        actor,
        stance: "controls",
        territory: id,
        targetName: names.get(id) ?? id,
        negated: false,
        evidence: sentenceText,
        start: sentence.start,
        end: sentence.end,
        cue: text.slice(tokens[f.cue]?.start ?? 0, tokens[f.cue]?.end ?? 0),
        confidence: round2(hedged ? 0.5 : 0.6),
      });
    }
  return out;
}
