/**
 * The engine tasks the server runs in worker threads: one entry per kind of engine work. Job kinds
 * (`jobs/jobKinds.ts`) name these tasks; add the simulation task here when `src/simulate/` lands.
 * @module
 */
import { analyzeScenario, scenarioTimeline } from "../analysis/index.js";
import type { Scenario } from "../model/index.js";
import { createHighsSolver, type MilpSolver } from "../solver/index.js";
import type { TaskTable } from "./tasks/taskRunner.js";

let solver: Promise<MilpSolver> | undefined;
/** One solver per worker thread, created on first use. */
const sharedSolver = () => {
  solver ??= createHighsSolver();
  return solver;
};

// This module is loaded only in worker threads: start the solver now, while the thread is otherwise idle.
sharedSolver().catch(() => undefined);

/** Input of the `analyze` task. */
export interface AnalyzeTaskInput {
  scenario: Scenario;
  at?: string;
}

/** name → task: `analyze` ({scenario, at?} → AnalysisResult), `timeline` ({scenario} → TimelineEntry[]). */
export const engineTasks: TaskTable = {
  analyze: async (input) => {
    const { scenario, at } = input as AnalyzeTaskInput;
    return analyzeScenario(scenario, { solver: await sharedSolver(), ...(at ? { at } : {}) });
  },
  timeline: async (input) => {
    const { scenario } = input as { scenario: Scenario };
    return scenarioTimeline(scenario, { solver: await sharedSolver() });
  },
};
