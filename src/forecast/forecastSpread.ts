/**
 * Spread of a forecast: seeded Monte Carlo perturbation of capabilities, positions and saliences, combined
 * with a sweep over model variants. Each run k uses variant k mod V (V = number of variants; the default
 * variant first) and, when perturbation is on, inputs perturbed with the generator `rng.fork(k)`: positions
 * + U(−p, +p)·range (clipped to the scale), saliences and capabilities × (1 + U(−q, +q)) (saliences
 * clipped to [0, 1], capabilities kept > 0).
 * @module
 */
import { EngineError } from "../errors.js";
import type { Rng } from "../util/rng.js";
import { checkSpatialProblem } from "./checkSpatialProblem.js";
import type { ForecastResult } from "./forecastResult.js";
import { type ForecastModel, runForecast } from "./runForecast.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Perturbation sizes: positions as a fraction of the scale range, saliences and capabilities relative. */
export interface Perturbation {
  position: number;
  salience: number;
  capability: number;
}

/** Default perturbation: positions ±7.5 % of the range, saliences and capabilities ±20 %. */
export const defaultPerturbation: Readonly<Perturbation> = {
  position: 0.075,
  salience: 0.2,
  capability: 0.2,
};

/** Summary of one dimension over all runs. */
export interface DimensionSpread {
  id: string;
  median: number;
  /** Interquartile range [q25, q75]. */
  iqr: [number, number];
  /** 90 % range [q05, q95]. */
  range90: [number, number];
  min: number;
  max: number;
  /** Status quo, when the dimension has one, and the share of runs below, at (±0.5 % of range), above it. */
  statusQuo: number | null;
  belowStatusQuo: number | null;
  atStatusQuo: number | null;
  aboveStatusQuo: number | null;
}

/** The spread of one model's forecast. */
export interface ForecastSpread {
  model: string;
  runs: number;
  seed: number;
  perturbation: Perturbation | null;
  /** The variants swept (KEY=VALUE overrides of the defaults), in run order. */
  variants: Record<string, string>[];
  /** Expected outcome of each run, per dimension. */
  outcomes: number[][];
  dimensions: DimensionSpread[];
}

/** Quantile with linear interpolation (type 7) of sorted values. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

/** A copy of `problem` with perturbed inputs drawn from `rng`. */
export function perturbProblem(problem: SpatialProblem, p: Perturbation, rng: Rng): SpatialProblem {
  const u = () => 2 * rng.next() - 1;
  return {
    ...problem,
    actors: problem.actors.map((a) => ({
      ...a,
      capability: Math.max(1e-9, a.capability * (1 + p.capability * u())),
      position: a.position.map((x, d) => {
        const dim = problem.dimensions[d]!;
        const v = x + p.position * (dim.max - dim.min) * u();
        return Math.min(dim.max, Math.max(dim.min, v));
      }),
      salience: a.salience.map((s) => Math.min(1, Math.max(0, s * (1 + p.salience * u())))),
    })),
  };
}

/** Options of {@link forecastSpread}. */
export interface SpreadOptions {
  runs: number;
  seed: number;
  /** Settings applied to every run (from `--variant`). */
  base?: Record<string, string>;
  /** Variants to sweep; each is merged over `base`. Default: just `base`. */
  variants?: Record<string, string>[];
  /** Input perturbation, or null for none. Default {@link defaultPerturbation}. */
  perturbation?: Perturbation | null;
  rng: (seed: number) => Rng;
}

/**
 * Runs `model` `runs` times over the variant sweep and seeded input perturbation and summarises the
 * expected outcome per dimension: median, interquartile and 90 % ranges, extremes, and the share of runs
 * below, at and above the status quo. Throws EngineError("invalid_argument") for runs < 1.
 */
export function forecastSpread(
  problem: SpatialProblem,
  model: ForecastModel,
  options: SpreadOptions,
): ForecastSpread {
  if (!(Number.isInteger(options.runs) && options.runs >= 1)) {
    throw new EngineError("invalid_argument", `invalid runs: ${options.runs}`);
  }
  checkSpatialProblem(problem);
  const base = options.base ?? {};
  const variants = (options.variants?.length ? options.variants : [{}]).map((v) => ({ ...base, ...v }));
  const p = options.perturbation === undefined ? defaultPerturbation : options.perturbation;
  const root = options.rng(options.seed);
  const outcomes: number[][] = [];
  for (let k = 0; k < options.runs; k++) {
    const r = root.fork(k);
    const input = p ? perturbProblem(problem, p, r) : problem;
    const res: ForecastResult = runForecast(input, model, variants[k % variants.length]!, r);
    outcomes.push(res.final.expected);
  }
  const dims = problem.dimensions.map((d, i): DimensionSpread => {
    const v = outcomes.map((o) => o[i]!).sort((a, b) => a - b);
    const sq = d.statusQuo ?? null;
    const tol = 0.005 * (d.max - d.min);
    const share = (f: (x: number) => boolean) => (sq === null ? null : v.filter(f).length / v.length);
    return {
      id: d.id,
      median: quantile(v, 0.5),
      iqr: [quantile(v, 0.25), quantile(v, 0.75)],
      range90: [quantile(v, 0.05), quantile(v, 0.95)],
      min: v[0]!,
      max: v[v.length - 1]!,
      statusQuo: sq,
      belowStatusQuo: share((x) => x < sq! - tol),
      atStatusQuo: share((x) => Math.abs(x - sq!) <= tol),
      aboveStatusQuo: share((x) => x > sq! + tol),
    };
  });
  return {
    model,
    runs: options.runs,
    seed: options.seed,
    perturbation: p,
    variants,
    outcomes,
    dimensions: dims,
  };
}

/**
 * The standard variant sweep of each model: its defaults, then each alternative of each switch of the
 * reference table one at a time (SMP), or the replications' choices (BDM). Models without switches sweep
 * nothing.
 */
export function variantSweep(model: ForecastModel): Record<string, string>[] {
  switch (model) {
    case "smp":
      return [
        {},
        { VotingRule: "Binary" },
        { VotingRule: "PropBin" },
        { VotingRule: "Cubic" },
        { VotingRule: "PropCbc" },
        { VotingRule: "ASymProsp" },
        { PCEModel: "MarkovIncentive" },
        { PCEModel: "MarkovUniform" },
        { VictoryProbModel: "Square" },
        { VictoryProbModel: "Quartic" },
        { VictoryProbModel: "Binary" },
        { BigRRange: "Min" },
        { BigRRange: "Max" },
        { BigRAdjust: "None" },
        { BigRAdjust: "Half" },
        { BigRAdjust: "Full" },
        { ThirdPartyCommit: "NoCommit" },
        { ThirdPartyCommit: "FullCommit" },
        { InterVecBrgn: "S1P1" },
        { InterVecBrgn: "S2PMax" },
        { BargnModel: "InitRcvrInterp" },
        { BargnModel: "PWCompInterp" },
      ];
    case "bdm":
      return [
        {},
        { probability: "eum", Q: "0.5", compromise: "weighted", offers: "smallestMove", median: "total" },
        { probability: "scholz", offers: "typePriority" },
        { Q: "0.5", T: "eftekhari" },
        { compromise: "weighted" },
        { offers: "smallestMove" },
      ];
    default:
      return [{}];
  }
}

/**
 * One line on how much the models' point forecasts disagree: the widest range across models on any
 * dimension (in scale units and as a share of the scale), and the mean range over dimensions.
 */
export function disagreementLine(problem: SpatialProblem, results: readonly ForecastResult[]): string {
  if (results.length < 2) return "Only one model ran; no disagreement to report.";
  const ranges = problem.dimensions.map((d, i) => {
    const xs = results.map((r) => r.final.expected[i]!);
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    return { d, lo, hi, share: (hi - lo) / (d.max - d.min) };
  });
  const worst = ranges.reduce((a, b) => (b.share > a.share ? b : a));
  const mean = ranges.reduce((s, r) => s + r.share, 0) / ranges.length;
  const pct = (x: number) => `${(100 * x).toFixed(0)}%`;
  return `Models disagree most on ${worst.d.id} (${worst.lo.toFixed(1)} to ${worst.hi.toFixed(1)}, ${pct(worst.share)} of the scale); mean spread across dimensions ${pct(mean)} of the scale.`;
}
