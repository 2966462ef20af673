/**
 * The claims of one stance cue: its agent (findAgent), its stance (resolveStance) and its targets
 * (resolveTargets), then what holds for the claim as a whole: renouncing a NATO bid flips the stance on
 * membership, keeping a claim is claiming, a party under sanctions that offers their lifting demands it, the
 * issues a request names on the way, the basis of a demand and the confidence. Records the claim's targets
 * in the discourse state for later references.
 * @module
 */
import { basisFromWording, RENOUNCE, round2 } from "./claimRules.js";
import type { ClauseContext } from "./clauseContext.js";
import { findAgent } from "./findAgent.js";
import { findTargets } from "./findTargets.js";
import type { Trigger } from "./findTriggers.js";
import type { IngestClaim, Stance } from "./ingestResult.js";
import { resolveStance } from "./resolveStance.js";
import { resolveTargets } from "./resolveTargets.js";

/**
 * The claims of cue `tr`, the `index`-th of the clause of `ctx`, one per holder, stance and target (none for a
 * governed cue, a cue without agent, stance or target). Updates `ctx.discourse.lastTargets`.
 * @example triggerClaims(ctx, 0, ctx.triggers[0]).map((c) => `${c.actor} ${c.stance} ${c.territory}`) // "Russia demands Kherson" → ["RU demands UA-65"]
 */
export function triggerClaims(ctx: ClauseContext, index: number, tr: Trigger): IngestClaim[] {
  const { tokens, text, gazetteer } = ctx.article;
  const { sentence, sentenceText, hedged, discourse } = ctx;
  if (tr.governed) return [];
  const agent = findAgent(ctx, tr);
  if (!agent || agent.ids.length === 0) return [];
  const reading = resolveStance(ctx, index, tr, agent);
  if (!reading) return [];
  const found = resolveTargets(ctx, index, tr, agent, reading);
  let { targets, stance, conf } = found;
  const { holder, alsoRefuses, end } = found;
  let { basis } = reading;
  const { from, negated, conditionalBy, governed } = reading;
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
  if (targets.length === 0) return [];
  if (agent.via !== "name") conf -= 0.1;
  if (hedged) conf -= 0.1;
  if (!basis && stance === "demands") basis = basisFromWording(tokens, Math.min(agent.start, tr.start), end);
  if (stance !== "controls" && targets.some((t) => t.id !== "*"))
    discourse.lastTargets = targets.filter((t) => t.id !== "*");
  if (stance === "demands" && targets.some((t) => t.id !== "*" && !t.id.startsWith("issue:")))
    discourse.lastDemandPlaces = targets.filter((t) => t.id !== "*" && !t.id.startsWith("issue:"));
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
    for (const t of findTargets(ctx, tr.end, governed.start, false, stance))
      if (t.id.startsWith("issue:") && !targets.some((x) => x.id === t.id)) targets.push(t);
  }
  const out: IngestClaim[] = [];
  const stances: Stance[] = alsoRefuses ? [stance, "refuses_to_cede"] : [stance];
  for (const st of stances)
    for (const actor of holder ?? conditionalBy ?? agent.ids)
      for (const target of targets) {
        if (target.id === actor) continue;
        out.push({
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
  return out;
}
