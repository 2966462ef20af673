import { EngineError } from "../errors.js";

/**
 * The Wilson score interval for a binomial proportion: `successes` out of `trials` at confidence level given
 * by the normal quantile `z` (default 1.959964, 95%). Returns [0, 1] for zero trials.
 * @example
 * ```ts
 * wilsonInterval(0, 100); // [0, 0.037]
 * ```
 */
export function wilsonInterval(successes: number, trials: number, z = 1.959963984540054): [number, number] {
  if (!Number.isInteger(trials) || trials < 0)
    throw new EngineError("invalid_argument", `invalid trials: ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new EngineError("invalid_argument", `invalid successes: ${successes}`);
  if (trials === 0) return [0, 1];
  const p = successes / trials;
  const z2 = z * z;
  const denom = 1 + z2 / trials;
  const center = (p + z2 / (2 * trials)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // the interval ends exactly at 0 (or 1) when no run (or every run) succeeded
  return [
    successes === 0 ? 0 : Math.max(0, center - half),
    successes === trials ? 1 : Math.min(1, center + half),
  ];
}
