/**
 * Answers to demands: a refusal to cede a place that another party demanded earlier in the article also
 * rejects that demand. Runs over the claims of a whole article, after extraction and before merging.
 * @module
 */
import { round2 } from "./claimRules.js";
import type { IngestClaim } from "./ingestResult.js";

/**
 * Returns `claims` plus, for each refusal to cede a place that another party demanded (earlier in the
 * article), a rejection of that demand: "Moscow wants Donetsk … We will not withdraw from Donetsk" gives UA
 * refuses_to_cede and UA rejects.
 * @example withAnswers(claims).filter((c) => c.stance === "rejects")
 */
export function withAnswers(claims: readonly IngestClaim[]): IngestClaim[] {
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
