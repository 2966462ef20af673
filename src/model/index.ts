/**
 * The scenario model: zod schemas (the single source of the types), loading with diagnostics, JSON Schema.
 * @module
 */
export { checkScenario, type RuleDiagnostic } from "./checkScenario.js";
export { DateSchema, IdSchema } from "./common.js";
export { type Condition, ConditionSchema } from "./conditionSchema.js";
export { type EventEffect, EventEffectSchema, EventSchema, type ScenarioEvent } from "./eventSchema.js";
export {
  type ForecastInput,
  ForecastInputSchema,
  forecastPartyIds,
  forecastSourceIds,
  type SourcedValue,
  SourcedValueSchema,
} from "./forecastInputSchema.js";
export { formatPath } from "./formatPath.js";
export {
  type Dimension,
  DimensionSchema,
  type LinkedIssue,
  LinkedIssueSchema,
  OptionSchema,
} from "./issueSchema.js";
export { scenarioJsonSchema } from "./jsonSchema.js";
export { type ParsedScenario, parseScenarioText, type ScenarioTextLimits } from "./parseScenarioText.js";
export { type Party, PartySchema, PersonSchema, PreconditionSchema } from "./partySchema.js";
export {
  type Preferences,
  PreferencesSchema,
  type Ratifier,
  RatifierSchema,
  type RedLine,
  RedLineSchema,
  type Reservation,
  ReservationSchema,
  TerritorySelectorSchema,
} from "./preferencesSchema.js";
export { type Proposal, ProposalSchema, type ProposalTerm } from "./proposalSchema.js";
export { type Scenario, type ScenarioInput, ScenarioSchema } from "./scenarioSchema.js";
export { type Source, SourceSchema } from "./sourceSchema.js";
export {
  type Claim,
  ClaimBasisSchema,
  type ControlSnapshot,
  ControlSnapshotSchema,
  type Territory,
  TerritorySchema,
} from "./territorySchema.js";
export {
  type Distribution,
  DistributionSchema,
  type UncertainParameter,
  UncertainParameterSchema,
  type Uncertainty,
  UncertaintySchema,
} from "./uncertaintySchema.js";
