/**
 * The outcome-space kernel: factored spaces with additive utilities, their size, brute-force
 * enumeration and evaluation.
 * @module
 */
export { checkSpace } from "./checkSpace.js";
export { type EnumeratedOutcome, enumerateOutcomes } from "./enumerateOutcomes.js";
export { alternativeOf, evaluateOutcome } from "./evaluateOutcome.js";
export type { Factor, FactoredSpace, Outcome, SpaceIssue } from "./factoredSpace.js";
export { independentFactor } from "./independentFactor.js";
export { outcomeCount } from "./outcomeCount.js";
export { type RandomSpaceOptions, randomSpace } from "./randomSpace.js";
export { selectAlternatives } from "./selectAlternatives.js";
