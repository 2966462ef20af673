import { EngineError } from "../errors.js";
import type { Rng } from "../util/rng.js";
import type { Factor, FactoredSpace, SpaceIssue } from "./factoredSpace.js";

/** Options of {@link randomSpace}. */
export interface RandomSpaceOptions {
  /** Number of parties (default 2). */
  parties?: number;
  /** Number of factors (default 4). */
  factors?: number;
  /** Most issues per factor; each factor gets 1..this many (default 1: independent issues). */
  maxIssuesPerFactor?: number;
  /** Options per issue: each issue gets 2..this many (default 4); `fixedOptions` forces exactly this many. */
  maxOptions?: number;
  fixedOptions?: boolean;
  /** Probability that a joint alternative of a multi-issue factor is allowed (default 1). */
  keep?: number;
  /** When set, utilities are multiples of 1/grid in [0, 1] (exact ties); otherwise uniform in [0, 1). */
  grid?: number;
  /** Scale each factor's utilities by a random weight per party normalised to sum 1 (GENIUS-like). */
  weighted?: boolean;
}

/**
 * A seeded random factored space, for property tests and synthetic benchmarks. Multi-issue factors list
 * the allowed joint alternatives of their issues (each kept with probability `keep`, at least one).
 * @example
 * ```ts
 * randomSpace(rng(7), { parties: 2, factors: 100, maxOptions: 10, fixedOptions: true, weighted: true });
 * ```
 */
export function randomSpace(random: Rng, options: RandomSpaceOptions = {}): FactoredSpace {
  const P = options.parties ?? 2;
  const F = options.factors ?? 4;
  const maxJ = options.maxIssuesPerFactor ?? 1;
  const maxOptions = options.maxOptions ?? 4;
  const keep = options.keep ?? 1;
  if (!(P >= 0 && F >= 0 && maxJ >= 1 && maxOptions >= 1 && keep > 0 && keep <= 1)) {
    throw new EngineError("invalid_argument", `invalid random space options: ${JSON.stringify(options)}`);
  }
  const issues: SpaceIssue[] = [];
  const factors: Factor[] = [];
  const weights: number[][] = Array.from({ length: P }, () => {
    const w = Array.from({ length: F }, () => (options.weighted ? random.next() + 1e-3 : 1));
    const s = options.weighted ? w.reduce((a, b) => a + b, 0) : 1;
    return w.map((x) => x / s);
  });
  const value = (): number => (options.grid ? random.int(options.grid + 1) / options.grid : random.next());
  for (let f = 0; f < F; f++) {
    const J = 1 + random.int(maxJ);
    const sizes: number[] = [];
    const ids: number[] = [];
    for (let j = 0; j < J; j++) {
      const n = options.fixedOptions ? maxOptions : Math.max(1, 2 + random.int(Math.max(1, maxOptions - 1)));
      ids.push(issues.length);
      sizes.push(n);
      issues.push({ id: `i${issues.length}`, options: Array.from({ length: n }, (_, k) => `v${k}`) });
    }
    const joint: number[][] = [[]];
    for (const n of sizes) {
      const grown: number[][] = [];
      for (const prefix of joint) for (let k = 0; k < n; k++) grown.push([...prefix, k]);
      joint.splice(0, joint.length, ...grown);
    }
    let allowed = J === 1 ? joint : joint.filter(() => random.next() < keep);
    if (allowed.length === 0) allowed = [joint[random.int(joint.length)]!];
    const size = allowed.length;
    const choices = Int32Array.from(allowed.flat());
    const utilities = new Float64Array(size * P);
    for (let k = 0; k < size; k++)
      for (let p = 0; p < P; p++) utilities[k * P + p] = value() * weights[p]![f]!;
    factors.push({ issues: ids, size, choices, utilities });
  }
  return { issues, parties: Array.from({ length: P }, (_, p) => `p${p}`), factors };
}
