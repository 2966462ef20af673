/**
 * Claims from statements of belonging ("Crimea remains Ukrainian", "Donetsk is Russian land"): held by whoever
 * says them (the subject of a speech verb before the place, else the quotation's speaker). A party's own
 * place is demanded (or kept, when it "will always remain" its own), another's is recognized or, negated,
 * rejected; "remains in Ukrainian hands" is control by the owner.
 * @module
 */
import { round2, SPEECH } from "./claimRules.js";
import type { ClauseContext } from "./clauseContext.js";
import { findBelonging } from "./findBelonging.js";
import type { IngestClaim, Stance } from "./ingestResult.js";

/**
 * The claims of the statements of belonging in the clause of `ctx`.
 * @example belongingClaims(ctx).map((c) => `${c.actor} ${c.stance} ${c.territory}`) // "Zelensky said Crimea is Ukrainian" → ["UA demands UA-43"]
 */
export function belongingClaims(ctx: ClauseContext): IngestClaim[] {
  const { tokens, text, mentions, gazetteer, names } = ctx.article;
  const { clause, candidates, speaker, sentence, sentenceText, hedged } = ctx;
  const out: IngestClaim[] = [];
  // "Crimea remains Ukrainian", "Donetsk is Russian land", as someone says it.
  for (const b of findBelonging(tokens, clause.start, clause.end, mentions, gazetteer)) {
    if (b.kind === "control") {
      for (const actor of b.owners)
        for (const id of b.place.ids)
          out.push({
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
        tokens.slice(x.start, b.place.firstToken).some((t) => SPEECH.has(t.lemma) || t.lemma === "insist"),
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
        out.push({
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
  return out;
}
