/**
 * Explains an infeasible scenario: every minimal conflict (minimal set of positions that cannot hold together)
 * and every minimal correction set (minimal set of positions whose relaxation opens a zone of agreement).
 *
 * Method. Start from the conflicts found inside constraint groups. Repeatedly take the minimal hitting sets of
 * the known conflicts and test each with the exact oracle: a hitting set whose removal still leaves the rest
 * infeasible is shrunk to a new conflict, which is added. When every minimal hitting set of the known conflicts
 * is a correction set, the known conflicts are all the minimal conflicts (if a conflict M were missing, picking
 * from each known conflict a position outside M gives a hitting set that leaves M in force), and the hitting
 * sets are exactly the minimal correction sets (Reiter 1987's hitting-set duality). Minimal hitting sets are
 * enumerated per connected component of the conflicts (Berge's algorithm) and combined; when there are more than
 * the budget allows, the cheapest correction sets are found by implicit hitting sets with HiGHS instead.
 * @module
 */
import type { CompiledScenario } from "../../preferences/index.js";
import type { MilpSolver } from "../../solver/index.js";
import type { FeasibilityOracle } from "./feasibilityOracle.js";
import { localConflicts } from "./localConflicts.js";
import { minimalCorrections } from "./minimalCorrections.js";
import { minimalTransversals } from "./minimalTransversals.js";
import { shrinkCore } from "./shrinkCore.js";

/** Result of {@link explainDeadlock}. */
export interface DeadlockExplanation {
  /** Minimal conflicts (position indices), smallest first. */
  conflicts: number[][];
  /** Minimal correction sets in order of (size, total salience, ids). */
  corrections: number[][];
  /** True when both lists are proven complete; otherwise `corrections` holds the cheapest ones found. */
  complete: boolean;
}

/** Explains why no outcome satisfies every position of `compiled`. */
export function explainDeadlock(
  compiled: CompiledScenario,
  oracle: FeasibilityOracle,
  solver: MilpSolver,
  options: { budget?: number; fallbackLimit?: number } = {},
): DeadlockExplanation {
  const budget = options.budget ?? 4096;
  const total = compiled.positions.length;
  const salience = compiled.positions.map((p) => p.ref.salience);
  const cost = (set: readonly number[]) => set.reduce((s, i) => s + (salience[i] as number), 0);
  const order = (a: readonly number[], b: readonly number[]) =>
    a.length - b.length || cost(a) - cost(b) || a.join(",").localeCompare(b.join(","), "en");
  const local = localConflicts(compiled);
  const cores = local.cores.map((c) => [...c]);
  for (;;) {
    const hitting = minimalTransversals(cores, budget);
    if (hitting === null) break;
    hitting.sort(order);
    let fresh: number[] | null = null;
    for (const h of hitting) {
      const enforced = new Uint8Array(total).fill(1);
      for (const i of h) enforced[i] = 0;
      if (oracle.feasible(enforced)) continue;
      const rest = Array.from({ length: total }, (_, i) => i).filter((i) => enforced[i] === 1);
      fresh = shrinkCore(oracle, rest, total);
      break;
    }
    if (fresh === null) {
      return { conflicts: sortConflicts(cores), corrections: hitting, complete: local.complete };
    }
    cores.push(fresh);
  }
  // Too many hitting sets to prove completeness: report the cheapest correction sets found by implicit hitting sets.
  const ihs = minimalCorrections(oracle, solver, total, {
    limit: options.fallbackLimit ?? 25,
    cores,
    salience,
  });
  return { conflicts: sortConflicts(ihs.cores), corrections: ihs.corrections.sort(order), complete: false };
}

function sortConflicts(cores: readonly (readonly number[])[]): number[][] {
  const unique = new Map(
    cores.map((c) => {
      const s = [...c].sort((a, b) => a - b);
      return [s.join(","), s] as const;
    }),
  );
  return [...unique.values()].sort(
    (a, b) => a.length - b.length || a.join(",").localeCompare(b.join(","), "en"),
  );
}
