import { EngineError } from "../errors.js";
import type { Factor } from "./factoredSpace.js";

/**
 * The factor of one independent issue: one alternative per option, with the given utilities.
 *
 * @param issueIndex index of the issue in {@link FactoredSpace.issues}
 * @param perPartyOptionUtilities `[party][option]` utility of each option for each party; every row must
 *   have the same length (the option count)
 * @example
 * ```ts
 * independentFactor(0, [[1, 0.5, 0], [0, 0.5, 1]]); // a 3-option issue, two opposed parties
 * ```
 */
export function independentFactor(
  issueIndex: number,
  perPartyOptionUtilities: readonly (readonly number[])[],
): Factor {
  if (!Number.isInteger(issueIndex) || issueIndex < 0) {
    throw new EngineError("invalid_argument", `invalid issueIndex: ${issueIndex}`);
  }
  const parties = perPartyOptionUtilities.length;
  const size = parties === 0 ? 0 : perPartyOptionUtilities[0]!.length;
  const choices = new Int32Array(size);
  const utilities = new Float64Array(size * parties);
  for (let p = 0; p < parties; p++) {
    const row = perPartyOptionUtilities[p]!;
    if (row.length !== size) {
      throw new EngineError(
        "dimension_mismatch",
        `invalid perPartyOptionUtilities: party ${p} has ${row.length} options, party 0 has ${size}`,
      );
    }
    for (let k = 0; k < size; k++) {
      const v = row[k]!;
      if (!Number.isFinite(v)) throw new EngineError("invalid_argument", `invalid utility: ${v}`);
      utilities[k * parties + p] = v;
    }
  }
  for (let k = 0; k < size; k++) choices[k] = k;
  return { issues: [issueIndex], size, choices, utilities };
}
