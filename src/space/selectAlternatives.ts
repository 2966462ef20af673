import type { Factor } from "./factoredSpace.js";

/**
 * A new factor keeping only the alternatives `keep` (indices, in order) of `factor`, whose utility rows have
 * `parties` columns. The input is not modified (factors are immutable once analysed).
 */
export function selectAlternatives(
  factor: Pick<Factor, "issues" | "choices" | "utilities">,
  keep: readonly number[],
  parties: number,
): Factor {
  const J = factor.issues.length;
  const choices = new Int32Array(keep.length * J);
  const utilities = new Float64Array(keep.length * parties);
  keep.forEach((k, n) => {
    choices.set(factor.choices.subarray(k * J, k * J + J), n * J);
    utilities.set(factor.utilities.subarray(k * parties, k * parties + parties), n * parties);
  });
  return { issues: factor.issues, size: keep.length, choices, utilities };
}
