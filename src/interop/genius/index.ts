/**
 * GENIUS / GeniusWeb interoperability: read XML domains and additive profiles (GENIUS semantics) and
 * GeniusWeb JSON profiles, convert them to a {@link FactoredSpace}, and export / re-import a lossless
 * JSON form.
 * @module
 */
export { exportGeniusJson, GeniusJsonSchema, parseGeniusJson } from "./geniusJson.js";
export {
  cleanNumber,
  type GeniusScenario,
  type GeniusToScenarioOptions,
  geniusToScenario,
  toScenarioId,
  uniqueIds,
  utilityDifferenceBound,
} from "./geniusToScenario.js";
export { type GeniusSpace, geniusToSpace } from "./geniusToSpace.js";
export type {
  GeniusDomain,
  GeniusEvaluator,
  GeniusImport,
  GeniusIssue,
  GeniusProfile,
} from "./geniusTypes.js";
export { geniusUtility, optionScore } from "./geniusUtility.js";
export { importGenius, type NamedText } from "./importGenius.js";
export { type GeniusDomainOptions, parseGeniusDomain } from "./parseGeniusDomain.js";
export { parseGeniusProfile } from "./parseGeniusProfile.js";
export { geniusWebDomain, parseGeniusWebProfile } from "./parseGeniusWeb.js";
export {
  domainXml,
  profileXml,
  type ScenarioGenius,
  type ScenarioToGeniusOptions,
  scenarioToGenius,
} from "./scenarioToGenius.js";
