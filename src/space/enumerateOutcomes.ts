import { EngineError } from "../errors.js";
import type { FactoredSpace, Outcome } from "./factoredSpace.js";
import { outcomeCount } from "./outcomeCount.js";

/** One enumerated outcome with its utility vector (party order of the space). */
export interface EnumeratedOutcome {
  outcome: Outcome;
  utilities: Float64Array;
}

/**
 * Enumerates every outcome of a space with its utilities, by brute force: the oracle for small spaces
 * and property tests. The last factor varies fastest; utilities are summed over factors in factor order.
 * Each yielded object is fresh. Throws `EngineError("space_too_large")` when the space has more than
 * `limit` outcomes (default 1,000,000).
 * @example
 * ```ts
 * for (const { outcome, utilities } of enumerateOutcomes(space, { limit: 1e5 })) { … }
 * ```
 */
export function* enumerateOutcomes(
  space: FactoredSpace,
  options: { limit?: number } = {},
): Generator<EnumeratedOutcome> {
  const limit = options.limit ?? 1_000_000;
  const total = outcomeCount(space);
  if (total > BigInt(Math.floor(limit))) {
    throw new EngineError(
      "space_too_large",
      `space too large to enumerate: ${total} outcomes (limit ${limit})`,
    );
  }
  if (total === 0n) return;
  const P = space.parties.length;
  const F = space.factors.length;
  const pick = new Int32Array(F);
  for (;;) {
    const outcome = new Int32Array(space.issues.length);
    const utilities = new Float64Array(P);
    for (let f = 0; f < F; f++) {
      const factor = space.factors[f]!;
      const k = pick[f]!;
      const J = factor.issues.length;
      for (let j = 0; j < J; j++) outcome[factor.issues[j]!] = factor.choices[k * J + j]!;
      for (let p = 0; p < P; p++) utilities[p]! += factor.utilities[k * P + p]!;
    }
    yield { outcome, utilities };
    let f = F - 1;
    while (f >= 0) {
      pick[f]!++;
      if (pick[f]! < space.factors[f]!.size) break;
      pick[f] = 0;
      f--;
    }
    if (f < 0) return;
  }
}
