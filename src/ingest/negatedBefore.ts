/**
 * Negation of a cue: a negator between its agent (or the previous cue) and the cue ("would never accept",
 * "doesn't even control"), except "not just/only"; "stopped short of", "has yet to", "ruled out"; a clause
 * opened by "nor"; and subjects coordinated by "neither … nor".
 * @module
 */
import { NEGATORS } from "./claimRules.js";
import type { Agent, ClauseContext } from "./clauseContext.js";
import type { Trigger } from "./findTriggers.js";

/**
 * True when cue `tr` of the clause of `ctx`, held by `agent`, is negated.
 * @example negatedBefore(ctx, tr, agent) // "Ukraine will never give up Crimea" → true
 */
export function negatedBefore(ctx: ClauseContext, tr: Trigger, agent: Agent | undefined): boolean {
  const { tokens } = ctx.article;
  const { clause, triggers } = ctx;
  // A negator belongs to the nearest cue: "would never accept X and insisted on Y" negates only accept.
  const before = triggers.filter((x) => x.end <= tr.start && !x.governed).at(-1);
  // "Neither Russia nor Ukraine is willing …": the coordinated subjects are negated.
  if (agent && ["nor", "neither"].includes(tokens[agent.start - 1]?.norm ?? "") && agent.start < tr.start)
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
    if (NEGATORS.has(t.norm) && !["just", "only", "merely", "simply", "least"].includes(nxt)) return true;
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
}
