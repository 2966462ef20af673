import { EngineError } from "../../errors.js";

/** The default relative tolerance of the Pareto and counting kernels. */
export const DEFAULT_EPSILON = 1e-9;

/**
 * The tolerance for comparing two utilities `a` and `b`: `ε·max(1, |a|, |b|)`, i.e. relative for
 * magnitudes above 1 and absolute (ε) below. Two utilities closer than this are treated as equal.
 */
export function tolerance(a: number, b: number, epsilon: number): number {
  return epsilon * Math.max(1, Math.abs(a), Math.abs(b));
}

/** `u ≥ t` up to the tolerance: `u ≥ t − ε·max(1, |t|)`. The threshold test of {@link countAtLeast}. */
export function relaxedThreshold(t: number, epsilon: number): number {
  return t - epsilon * Math.max(1, Math.abs(t));
}

/** Validates an `epsilon` option (finite, ≥ 0) and returns it or the default. */
export function checkEpsilon(epsilon: number | undefined): number {
  if (epsilon === undefined) return DEFAULT_EPSILON;
  if (!(epsilon >= 0) || !Number.isFinite(epsilon)) {
    throw new EngineError("invalid_argument", `invalid epsilon: ${epsilon}`);
  }
  return epsilon;
}

/** Validates a party subset (distinct indices into `partyCount` parties); returns it or all parties. */
export function checkParties(parties: readonly number[] | undefined, partyCount: number): number[] {
  if (parties === undefined) return Array.from({ length: partyCount }, (_, p) => p);
  const seen = new Set<number>();
  for (const p of parties) {
    if (!Number.isInteger(p) || p < 0 || p >= partyCount || seen.has(p)) {
      throw new EngineError("invalid_argument", `invalid parties: ${JSON.stringify(parties)}`);
    }
    seen.add(p);
  }
  return [...parties];
}
