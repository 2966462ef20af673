/**
 * Forecasting: where negotiating positions converge. Compromise model and weighted median, KTAB's Spatial
 * Model of Politics, Bueno de Mesquita's expected-utility model (Scholz et al. reading), the
 * Stokman–van Oosten exchange model, and a seeded spread over inputs and model variants.
 * @module
 */

export {
  type ForecastInput,
  ForecastInputSchema,
  forecastPartyIds,
  forecastSourceIds,
  type SourcedValue,
  SourcedValueSchema,
} from "../model/forecastInputSchema.js";
export {
  type BdmActor,
  type BdmOptions,
  type BdmPass,
  bdmDefaults,
  bdmMean,
  bdmMedian,
  bdmPasses,
  bdmRound,
  bdmVariants,
  runBdm,
} from "./bdm.js";
export { checkSpatialProblem } from "./checkSpatialProblem.js";
export { type CompromiseOptions, runCompromise, weightedMean, weightedMedian } from "./compromise.js";
export {
  candidateExchanges,
  type Exchange,
  type ExchangeOptions,
  exchangeDefaults,
  realiseExchanges,
  runExchange,
} from "./exchange.js";
export { forecastProblem } from "./forecastProblem.js";
export {
  type ForecastModelJson,
  type ForecastReport,
  type ForecastReportOptions,
  type ForecastRun,
  forecastReport,
  forecastRuns,
} from "./forecastReport.js";
export type { ForecastEvent, ForecastResult } from "./forecastResult.js";
export {
  type DimensionSpread,
  defaultPerturbation,
  disagreementLine,
  type ForecastSpread,
  forecastSpread,
  type Perturbation,
  perturbProblem,
  quantile,
  type SpreadOptions,
  variantSweep,
} from "./forecastSpread.js";
export { formatFixed } from "./formatFixed.js";
export {
  coalitions,
  ktabVote,
  type PceModel,
  probCE,
  scalarPce,
  type VictoryProbModel,
  type VotingRule,
  victoryProb,
} from "./ktabPce.js";
export { readActorTable } from "./readActorTable.js";
export { readDecideInput } from "./readDecideInput.js";
export { type ForecastFormat, readForecastText } from "./readForecastText.js";
export { readKtabCsv } from "./readKtabCsv.js";
export { readKtabXml } from "./readKtabXml.js";
export {
  type ForecastModel,
  forecastDefaults,
  forecastModels,
  forecastOptions,
  runForecast,
} from "./runForecast.js";
export { runSmp, type SmpOptions, smpDefaults, smpVariants } from "./smp.js";
export type { SpatialActor, SpatialDimension, SpatialProblem } from "./spatialProblem.js";
