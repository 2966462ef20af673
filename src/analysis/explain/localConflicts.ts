import type { CompiledScenario } from "../../preferences/index.js";

/** Groups with more hard positions than this are not searched exhaustively for local conflicts. */
export const MAX_LOCAL_POSITIONS = 20;

/**
 * Every minimal set of hard positions that cannot hold together within one constraint group (reservation
 * values aside), found by exhaustive search over the group's joint alternatives. Such sets are conflicts of
 * the whole scenario too, because groups share no issue. `complete` is false when a group had more than
 * {@link MAX_LOCAL_POSITIONS} positions and was skipped.
 */
export function localConflicts(compiled: CompiledScenario): { cores: number[][]; complete: boolean } {
  const cores: number[][] = [];
  let complete = true;
  for (const group of compiled.groups) {
    const m = group.positions.length;
    if (m < 1) continue;
    if (m > MAX_LOCAL_POSITIONS) {
      complete = false;
      continue;
    }
    // masks of positions satisfied together by some alternative
    const reachable = new Set<number>();
    for (let k = 0; k < group.size; k++) {
      let mask = 0;
      for (let j = 0; j < m; j++) if (group.satisfied[j]![k] === 1) mask |= 1 << j;
      reachable.add(mask);
    }
    const feasible = (mask: number) => {
      for (const r of reachable) if ((r & mask) === mask) return true;
      return false;
    };
    const minimal: number[] = [];
    const masks = Array.from({ length: 1 << m }, (_, i) => i).sort(
      (a, b) => popcount(a) - popcount(b) || a - b,
    );
    for (const mask of masks) {
      if (mask === 0 || minimal.some((c) => (c & mask) === c)) continue;
      if (!feasible(mask)) minimal.push(mask);
    }
    for (const mask of minimal) cores.push(group.positions.filter((_, j) => (mask & (1 << j)) !== 0));
  }
  return { cores, complete };
}

function popcount(x: number): number {
  let c = 0;
  while (x) {
    x &= x - 1;
    c++;
  }
  return c;
}
