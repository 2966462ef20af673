/**
 * The `impasse pareto --json` document (also the answer of `POST /api/pareto`): the frontier, every
 * bargaining solution and the rational count of a space with reservation values.
 * @module
 */
import type { Diagnostic } from "../errors.js";
import type { FactoredSpace } from "../space/index.js";
import type { FrontierPoint } from "./pareto/index.js";
import type { BargainingAnalysis } from "./solutions/bargainingAnalysis.js";

/** What a Pareto report analyses: a space, reservation values, and notes about the input. */
export interface ParetoInput {
  name: string;
  space: FactoredSpace;
  reservation: number[];
  diagnostics: Diagnostic[];
}

/** Option labels of an outcome, issue id → option. */
export function outcomeLabels(space: FactoredSpace, outcome: Int32Array): Record<string, string> {
  return Object.fromEntries(space.issues.map((issue, i) => [issue.id, issue.options[outcome[i]!]!]));
}

/**
 * The `--json` document: `outcomes` (decimal string), `parties`, `reservation`, `disagreement`,
 * `frontier` (each point: `utilities` in party order, `outcome` as issue → value, `outcomes` = decimal
 * string count of outcomes sharing the vector), `solutions` (`nash`, `kalaiSmorodinsky`, `egalitarian`,
 * `utilitarian`: arrays of tied points with `utilities` and `outcome`), `rational` (`count` as a decimal
 * string and `fraction`; null when exact counting exceeded its budget) and `diagnostics`.
 */
export function paretoJson(input: ParetoInput, a: BargainingAnalysis): Record<string, unknown> {
  const point = (p: FrontierPoint) => ({
    utilities: p.utilities,
    outcome: outcomeLabels(input.space, p.example),
  });
  return {
    domain: input.name,
    outcomes: a.outcomes.toString(),
    parties: a.parties,
    reservation: a.reservation,
    disagreement: a.disagreement,
    frontier: a.frontier.map((p) => ({ ...point(p), outcomes: p.count.toString() })),
    solutions: Object.fromEntries(Object.entries(a.solutions).map(([name, pts]) => [name, pts.map(point)])),
    rational: a.rational ? { count: a.rational.count.toString(), fraction: a.rational.fraction } : null,
    diagnostics: input.diagnostics,
  };
}
