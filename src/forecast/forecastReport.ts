/**
 * The forecast report that `impasse forecast --json` prints and `GET /api/scenarios/:id/forecast` returns:
 * each model's point forecast (history, probabilities, final positions) with its spread, and, for several
 * models, the one-line disagreement between them.
 * @module
 */
import { rng } from "../util/rng.js";
import type { ForecastResult } from "./forecastResult.js";
import {
  type DimensionSpread,
  disagreementLine,
  type ForecastSpread,
  forecastSpread,
  type Perturbation,
  variantSweep,
} from "./forecastSpread.js";
import { type ForecastModel, forecastModels, runForecast } from "./runForecast.js";
import { smpVariants } from "./smp.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** One model's JSON: the {@link ForecastResult} fields and, when runs > 0, a summary of its spread. */
export interface ForecastModelJson {
  model: string;
  turns: number;
  history: number[][][];
  probabilities: number[][] | null;
  final: ForecastResult["final"];
  actors: string[];
  dimensions: string[];
  variant: Record<string, string>;
  converged: boolean;
  log: ForecastResult["log"];
  spread?: {
    runs: number;
    seed: number;
    perturbation: Perturbation | null;
    /** Number of model variants swept. */
    variants: number;
    dimensions: DimensionSpread[];
  };
}

/** The report: one model's JSON, or every model's with the disagreement line. */
export type ForecastReport = ForecastModelJson | { models: ForecastModelJson[]; disagreement: string };

/** Options of {@link forecastReport}. */
export interface ForecastReportOptions {
  /** A model, or `all` (every model; the exchange model only with two or more dimensions). */
  model: ForecastModel | "all";
  /** KEY=VALUE settings for a single model. */
  variant?: Record<string, string>;
  /** Ensemble size of the spread; 0 for none. */
  runs: number;
  seed: number;
  /** Perturb the inputs in the spread (default true); false sweeps model variants only. */
  perturb?: boolean;
}

/** One model's run and spread, as the report is built from them. */
export interface ForecastRun {
  result: ForecastResult;
  spread: ForecastSpread | null;
}

/** Settings that the input file carries (KTAB XML ModelParameters) and that apply to `model`. */
function fileSettings(problem: SpatialProblem, model: ForecastModel): Record<string, string> {
  if (model !== "smp" || !problem.settings) return {};
  return Object.fromEntries(
    Object.entries(problem.settings).filter(([k]) => k in smpVariants && k !== "StateTransitions"),
  );
}

/** Runs the models that `options.model` names, each with its spread. */
export function forecastRuns(problem: SpatialProblem, options: ForecastReportOptions): ForecastRun[] {
  const models: ForecastModel[] =
    options.model === "all"
      ? forecastModels.filter((m) => m !== "exchange" || problem.dimensions.length > 1)
      : [options.model];
  return models.map((m) => {
    const base = { ...fileSettings(problem, m), ...(options.variant ?? {}) };
    // The point forecast is deterministic unless a stochastic setting is asked for.
    const result = runForecast(
      problem,
      m,
      base,
      base.StateTransitions === "Stochastic" ? rng(options.seed) : undefined,
    );
    const spread =
      options.runs > 0
        ? forecastSpread(problem, m, {
            runs: options.runs,
            seed: options.seed,
            base,
            variants: variantSweep(m),
            perturbation: options.perturb === false ? null : undefined,
            rng,
          })
        : null;
    return { result, spread };
  });
}

function modelJson({ result, spread }: ForecastRun): ForecastModelJson {
  return {
    model: result.model,
    turns: result.turns,
    history: result.history,
    probabilities: result.probabilities,
    final: result.final,
    actors: result.actors,
    dimensions: result.dimensions,
    variant: result.variant,
    converged: result.converged,
    log: result.log,
    ...(spread
      ? {
          spread: {
            runs: spread.runs,
            seed: spread.seed,
            perturbation: spread.perturbation,
            variants: spread.variants.length,
            dimensions: spread.dimensions,
          },
        }
      : {}),
  };
}

/**
 * The JSON report of `runs` (from {@link forecastRuns}): the single model's object, or `{models,
 * disagreement}` for several.
 * @example forecastReport(problem, forecastRuns(problem, {model: "all", runs: 100, seed: 1}))
 */
export function forecastReport(problem: SpatialProblem, runs: readonly ForecastRun[]): ForecastReport {
  if (runs.length === 1) return modelJson(runs[0]!);
  return {
    models: runs.map(modelJson),
    disagreement: disagreementLine(
      problem,
      runs.map((r) => r.result),
    ),
  };
}
