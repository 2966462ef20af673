/**
 * The registry of job kinds: long-running work started with `POST /api/scenarios/:id/jobs` (or the
 * `/simulations` shortcut), followed by Server-Sent Events, cancellable, and recorded as a run.
 *
 * Adding a kind takes two entries: a task in `../engineTasks.ts` (the function that does the work, run in a
 * worker thread) and a {@link JobKind} here naming that task, with its parameter schema, the task input and
 * the seed to record.
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

const SimulationParameters = z
  .object({
    runs: z.number().int().min(1).max(100_000).default(200).describe("Number of Monte Carlo runs"),
    seed: z.number().int().default(1).describe("Seed: run k uses rng(seed).fork(k)"),
    protocol: z.enum(["alternating", "mediated"]).default("alternating"),
    strategies: z
      .record(z.string(), z.string())
      .default({})
      .describe("Party id → strategy name (e.g. boulware, conceder, titForTat, redLineKeeper:boulware)"),
    defaultStrategy: z.string().optional(),
    maxRounds: z.number().int().min(1).max(100_000).optional(),
    daysPerRound: z.number().int().min(0).optional(),
    start: DateSchema.optional(),
    patience: z
      .object({
        rounds: z.number().int().positive().optional(),
        days: z.number().int().positive().optional(),
      })
      .strict()
      .nullable()
      .optional()
      .describe("Mediator patience: null = never exits; omitted = the scenario's own"),
    preconditions: z.boolean().optional(),
    mutations: z.number().int().min(1).max(1000).optional(),
  })
  .strict();

/** Monte Carlo negotiation simulation (`simulate` in src/simulate) with progress per chunk of runs. */
export const simulationJob: JobKind<z.infer<typeof SimulationParameters>> = {
  parameters: SimulationParameters,
  task: "simulate",
  input: (scenario, p) => ({ scenario, options: p }),
  seed: (p) => String(p.seed),
};

const ParetoParameters = z
  .object({
    at: DateSchema.optional(),
    ignoreReservation: z.boolean().optional(),
    enforceRedLines: z.boolean().optional(),
  })
  .strict();

/** The Pareto analysis of a stored version as a job (the JSON of `impasse pareto --json`), recorded as a run. */
export const paretoJob: JobKind<z.infer<typeof ParetoParameters>> = {
  parameters: ParetoParameters,
  task: "pareto",
  input: (scenario, p) => ({ kind: "scenario", scenario, ...p }),
  seed: () => null,
};

/** name → kind. */
export const jobKinds: Readonly<Record<string, JobKind>> = {
  analysis: analysisJob as JobKind,
  pareto: paretoJob as JobKind,
  simulation: simulationJob as JobKind,
};
