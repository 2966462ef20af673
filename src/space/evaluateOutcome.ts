import { EngineError } from "../errors.js";
import type { FactoredSpace, Outcome } from "./factoredSpace.js";

/**
 * The index of the alternative of `space.factors[factor]` that `outcome` selects, or -1 when the outcome's
 * options for the factor's issues are not an allowed alternative.
 */
export function alternativeOf(space: FactoredSpace, factor: number, outcome: Outcome): number {
  const f = space.factors[factor]!;
  const J = f.issues.length;
  outer: for (let k = 0; k < f.size; k++) {
    for (let j = 0; j < J; j++) {
      if (f.choices[k * J + j] !== outcome[f.issues[j]!]) continue outer;
    }
    return k;
  }
  return -1;
}

/**
 * The utility vector (party order of the space) of an outcome: the sum over factors of the utilities of
 * the alternative the outcome selects. Throws `EngineError("invalid_argument")` naming the factor and its
 * issues when the outcome is not allowed by some factor (a red line), or when its length is wrong.
 * @example
 * ```ts
 * evaluateOutcome(space, Int32Array.from([0, 2, 1])); // Float64Array [0.7, 0.4]
 * ```
 */
export function evaluateOutcome(space: FactoredSpace, outcome: Outcome): Float64Array {
  if (outcome.length !== space.issues.length) {
    throw new EngineError(
      "dimension_mismatch",
      `invalid outcome: length ${outcome.length}, expected ${space.issues.length}`,
    );
  }
  const P = space.parties.length;
  const u = new Float64Array(P);
  for (let fi = 0; fi < space.factors.length; fi++) {
    const k = alternativeOf(space, fi, outcome);
    if (k < 0) {
      const f = space.factors[fi]!;
      const what = f.issues.map((i) => `${space.issues[i]?.id}=${outcome[i]}`).join(", ");
      throw new EngineError("invalid_argument", `invalid outcome: factor ${fi} does not allow ${what}`);
    }
    const ut = space.factors[fi]!.utilities;
    for (let p = 0; p < P; p++) u[p]! += ut[k * P + p]!;
  }
  return u;
}
