/**
 * Exact counting of acceptable outcomes on a compiled scenario. Utilities are exact multiples of 1/D per party
 * (see `unitScale`); counting on those integers lets equal partial sums merge exactly, so the dynamic program of
 * `countAtLeast` stays within its band. Factors are processed widest range first, which narrows the undecided
 * band early.
 * @module
 */
import { isEngineError } from "../errors.js";
import type { CompiledScenario } from "../preferences/index.js";
import type { FactoredSpace } from "../space/index.js";
import { countAtLeast } from "./pareto/index.js";

/** The exact number of outcomes of `space` meeting `thresholds`, or null when counting exceeds its budget. */
export function exactCount(
  compiled: CompiledScenario,
  space: FactoredSpace,
  thresholds: readonly number[],
  maxStates = 1_500_000,
): bigint | null {
  const P = space.parties.length;
  if (space.factors.some((f) => f.size === 0)) return 0n;
  const constrained = thresholds.map((t, p) => (Number.isFinite(t) ? p : -1)).filter((p) => p >= 0);
  const scale = thresholds.map((_, p) => (constrained.includes(p) ? compiled.unitScale[p] : 1));
  const integral = constrained.every((p) => scale[p] !== null && scale[p] !== undefined);
  const factors = space.factors.map((f) => {
    if (!integral) return f;
    const utilities = new Float64Array(f.utilities.length);
    for (let i = 0; i < utilities.length; i++) {
      const s = scale[i % P] as number;
      utilities[i] = constrained.includes(i % P) ? Math.round((f.utilities[i] as number) * s) : 0;
    }
    return { ...f, utilities };
  });
  const range = (f: (typeof factors)[number]) => {
    let r = 0;
    for (const p of constrained) {
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (let k = 0; k < f.size; k++) {
        const u = f.utilities[k * P + p] as number;
        lo = Math.min(lo, u);
        hi = Math.max(hi, u);
      }
      r += (hi - lo) / ((scale[p] as number | null) ?? 1);
    }
    return r;
  };
  const ordered = factors
    .map((f, i) => ({ f, i, r: range(f) }))
    .sort((a, b) => b.r - a.r || a.i - b.i)
    .map((x) => x.f);
  const t = thresholds.map((x, p) => (integral && Number.isFinite(x) ? x * (scale[p] as number) : x));
  try {
    return countAtLeast({ ...space, factors: ordered }, t, { maxStates });
  } catch (error) {
    if (isEngineError(error) && error.code === "space_too_large") return null;
    throw error;
  }
}
