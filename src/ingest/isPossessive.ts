/**
 * Possessive agents: whether the actor named at a token is a possessor ("Ukraine's borders"), which modifies
 * a noun and is a verb's agent only as a last resort, unless it possesses an act ("Belgrade's refusal").
 * @module
 */
import { NOMINALS } from "./claimRules.js";
import type { ClauseScope } from "./clauseContext.js";

/**
 * True when the clause's actor mention starting at token `start` is followed by a possessive `'s` and does
 * not possess an act.
 * @example isPossessive(scope, agent.start)
 */
export function isPossessive(scope: ClauseScope, start: number): boolean {
  const { tokens } = scope.article;
  const { actorsIn } = scope;
  const m = actorsIn.find((x) => x.firstToken === start);
  const after = m ? tokens[m.endToken] : undefined;
  // "Belgrade's refusal to recognize …": the possessor of an act is its agent.
  if (NOMINALS.has(tokens[(m?.endToken ?? 0) + 1]?.norm ?? "")) return false;
  return after?.norm === "'s" || after?.text === "’s";
}
