/** Explanations of deadlock: conflicts (minimal infeasible position sets) and concessions (minimal corrections). @module */

export { type DeadlockExplanation, explainDeadlock } from "./explainDeadlock.js";
export { type FeasibilityOracle, feasibilityOracle } from "./feasibilityOracle.js";
export { localConflicts, MAX_LOCAL_POSITIONS } from "./localConflicts.js";
export { type CorrectionOptions, type CorrectionResult, minimalCorrections } from "./minimalCorrections.js";
export { minimalHittingSets } from "./minimalHittingSets.js";
export { minimalTransversals } from "./minimalTransversals.js";
export { shrinkCore } from "./shrinkCore.js";
