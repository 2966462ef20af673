import type { Scenario } from "./scenarioSchema.js";
import type { Uncertainty } from "./uncertaintySchema.js";

/**
 * Problems with the references of an uncertainty block: parties without preferences, unknown territories,
 * dimensions, issues and options. Returns one message per problem, prefixed with the parameter's index.
 */
export function checkUncertainty(scenario: Scenario, uncertainty: Uncertainty): string[] {
  const out: string[] = [];
  const withPrefs = new Set(scenario.parties.filter((p) => p.preferences).map((p) => p.id));
  const territories = new Set(scenario.territories.map((t) => t.id));
  const dimensions = new Map(scenario.dimensions.map((d) => [d.id, new Set(d.options.map((o) => o.id))]));
  const issues = new Map(scenario.issues.map((d) => [d.id, new Set(d.options.map((o) => o.id))]));
  uncertainty.parameters.forEach((u, i) => {
    const at = `uncertainty.parameters[${i}]`;
    if (!withPrefs.has(u.party)) out.push(`${at}: unknown party with preferences: ${u.party}`);
    const option = (kind: string, known: Map<string, Set<string>>, id: string, o?: string) => {
      const options = known.get(id);
      if (!options) out.push(`${at}: unknown ${kind}: ${id}`);
      else if (o !== undefined && !options.has(o)) out.push(`${at}: unknown option "${o}" of ${kind} ${id}`);
    };
    switch (u.parameter) {
      case "territoryWeight":
        if (u.territory !== "*" && !territories.has(u.territory))
          out.push(`${at}: unknown territory: ${u.territory}`);
        break;
      case "dimensionWeight":
        option("dimension", dimensions, u.dimension);
        break;
      case "issueWeight":
        option("issue", issues, u.issue);
        break;
      case "dimensionValue":
        option("dimension", dimensions, u.dimension, u.option);
        if (u.territory !== undefined && !territories.has(u.territory))
          out.push(`${at}: unknown territory: ${u.territory}`);
        break;
      case "issueValue":
        option("issue", issues, u.issue, u.option);
        break;
      case "reservation":
        break;
    }
  });
  return out;
}
