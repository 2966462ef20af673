/**
 * Impasse as a library. Load a scenario, analyse it, explain a deadlock, compute Pareto frontiers and
 * bargaining solutions, simulate, forecast, ingest articles.
 *
 * @example
 * ```ts
 * import { readFileSync } from "node:fs";
 * import { analyzeScenario, createHighsSolver, parseScenarioText } from "impasse";
 * const { scenario, diagnostics } = parseScenarioText(readFileSync("scenarios/london-2025.yaml", "utf8"));
 * if (!scenario) throw new Error(diagnostics.map((d) => d.message).join("\n"));
 * const result = analyzeScenario(scenario, { solver: await createHighsSolver(), at: "2025-04-23" });
 * console.log(result.verdict, result.conflicts.map((c) => c.explanation));
 * ```
 * @module
 */

// analysis
export {
  type AnalysisResult,
  type AnalyzeOptions,
  analyzeScenario,
  assessProposals,
  type Concession,
  type Conflict,
  explainDeadlock,
  type PositionRef,
  type ProposalAssessment,
  scenarioTimeline,
  type TimelineEntry,
} from "./analysis/index.js";
export {
  countAtLeast,
  type FrontierPoint,
  findOutcomeAtLeast,
  idealPoint,
  paretoFrontier,
} from "./analysis/pareto/index.js";
export { outcomeLabels, type ParetoInput, paretoJson } from "./analysis/paretoReport.js";
export { scenarioPareto } from "./analysis/scenarioPareto.js";
export {
  type BargainingAnalysis,
  type BargainingOptions,
  bargainingAnalysis,
} from "./analysis/solutions/bargainingAnalysis.js";
export {
  egalitarian,
  kalaiSmorodinsky,
  nash,
  type SolutionFn,
  type SolutionName,
  type SolutionOptions,
  solution,
  utilitarian,
} from "./analysis/solutions/index.js";
// errors and utilities
export { type Diagnostic, EngineError, type ErrorCode, isEngineError } from "./errors.js";
// GENIUS / GeniusWeb interoperability
export {
  exportGeniusJson,
  geniusToSpace,
  importGenius,
  parseGeniusJson,
  parseGeniusWebProfile,
} from "./interop/genius/index.js";
// the scenario model
export {
  type Condition,
  checkScenario,
  type Dimension,
  type EventEffect,
  type LinkedIssue,
  type ParsedScenario,
  type Party,
  type Preferences,
  type Proposal,
  parseScenarioText,
  type RedLine,
  type Reservation,
  type Scenario,
  type ScenarioEvent,
  type ScenarioInput,
  ScenarioSchema,
  scenarioJsonSchema,
  type Territory,
} from "./model/index.js";
// a scenario on a date, compiled
export {
  type CompiledScenario,
  compileScenario,
  controlAt,
  heldShare,
  type ScenarioState,
  scenarioAt,
  spaceOf,
} from "./preferences/index.js";
// solver port
export { type BinaryProgram, createHighsSolver, type MilpSolver } from "./solver/index.js";
// outcome spaces (the kernel)
export {
  enumerateOutcomes,
  evaluateOutcome,
  type Factor,
  type FactoredSpace,
  independentFactor,
  type Outcome,
  outcomeCount,
  type SpaceIssue,
} from "./space/index.js";
export { type Rng, rng } from "./util/rng.js";
