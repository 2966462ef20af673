import { EngineError } from "../errors.js";
import type { Preferences, Scenario } from "../model/index.js";
import type { Uncertainty } from "../model/uncertaintySchema.js";
import type { Rng } from "../util/rng.js";
import { sampleDistribution } from "./sampleDistribution.js";

/**
 * A copy of `scenario` with every uncertain parameter drawn (in the order listed). Reservation values are
 * clamped to [0, 1], option values to [0, 100], weights to ≥ 0; a reservation that moves with control keeps
 * its control dependence around the drawn value. Throws `unknown_party` for a party without preferences.
 */
export function sampleScenario(scenario: Scenario, uncertainty: Uncertainty, random: Rng): Scenario {
  const copy = structuredClone(scenario);
  for (const u of uncertainty.parameters) {
    const party = copy.parties.find((p) => p.id === u.party);
    if (!party?.preferences)
      throw new EngineError("unknown_party", `unknown party with preferences: ${u.party}`);
    const prefs: Preferences = party.preferences;
    const x = sampleDistribution(u.distribution, random);
    const w = Math.max(0, x);
    const v = Math.min(100, Math.max(0, x));
    switch (u.parameter) {
      case "reservation":
        prefs.reservation = { ...(prefs.reservation ?? {}), value: Math.min(1, Math.max(0, x)) };
        break;
      case "territoryWeight":
        prefs.territoryWeights = { ...(prefs.territoryWeights ?? {}), [u.territory]: w };
        break;
      case "dimensionWeight":
        prefs.dimensionWeights = { ...(prefs.dimensionWeights ?? {}), [u.dimension]: w };
        break;
      case "issueWeight":
        prefs.issueWeights = { ...(prefs.issueWeights ?? {}), [u.issue]: w };
        break;
      case "issueValue":
        prefs.issueValues = {
          ...(prefs.issueValues ?? {}),
          [u.issue]: { ...(prefs.issueValues?.[u.issue] ?? {}), [u.option]: v },
        };
        break;
      case "dimensionValue":
        if (u.territory === undefined)
          prefs.dimensionValues = {
            ...(prefs.dimensionValues ?? {}),
            [u.dimension]: { ...(prefs.dimensionValues?.[u.dimension] ?? {}), [u.option]: v },
          };
        else {
          const t = prefs.territoryValues?.[u.territory] ?? {};
          const base = t[u.dimension] ?? prefs.dimensionValues?.[u.dimension] ?? {};
          prefs.territoryValues = {
            ...(prefs.territoryValues ?? {}),
            [u.territory]: { ...t, [u.dimension]: { ...base, [u.option]: v } },
          };
        }
        break;
    }
  }
  return copy;
}
