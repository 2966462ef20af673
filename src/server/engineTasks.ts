/**
 * The engine tasks the server runs in worker threads: one entry per kind of engine work. Job kinds
 * (`jobs/jobKinds.ts`) and routes name these tasks.
 * @module
 */
import { analyzeScenario, scenarioTimeline } from "../analysis/index.js";
import { type ParetoInput, paretoJson } from "../analysis/paretoReport.js";
import { scenarioPareto } from "../analysis/scenarioPareto.js";
import { bargainingAnalysis } from "../analysis/solutions/bargainingAnalysis.js";
import { EngineError } from "../errors.js";
import { checkSpatialProblem } from "../forecast/checkSpatialProblem.js";
import { forecastProblem } from "../forecast/forecastProblem.js";
import { forecastReport, forecastRuns } from "../forecast/forecastReport.js";
import type { ForecastModel } from "../forecast/runForecast.js";
import type { ArticleFormat } from "../ingest/toPlainText.js";
import { geniusToSpace, importGenius, type NamedText } from "../interop/genius/index.js";
import type { Scenario } from "../model/index.js";
import { type SimulateOptions, simulate } from "../simulate/index.js";
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

/** Input of the `pareto` task: a scenario, or GENIUS / GeniusWeb files as `impasse pareto` reads them. */
export type ParetoTaskInput = { ignoreReservation?: boolean } & (
  | { kind: "scenario"; scenario: Scenario; at?: string; enforceRedLines?: boolean }
  | { kind: "genius"; files: NamedText[]; realSteps?: number }
);

/** Input of the `simulate` task: the scenario and the simulation options that travel as JSON. */
export interface SimulateTaskInput {
  scenario: Scenario;
  options: Omit<
    SimulateOptions,
    "workers" | "signal" | "onProgress" | "onTrace" | "yieldControl" | "chunkSize"
  >;
}

/** Input of the `forecast` task: a scenario with a `forecast` block and the options of `impasse forecast`. */
export interface ForecastTaskInput {
  scenario: Scenario;
  model: ForecastModel | "all";
  runs: number;
  seed: number;
}

/** Input of the `ingest` task: one article read against a scenario, as `impasse ingest --scenario`. */
export interface IngestTaskInput {
  scenario: Scenario;
  text: string;
  /** Name of the article in the report and the source note. */
  file: string;
  date?: string;
  format?: ArticleFormat;
  /** The hand-written rules alone, without the claim model. */
  rulesOnly?: boolean;
}

function paretoInput(input: ParetoTaskInput): ParetoInput {
  if (input.kind === "scenario") {
    return scenarioPareto(input.scenario, {
      ...(input.at ? { at: input.at } : {}),
      ...(input.enforceRedLines ? { enforceRedLines: true } : {}),
    });
  }
  const imported = importGenius(
    input.files,
    input.realSteps === undefined ? {} : { realSteps: input.realSteps },
  );
  const converted = geniusToSpace(imported);
  return {
    name: imported.domain.name,
    space: converted.space,
    reservation: converted.reservation,
    diagnostics: [...imported.diagnostics, ...converted.diagnostics],
  };
}

/**
 * name → task: `analyze` ({scenario, at?} → AnalysisResult), `timeline` ({scenario} → TimelineEntry[]),
 * `pareto` (ParetoTaskInput → the JSON of `impasse pareto --json`), `simulate` ({scenario, options} →
 * SimulationResult, reporting progress per chunk of runs), `forecast` (ForecastTaskInput → the JSON of
 * `impasse forecast --json`), `ingest` (IngestTaskInput → the JSON of `impasse ingest --json`).
 */
export const engineTasks: TaskTable = {
  analyze: async (input) => {
    const { scenario, at } = input as AnalyzeTaskInput;
    return analyzeScenario(scenario, { solver: await sharedSolver(), ...(at ? { at } : {}) });
  },
  timeline: async (input) => {
    const { scenario } = input as { scenario: Scenario };
    return scenarioTimeline(scenario, { solver: await sharedSolver() });
  },
  pareto: (input) => {
    const task = input as ParetoTaskInput;
    const pareto = paretoInput(task);
    const analysis = bargainingAnalysis(pareto.space, {
      reservation: pareto.reservation,
      ignoreReservation: task.ignoreReservation ?? false,
    });
    return paretoJson(pareto, analysis);
  },
  simulate: (input, context) => {
    const { scenario, options } = input as SimulateTaskInput;
    return simulate(
      { kind: "scenario", scenario },
      {
        ...options,
        workers: 0,
        // An aborted simulation ends after the current chunk with the runs completed so far (partial: true).
        signal: context.signal,
        onProgress: (done, total) => context.progress(done / total),
      },
    );
  },
  forecast: (input) => {
    const { scenario, model, runs, seed } = input as ForecastTaskInput;
    if (!scenario.forecast) throw new EngineError("not_found", "the scenario has no forecast block");
    const problem = forecastProblem(scenario.forecast, scenario.title);
    checkSpatialProblem(problem);
    return forecastReport(problem, forecastRuns(problem, { model, runs, seed }));
  },
  ingest: async (input) => {
    const { scenario, text, file, date, format, rulesOnly } = input as IngestTaskInput;
    // Loaded on first use: the NLP model is only needed by workers that ingest.
    const { buildPatch, ingestArticle, ingestReport } = await import("../ingest/index.js");
    const result = ingestArticle(text, {
      scenario,
      fileName: file,
      ...(date ? { date } : {}),
      ...(format ? { format } : {}),
      ...(rulesOnly ? { claimModel: false as const } : {}),
    });
    const article = { result, file };
    return ingestReport([article], buildPatch([article], scenario));
  },
};
