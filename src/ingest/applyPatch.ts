/**
 * Applying a reviewed patch: returns a NEW scenario with the accepted changes (the input is never
 * modified), events kept in date order, and the result validated by the scenario schema and rules.
 * @module
 */
import { EngineError } from "../errors.js";
import { checkScenario, type Scenario, ScenarioSchema } from "../model/index.js";
import type { ScenarioPatch } from "./scenarioPatch.js";

/** Options of {@link applyPatch}. */
export interface ApplyPatchOptions {
  /** Ids of the changes to apply (default: all). Sources that accepted changes cite are always added. */
  accept?: readonly string[];
}

/**
 * Applies `patch` to a deep copy of `scenario`. Throws EngineError("scenario_invalid") with diagnostics when
 * the result does not validate, and EngineError("invalid_argument") for an unknown change id in `accept`.
 * @example const next = applyPatch(scenario, patch); // scenario is unchanged
 */
export function applyPatch(
  scenario: Scenario,
  patch: ScenarioPatch,
  options: ApplyPatchOptions = {},
): Scenario {
  const ids = new Set(patch.changes.map((c) => c.id));
  for (const id of options.accept ?? [])
    if (!ids.has(id)) throw new EngineError("invalid_argument", `unknown change: ${id}`);
  const accepted = new Set(options.accept ?? ids);
  const chosen = patch.changes.filter((c) => accepted.has(c.id));
  const cited = new Set(chosen.flatMap((c) => ("evidence" in c ? [c.evidence.source] : [])));
  const next = structuredClone(scenario);
  for (const c of patch.changes) {
    if (c.op === "addSource" && (accepted.has(c.id) || cited.has(c.sourceId)))
      next.sources[c.sourceId] = structuredClone(c.source);
  }
  for (const c of chosen) {
    switch (c.op) {
      case "addSource":
        break;
      case "addTerritory":
        if (!next.territories.some((t) => t.id === c.territory.id))
          next.territories.push(structuredClone(c.territory));
        break;
      case "addClaim": {
        const t = next.territories.find((x) => x.id === c.territory);
        if (!t)
          throw new EngineError(
            "unknown_territory",
            `unknown territory: ${c.territory} (accept its addTerritory change)`,
          );
        t.claims = [...(t.claims ?? []), structuredClone(c.claim)];
        break;
      }
      case "addControl": {
        const t = next.territories.find((x) => x.id === c.territory);
        if (!t)
          throw new EngineError(
            "unknown_territory",
            `unknown territory: ${c.territory} (accept its addTerritory change)`,
          );
        t.control = [...(t.control ?? []), structuredClone(c.snapshot)].sort((a, b) =>
          a.date.localeCompare(b.date),
        );
        break;
      }
      case "addEvent":
        next.events.push(structuredClone(c.event));
        break;
      case "addNote":
        next.notes = [...(next.notes ?? []), c.note];
        break;
    }
  }
  // Stable sort keeps the existing order of same-day events.
  next.events = next.events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || a.i - b.i)
    .map((x) => x.e);
  const parsed = ScenarioSchema.safeParse(next);
  if (!parsed.success)
    throw new EngineError("scenario_invalid", "the patched scenario does not validate", {
      details: {
        diagnostics: parsed.error.issues.map((i) => ({
          code: `schema_${i.code}`,
          path: i.path.join("."),
          message: i.message,
          severity: "error",
        })),
      },
    });
  const errors = checkScenario(parsed.data)
    .filter((d) => d.severity === "error")
    .map(({ pathKeys: _keys, ...d }) => d);
  if (errors.length > 0)
    throw new EngineError("scenario_invalid", "the patched scenario does not validate", {
      details: { diagnostics: errors },
    });
  return parsed.data;
}
