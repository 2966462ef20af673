/**
 * Negotiation simulation: protocols (stacked alternating offers, mediated single text), strategies behind
 * one interface, scenario dynamics on a simulated calendar, mediator patience, preconditions, uncertainty,
 * and seeded Monte Carlo on worker threads.
 * @module
 */

export { checkUncertainty } from "../model/checkUncertainty.js";
export {
  type Distribution,
  DistributionSchema,
  type UncertainParameter,
  UncertainParameterSchema,
  type Uncertainty,
  UncertaintySchema,
} from "../model/uncertaintySchema.js";
export { addDays } from "./addDays.js";
export { type AgreementFacts, agreementFacts } from "./agreementFacts.js";
export { allowedMask } from "./allowedMask.js";
export { bidOutcome } from "./bidOutcome.js";
export { conditionMask } from "./conditionMask.js";
export {
  domainMetrics,
  MAX_MULTILATERAL_FRONTIER_OUTCOMES,
  nearestDistance,
  type StateMetrics,
} from "./domainMetrics.js";
export type { DomainState, MediatorSpec, NegotiationDomain, Patience } from "./negotiationDomain.js";
export { type OfferMenu, offerMenu } from "./offerMenu.js";
export type { Bid, PartyView, ReceivedOffer } from "./partyView.js";
export {
  alternatingOffers,
  type MediatedOptions,
  mediatedSingleText,
  type Protocol,
  type ProtocolName,
  protocol,
  protocols,
} from "./protocols/index.js";
export { type DomainSource, domainSource, runChunk } from "./runChunk.js";
export { sampleDistribution } from "./sampleDistribution.js";
export { sampleScenario } from "./sampleScenario.js";
export { type ScenarioDomainOptions, scenarioDomain } from "./scenarioDomain.js";
export { Session, type SessionSetup } from "./session.js";
export type { EndReason, SessionError, SessionRecord, SessionState } from "./sessionState.js";
export { SessionView } from "./sessionView.js";
export { sharedMenu } from "./sharedMenu.js";
export { type SimulateOptions, simulate } from "./simulate.js";
export type { RunSettings, SimulationInput } from "./simulationInput.js";
export {
  type SimulationParameters,
  SimulationParametersSchema,
  simulationOptions,
} from "./simulationParameters.js";
export type { SampleSummary, SimulationResult } from "./simulationResult.js";
export { type SpaceDomainOptions, spaceDomain } from "./spaceDomain.js";
export {
  boulware,
  conceder,
  concessionCurve,
  createNegotiator,
  curveExponents,
  DEFAULT_STRATEGY,
  hardliner,
  linear,
  randomBaseline,
  redLineKeeper,
  strategies,
  timeDependent,
  timeDependentTarget,
  titForTat,
} from "./strategies/index.js";
export type { Negotiator, Response, StrategyFactory, StrategySpec } from "./strategy.js";
export { describeSample, type SummaryContext, summarizeRuns } from "./summarizeRuns.js";
export { wilsonInterval } from "./wilsonInterval.js";
