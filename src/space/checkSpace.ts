import { EngineError } from "../errors.js";
import type { FactoredSpace } from "./factoredSpace.js";

/**
 * Checks the structural invariants of a space (array lengths, issue coverage, option ranges, finite
 * utilities) and throws `EngineError("invalid_argument")` naming the first violation. Analyses call it
 * once; it is linear in the size of the factor tables.
 */
export function checkSpace(space: FactoredSpace): void {
  const P = space.parties.length;
  const covered = new Int32Array(space.issues.length).fill(-1);
  space.factors.forEach((f, fi) => {
    const J = f.issues.length;
    if (!Number.isInteger(f.size) || f.size < 0) throw bad(`factors[${fi}].size: ${f.size}`);
    if (f.choices.length !== f.size * J) throw bad(`factors[${fi}].choices length: ${f.choices.length}`);
    if (f.utilities.length !== f.size * P)
      throw bad(`factors[${fi}].utilities length: ${f.utilities.length}`);
    f.issues.forEach((issue, j) => {
      if (!Number.isInteger(issue) || issue < 0 || issue >= space.issues.length) {
        throw bad(`factors[${fi}].issues[${j}]: ${issue}`);
      }
      if (covered[issue] !== -1)
        throw bad(`factors[${fi}].issues[${j}]: issue ${issue} is already in factor ${covered[issue]}`);
      covered[issue] = fi;
      const options = space.issues[issue]!.options.length;
      for (let k = 0; k < f.size; k++) {
        const c = f.choices[k * J + j]!;
        if (c < 0 || c >= options) throw bad(`factors[${fi}].choices[${k * J + j}]: ${c}`);
      }
    });
    for (let i = 0; i < f.utilities.length; i++) {
      if (!Number.isFinite(f.utilities[i]!)) throw bad(`factors[${fi}].utilities[${i}]: ${f.utilities[i]}`);
    }
  });
  const missing = covered.indexOf(-1);
  if (missing >= 0) throw bad(`issues[${missing}]: not covered by any factor`);
}

function bad(what: string): EngineError {
  return new EngineError("invalid_argument", `invalid space: ${what}`);
}
