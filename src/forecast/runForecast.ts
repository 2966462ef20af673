import { EngineError } from "../errors.js";
import type { Rng } from "../util/rng.js";
import { type BdmOptions, bdmDefaults, bdmVariants, runBdm } from "./bdm.js";
import { runCompromise } from "./compromise.js";
import { type ExchangeOptions, exchangeDefaults, runExchange } from "./exchange.js";
import type { ForecastResult } from "./forecastResult.js";
import { runSmp, type SmpOptions, smpDefaults, smpVariants } from "./smp.js";
import type { SpatialProblem } from "./spatialProblem.js";

/** Model names accepted by {@link runForecast}. */
export type ForecastModel = "compromise" | "median" | "smp" | "bdm" | "exchange";

/** Every model, in the order `--model all` runs them. */
export const forecastModels: readonly ForecastModel[] = ["compromise", "median", "smp", "bdm", "exchange"];

function num(key: string, v: string): number {
  const x = Number(v);
  if (v.trim() === "" || !Number.isFinite(x))
    throw new EngineError("invalid_argument", `invalid ${key}: ${v}`);
  return x;
}

function pick(key: string, v: string, allowed: readonly string[]): string {
  if (!allowed.includes(v))
    throw new EngineError("invalid_argument", `invalid ${key}: ${v} (one of ${allowed.join(", ")})`);
  return v;
}

/**
 * Typed options of `model` from KEY=VALUE strings (as given to `--variant`). Keys are the reference's switch
 * names: SMP `VictoryProbModel`, `PCEModel`, `StateTransitions`, `VotingRule`, `BigRRange`, `BigRAdjust`,
 * `ThirdPartyCommit`, `InterVecBrgn`, `BargnModel`, `maxTurns`; BDM `probability`, `Q`, `T`, `median`,
 * `compromise`, `offers`, `rounds`; exchange `rounds`, `salienceWeight`, `fixedWeight`. Throws
 * EngineError("invalid_argument") on an unknown key or value.
 */
export function forecastOptions(
  model: ForecastModel,
  variant: Readonly<Record<string, string>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(variant)) {
    if (model === "smp") {
      if (key in smpVariants) out[key] = pick(key, v, smpVariants[key]!);
      else if (key === "maxTurns") out[key] = num(key, v);
      else throw new EngineError("invalid_argument", `unknown variant: ${key} (model smp)`);
    } else if (model === "bdm") {
      if (key in bdmVariants) out[key] = pick(key, v, bdmVariants[key]!);
      else if (key === "Q" || key === "rounds") out[key] = num(key, v);
      else if (key === "T") out[key] = v === "eftekhari" ? v : num(key, v);
      else throw new EngineError("invalid_argument", `unknown variant: ${key} (model bdm)`);
    } else if (model === "exchange") {
      if (key in exchangeDefaults) out[key] = num(key, v);
      else throw new EngineError("invalid_argument", `unknown variant: ${key} (model exchange)`);
    } else {
      throw new EngineError("invalid_argument", `unknown variant: ${key} (model ${model} has no settings)`);
    }
  }
  return out;
}

/**
 * Runs one forecasting model on `problem` with settings `variant` (KEY=VALUE strings, see
 * {@link forecastOptions}). `rng` is used by stochastic settings only (SMP `StateTransitions=Stochastic`,
 * random tie-breaking in the exchange model). Throws EngineError("unknown_model") for an unknown model.
 */
export function runForecast(
  problem: SpatialProblem,
  model: string,
  variant: Readonly<Record<string, string>> = {},
  rng?: Rng,
): ForecastResult {
  if (!(forecastModels as readonly string[]).includes(model)) {
    throw new EngineError(
      "unknown_model",
      `unknown model: ${model} (one of ${forecastModels.join(", ")}, all)`,
    );
  }
  const m = model as ForecastModel;
  const o = forecastOptions(m, variant);
  switch (m) {
    case "compromise":
      return runCompromise(problem, { statistic: "mean" });
    case "median":
      return runCompromise(problem, { statistic: "median" });
    case "smp":
      return runSmp(problem, o as Partial<SmpOptions>, rng);
    case "bdm":
      return runBdm(problem, o as Partial<BdmOptions>);
    case "exchange":
      return runExchange(problem, o as Partial<ExchangeOptions>, rng);
  }
}

/** The defaults of every model, as KEY=VALUE strings. */
export const forecastDefaults: Readonly<Record<ForecastModel, Record<string, string>>> = {
  compromise: {},
  median: {},
  smp: Object.fromEntries(Object.entries(smpDefaults).map(([k, v]) => [k, String(v)])),
  bdm: Object.fromEntries(Object.entries(bdmDefaults).map(([k, v]) => [k, String(v)])),
  exchange: Object.fromEntries(Object.entries(exchangeDefaults).map(([k, v]) => [k, String(v)])),
};
