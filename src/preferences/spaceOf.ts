import { type Factor, type FactoredSpace, selectAlternatives } from "../space/index.js";
import type { CompiledScenario } from "./compiledScenario.js";

/** Which positions hold and which options remain possible when building a space. */
export interface SpaceOptions {
  /** Hard position index → enforced? Default: every hard position is enforced. */
  enforced?: (position: number) => boolean;
  /** issue index → allowed option indices (e.g. the terms of a proposal). Other issues are free. */
  restrict?: ReadonlyMap<number, ReadonlySet<number>>;
}

/**
 * The factored outcome space of a compiled scenario: one factor per constraint group, keeping the joint
 * alternatives that satisfy every enforced hard position and the restrictions.
 */
export function spaceOf(compiled: CompiledScenario, options: SpaceOptions = {}): FactoredSpace {
  const enforced = options.enforced ?? (() => true);
  const P = compiled.parties.length;
  const factors: Factor[] = compiled.groups.map((g) => {
    const J = g.issues.length;
    const active = g.positions.map((p, j) => (enforced(p) ? j : -1)).filter((j) => j >= 0);
    const limits = g.issues.map((i) => options.restrict?.get(i));
    const keep: number[] = [];
    for (let k = 0; k < g.size; k++) {
      let ok = true;
      for (const j of active)
        if ((g.satisfied[j] as Uint8Array)[k] === 0) {
          ok = false;
          break;
        }
      if (ok)
        for (let j = 0; j < J; j++) {
          const allowed = limits[j];
          if (allowed && !allowed.has(g.choices[k * J + j] as number)) {
            ok = false;
            break;
          }
        }
      if (ok) keep.push(k);
    }
    return selectAlternatives(g, keep, P);
  });
  return { issues: compiled.issues, parties: compiled.parties, factors };
}
