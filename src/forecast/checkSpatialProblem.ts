import { EngineError } from "../errors.js";
import type { SpatialProblem } from "./spatialProblem.js";

/**
 * Throws EngineError("invalid_argument") unless `problem` is usable by the models: at least two actors and one
 * dimension, min < max on every dimension, positions inside the scale, saliences in [0, 1] with a positive
 * total per actor, capabilities > 0, and (if given) an accommodation matrix with rows in [0, 1] summing ≤ 1.
 * Returns the problem unchanged.
 */
export function checkSpatialProblem(problem: SpatialProblem): SpatialProblem {
  const fail = (message: string): never => {
    throw new EngineError("invalid_argument", message);
  };
  const nd = problem.dimensions.length;
  if (nd < 1) fail("invalid forecast input: no dimensions");
  if (problem.actors.length < 2)
    fail(`invalid forecast input: ${problem.actors.length} actors (need 2 or more)`);
  for (const d of problem.dimensions) {
    if (!(Number.isFinite(d.min) && Number.isFinite(d.max) && d.min < d.max)) {
      fail(`invalid scale of dimension ${d.id}: ${d.min}..${d.max}`);
    }
    if (d.statusQuo !== undefined && !(d.statusQuo >= d.min && d.statusQuo <= d.max)) {
      fail(`invalid status quo of dimension ${d.id}: ${d.statusQuo}`);
    }
  }
  const ids = new Set<string>();
  for (const a of problem.actors) {
    if (ids.has(a.id)) fail(`invalid forecast input: duplicate actor ${a.id}`);
    ids.add(a.id);
    if (!(Number.isFinite(a.capability) && a.capability > 0))
      fail(`invalid capability of ${a.id}: ${a.capability}`);
    if (a.position.length !== nd || a.salience.length !== nd) {
      fail(`invalid actor ${a.id}: expected ${nd} positions and saliences`);
    }
    let total = 0;
    for (let k = 0; k < nd; k++) {
      const dim = problem.dimensions[k]!;
      const x = a.position[k]!;
      const s = a.salience[k]!;
      if (!(Number.isFinite(x) && x >= dim.min && x <= dim.max))
        fail(`invalid position of ${a.id} on ${dim.id}: ${x}`);
      if (!(Number.isFinite(s) && s >= 0 && s <= 1)) fail(`invalid salience of ${a.id} on ${dim.id}: ${s}`);
      total += s;
    }
    if (!(total > 0)) fail(`invalid salience of ${a.id}: all zero`);
  }
  const acc = problem.accommodation;
  if (acc) {
    const n = problem.actors.length;
    if (acc.length !== n || acc.some((r) => r.length !== n))
      fail(`invalid accommodation matrix: not ${n}×${n}`);
    for (const row of acc) {
      if (row.some((v) => !(v >= 0 && v <= 1))) fail("invalid accommodation matrix: entries outside [0, 1]");
      if (row.reduce((s, v) => s + v, 0) > 1 + 1e-10)
        fail("invalid accommodation matrix: a row sums above 1");
    }
  }
  return problem;
}
