import type { MilpSolver } from "../../solver/index.js";

/**
 * Every minimal hitting set of `sets` (up to `limit`), smallest first, by repeated binary programs that exclude
 * supersets of the sets already found. By the duality between minimal correction sets and minimal conflicts
 * (Reiter 1987; Liffiton & Sakallah 2008), the minimal hitting sets of *all* minimal correction sets are
 * exactly the minimal conflicts.
 */
export function minimalHittingSets(
  solver: MilpSolver,
  sets: readonly (readonly number[])[],
  total: number,
  limit: number,
): { sets: number[][]; complete: boolean } {
  const found: number[][] = [];
  const costs = new Array<number>(total).fill(1);
  while (found.length < limit) {
    const rows = [
      ...sets.map((s) => ({ vars: s, coefs: s.map(() => 1), lower: 1 })),
      ...found.map((f) => ({ vars: f, coefs: f.map(() => 1), upper: f.length - 1 })),
    ];
    const answer = solver.solveBinary({ costs, rows });
    if (answer.status === "infeasible") return { sets: found, complete: true };
    if (answer.status !== "optimal" || !answer.x)
      throw new Error(`hitting-set solve failed: ${answer.status}`);
    const x = answer.x;
    found.push(Array.from({ length: total }, (_, i) => i).filter((i) => x[i] === 1));
  }
  return { sets: found, complete: false };
}
