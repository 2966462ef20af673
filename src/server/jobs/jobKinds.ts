/**
 * The registry of job kinds: long-running work started with `POST /api/scenarios/:id/jobs` (or the
 * `/simulations` shortcut), followed by Server-Sent Events, cancellable, and recorded as a run.
 *
 * Adding a kind takes two entries: a task in `../engineTasks.ts` (the function that does the work, run in a
 * worker thread) and a {@link JobKind} here naming that task. The simulation kind goes here once
 * `src/simulate/` exports its runner: `simulation: {parameters: SimulationParameters, task: "simulate",
 * input: (scenario, p) => ({scenario, ...p}), seed: (p) => String(p.seed)}`.
 * @module
 */
import { z } from "zod";
import { DateSchema, type Scenario } from "../../model/index.js";

/** One kind of job. */
export interface JobKind<P = unknown> {
  /** Schema of the job's parameters (the request body's `parameters`). */
  parameters: z.ZodType<P>;
  /** The runner task doing the work. */
  task: string;
  /** The task input built from the scenario and the validated parameters. */
  input(scenario: Scenario, parameters: P): unknown;
  /** The seed recorded with the run; null for deterministic work. */
  seed(parameters: P): string | null;
}

const AnalysisParameters = z.object({ at: DateSchema.optional() }).strict();

/** The analysis as a job: the same result as `GET /api/scenarios/:id/analysis`, with progress and cancel. */
export const analysisJob: JobKind<z.infer<typeof AnalysisParameters>> = {
  parameters: AnalysisParameters,
  task: "analyze",
  input: (scenario, p) => ({ scenario, ...(p.at ? { at: p.at } : {}) }),
  seed: () => null,
};

/** name → kind. */
export const jobKinds: Readonly<Record<string, JobKind>> = {
  analysis: analysisJob as JobKind,
};
