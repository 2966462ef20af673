/**
 * Each proposal against each party: does some completion of the proposal's open issues respect the party's
 * red lines and reach its reservation value? A red line is *broken* when every completion violates it.
 * @module
 */
import type { CompiledScenario } from "../preferences/index.js";
import { spaceOf } from "../preferences/index.js";
import type { PositionRef, ProposalAssessment, ProposalVerdict } from "./analysisResult.js";
import { findOutcomeAtLeast } from "./pareto/index.js";

const fmt = (x: number) => x.toFixed(3);

/** Assesses every proposal of the compiled scenario. */
export function assessProposals(compiled: CompiledScenario): ProposalAssessment[] {
  const { scenario } = compiled;
  const allThresholds = compiled.reservation.map((r) => (r === null ? Number.NEGATIVE_INFINITY : r));
  return scenario.proposals.map((proposal) => {
    const restrict = new Map<number, Set<number>>();
    for (const term of proposal.terms) {
      const keys =
        term.issue !== undefined
          ? [term.issue]
          : (term.territories === "*"
              ? scenario.territories.filter((t) => t.inPlay !== false).map((t) => t.id)
              : (term.territories ?? [])
            ).map((t) => `${t}.${term.dimension}`);
      for (const key of keys) {
        const index = compiled.issueIndex.get(key);
        if (index === undefined) continue;
        const option = compiled.issues[index]!.options.indexOf(term.option);
        restrict.set(index, new Set([option]));
      }
    }
    const parties: Record<string, ProposalVerdict> = {};
    compiled.parties.forEach((pid, pi) => {
      const own = compiled.positions.filter((p) => p.partyIndex === pi && p.threshold === undefined);
      const broken: PositionRef[] = [];
      for (const pos of own) {
        const group = compiled.groups.find((g) => g.positions.includes(pos.index));
        if (!group) continue;
        const j = group.positions.indexOf(pos.index);
        const J = group.issues.length;
        let possible = false;
        for (let k = 0; k < group.size && !possible; k++) {
          if (group.satisfied[j]![k] !== 1) continue;
          possible = group.issues.every((issue, q) => {
            const allowed = restrict.get(issue);
            return !allowed || allowed.has(group.choices[k * J + q]!);
          });
        }
        if (!possible) broken.push(pos.ref);
      }
      const reservation = compiled.reservation[pi] ?? null;
      let utility: { min: number; max: number } | null = null;
      let jointlyImpossible = false;
      if (broken.length === 0) {
        const space = spaceOf(compiled, {
          enforced: (p) => compiled.positions[p]!.partyIndex === pi,
          restrict,
        });
        jointlyImpossible = space.factors.some((f) => f.size === 0);
        if (!jointlyImpossible) {
          const P = compiled.parties.length;
          let min = 0;
          let max = 0;
          for (const f of space.factors) {
            let lo = Number.POSITIVE_INFINITY;
            let hi = Number.NEGATIVE_INFINITY;
            for (let k = 0; k < f.size; k++) {
              const u = f.utilities[k * P + pi]!;
              lo = Math.min(lo, u);
              hi = Math.max(hi, u);
            }
            min += lo;
            max += hi;
          }
          utility = { min, max };
        }
      }
      const acceptable =
        broken.length === 0 &&
        utility !== null &&
        (reservation === null || utility.max >= reservation - 1e-9);
      let reason: string;
      if (broken.length > 0) reason = `breaks ${broken.map((b) => b.description).join("; ")}`;
      else if (jointlyImpossible) reason = "no completion satisfies all of its red lines together";
      else if (!acceptable && utility && reservation !== null)
        reason = `its best completion gives ${fmt(utility.max)}, below the reservation value ${fmt(reservation)}`;
      else if (reservation === null && own.length === 0) reason = "no red lines or reservation value stated";
      else
        reason = `a completion respects every red line${reservation === null ? "" : ` and reaches ${fmt(utility?.max ?? 0)} ≥ ${fmt(reservation)}`}`;
      parties[pid] = { acceptable, utility, reservation, brokenRedLines: broken, reason };
    });
    const jointSpace = spaceOf(compiled, { restrict });
    const acceptableToAll =
      !jointSpace.factors.some((f) => f.size === 0) && findOutcomeAtLeast(jointSpace, allThresholds) !== null;
    return {
      id: proposal.id,
      name: proposal.name,
      by: proposal.by,
      ...(proposal.date === undefined ? {} : { date: proposal.date }),
      parties,
      acceptableToAll,
    };
  });
}
