/**
 * Analysis: the scenario verdict with its explanation, proposals, timeline, exact Pareto analysis and
 * bargaining solutions.
 * @module
 */
export type {
  AnalysisResult,
  Concession,
  Conflict,
  PositionRef,
  ProposalAssessment,
  ProposalVerdict,
} from "./analysisResult.js";
export { type AnalyzeOptions, analyzeScenario } from "./analyzeScenario.js";
export { assessProposals } from "./assessProposals.js";
export { exactCount } from "./exactCount.js";
export { type DeadlockExplanation, explainDeadlock, feasibilityOracle } from "./explain/index.js";
export { scenarioTimeline, type TimelineEntry } from "./scenarioTimeline.js";
