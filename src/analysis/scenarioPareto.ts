/**
 * A scenario as input of the Pareto report, so `impasse pareto SCENARIO` and `POST /api/pareto` answer scenarios
 * and GENIUS domains with the same JSON.
 * @module
 */
import type { Diagnostic } from "../errors.js";
import type { Scenario } from "../model/index.js";
import { compileScenario, spaceOf } from "../preferences/index.js";
import type { ParetoInput } from "./paretoReport.js";

/**
 * The utility space of `scenario` on date `at` (default the scenario's date) with the parties' reservation
 * values. Red lines are ignored unless `enforceRedLines` (then only outcomes keeping every hard position
 * remain, and the space is empty in a deadlock). A party without a reservation value gets 0, with a warning.
 */
export function scenarioPareto(
  scenario: Scenario,
  options: { at?: string; enforceRedLines?: boolean } = {},
): ParetoInput {
  const compiled = compileScenario(scenario, options.at ?? scenario.date);
  const space = spaceOf(compiled, options.enforceRedLines ? {} : { enforced: () => false });
  const diagnostics: Diagnostic[] = compiled.warnings.map((message) => ({
    code: "compile_warning",
    path: "",
    message,
    severity: "warning",
  }));
  const reservation = compiled.reservation.map((r, i) => {
    if (r !== null) return r;
    const party = compiled.parties[i];
    const index = scenario.parties.findIndex((p) => p.id === party);
    diagnostics.push({
      code: "reservation_missing",
      path: `parties[${index}].preferences.reservation`,
      message: `party ${party} has no reservation value; 0 is used as its disagreement utility`,
      severity: "warning",
    });
    return 0;
  });
  return { name: scenario.title, space, reservation, diagnostics };
}
