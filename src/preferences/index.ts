/**
 * Preferences: the scenario on a date (positions, reservation values moved by the front line), compiled
 * into additive utilities, positions and constraint groups, and the factored spaces built from them.
 * @module
 */
export type { CompiledGroup, CompiledPosition, CompiledScenario } from "./compiledScenario.js";
export { compileScenario, MAX_GROUP_ALTERNATIVES } from "./compileScenario.js";
export { controlAt } from "./controlAt.js";
export { heldShare } from "./heldShare.js";
export { type PartyState, type ScenarioState, scenarioAt } from "./scenarioAt.js";
export { type SpaceOptions, spaceOf } from "./spaceOf.js";
