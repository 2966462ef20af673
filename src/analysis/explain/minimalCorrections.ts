/**
 * Minimal correction sets by implicit hitting sets (Davies & Bacchus 2011; Liffiton & Sakallah 2008): the
 * cheapest set of positions hitting every known conflict is proposed by a binary program (HiGHS); if dropping
 * it still leaves the rest infeasible, the rest is shrunk to a new conflict and the loop repeats. Each answer
 * is a minimal set of positions whose relaxation opens a zone of agreement, produced in order of cost
 * (number of positions first, then total salience); supersets of earlier answers are excluded.
 * @module
 */
import type { MilpSolver } from "../../solver/index.js";
import type { FeasibilityOracle } from "./feasibilityOracle.js";
import { shrinkCore } from "./shrinkCore.js";

/** Options of {@link minimalCorrections}. */
export interface CorrectionOptions {
  /** Positions that may be relaxed (default: all). */
  allowed?: (position: number) => boolean;
  /** Stop after this many correction sets. */
  limit: number;
  /** Conflicts already known (each a set of position indices). */
  cores: readonly (readonly number[])[];
  /** Concession cost weight per position (its salience). */
  salience: readonly number[];
}

/** Result of {@link minimalCorrections}. */
export interface CorrectionResult {
  /** Correction sets in order of (size, salience). */
  corrections: number[][];
  /** Every conflict known at the end (input cores plus the ones discovered). */
  cores: number[][];
  /** True when every minimal correction set within `allowed` was produced. */
  complete: boolean;
}

/** Enumerates minimal correction sets of the positions `0..total-1`. */
export function minimalCorrections(
  oracle: FeasibilityOracle,
  solver: MilpSolver,
  total: number,
  options: CorrectionOptions,
): CorrectionResult {
  const allowed = options.allowed ?? (() => true);
  const cores = options.cores.map((c) => [...c]);
  const seen = new Set(cores.map((c) => c.join(",")));
  const corrections: number[][] = [];
  const maxSalience = options.salience.reduce((a, b) => a + b, 0);
  const costs = options.salience.map((s) => maxSalience + 1 + s);
  const fixedZero = Array.from({ length: total }, (_, i) => i).filter((i) => !allowed(i));
  for (;;) {
    if (corrections.length >= options.limit) return { corrections, cores, complete: false };
    const rows = [
      ...cores.map((c) => ({ vars: c, coefs: c.map(() => 1), lower: 1 })),
      ...corrections.map((c) => ({ vars: c, coefs: c.map(() => 1), upper: c.length - 1 })),
    ];
    const answer = solver.solveBinary({ costs, rows, fixedZero });
    if (answer.status === "infeasible") return { corrections, cores, complete: true };
    if (answer.status !== "optimal" || !answer.x)
      throw new Error(`hitting-set solve failed: ${answer.status} ${answer.message ?? ""}`);
    const x = answer.x;
    const enforced = new Uint8Array(total);
    for (let i = 0; i < total; i++) enforced[i] = x[i] === 1 ? 0 : 1;
    if (oracle.feasible(enforced)) {
      corrections.push(Array.from({ length: total }, (_, i) => i).filter((i) => x[i] === 1));
      continue;
    }
    const rest = Array.from({ length: total }, (_, i) => i).filter((i) => enforced[i] === 1);
    const core = shrinkCore(oracle, rest, total);
    const key = core.join(",");
    if (seen.has(key)) throw new Error(`internal: rediscovered conflict ${key}`);
    seen.add(key);
    cores.push(core);
  }
}
