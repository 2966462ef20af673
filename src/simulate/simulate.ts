/**
 * Monte Carlo negotiation simulation: K seeded runs, in the calling thread or on piscina worker threads.
 * Run k depends only on the seed and k (`rng(seed).fork(k)`), records are gathered in run order, so the
 * result is bit-for-bit the same whatever the worker count or chunking.
 * @module
 */
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Piscina } from "piscina";
import { EngineError } from "../errors.js";
import { checkUncertainty } from "../model/checkUncertainty.js";
import { type Uncertainty, UncertaintySchema } from "../model/uncertaintySchema.js";
import type { ChunkTask } from "./monteCarloWorker.js";
import type { Patience } from "./negotiationDomain.js";
import type { ProtocolName } from "./protocols/index.js";
import { domainSource, runChunk } from "./runChunk.js";
import type { SessionRecord } from "./sessionState.js";
import type { RunSettings, SimulationInput } from "./simulationInput.js";
import type { SimulationResult } from "./simulationResult.js";
import { createNegotiator, DEFAULT_STRATEGY } from "./strategies/index.js";
import type { StrategySpec } from "./strategy.js";
import { summarizeRuns } from "./summarizeRuns.js";

/** Options of {@link simulate}. */
export interface SimulateOptions {
  /** Number of runs K (≥ 1). */
  runs: number;
  /** Seed (default 1). */
  seed?: number;
  /** Protocol (default `alternating`). */
  protocol?: ProtocolName;
  /** Party id → strategy spec or factory; others use `defaultStrategy` (default `redLineKeeper:boulware`). */
  strategies?: Record<string, StrategySpec>;
  defaultStrategy?: string;
  /** Deadline in rounds (default 100). */
  maxRounds?: number;
  /** Calendar days per round (default 1). */
  daysPerRound?: number;
  /** First day of talks (scenarios; default the scenario's date). */
  start?: string;
  /** Mediator patience: undefined = the scenario's, null = never exits, or explicit limits. */
  patience?: Patience | null;
  /** Honour preconditions (default true). */
  preconditions?: boolean;
  /** Mediated protocol: modifications the mediator tries per round (default 8). */
  mutations?: number;
  /** Uncertainty to draw per run (default: the scenario's `uncertainty` block, if any). */
  uncertainty?: Uncertainty | null;
  /** Keep JSON trace lines per run and hand them to `onTrace` in run order. */
  trace?: boolean;
  /** Worker threads: 0 (default) runs in the calling thread; N ≥ 1 uses a piscina pool of N threads. */
  workers?: number;
  /** Runs per task (default: about 8 tasks per worker, at most 250 runs). */
  chunkSize?: number;
  /** Stops the simulation; the result then covers the runs completed so far and is marked partial. */
  signal?: AbortSignal;
  /** Called after each chunk with the number of runs completed. */
  onProgress?: (done: number, total: number) => void;
  /** Receives trace lines, in run order. */
  onTrace?: (lines: readonly string[]) => void;
  /** Yields to the event loop between chunks of a serial run (default: a zero timeout), so signals arrive. */
  yieldControl?: () => Promise<void>;
}

let simulations = 0;

/**
 * Runs a Monte Carlo simulation of `input` and summarises it. Strategy factories (functions) only run in
 * the calling thread (`workers: 0`). Throws `EngineError` for bad options; strategy failures are recorded in
 * the runs, not thrown.
 * @example
 * ```ts
 * const result = await simulate({ kind: "scenario", scenario }, { runs: 200, seed: 7, workers: 2 });
 * result.agreementProbability; result.agreementInterval; result.failures;
 * ```
 */
export async function simulate(input: SimulationInput, options: SimulateOptions): Promise<SimulationResult> {
  const runs = options.runs;
  if (!Number.isInteger(runs) || runs < 1) throw new EngineError("invalid_argument", `invalid runs: ${runs}`);
  const workers = options.workers ?? 0;
  if (!Number.isInteger(workers) || workers < 0)
    throw new EngineError("invalid_argument", `invalid workers: ${workers}`);
  const maxRounds = options.maxRounds ?? 100;
  if (!Number.isInteger(maxRounds) || maxRounds < 1)
    throw new EngineError("invalid_argument", `invalid maxRounds: ${maxRounds}`);
  const daysPerRound = options.daysPerRound ?? 1;
  if (!(daysPerRound >= 0) || !Number.isInteger(daysPerRound))
    throw new EngineError("invalid_argument", `invalid daysPerRound: ${daysPerRound}`);
  const strategies = options.strategies ?? {};
  if (workers > 0 && Object.values(strategies).some((s) => typeof s === "function"))
    throw new EngineError("invalid_argument", "invalid strategies: strategy functions need workers: 0");
  let uncertainty: Uncertainty | null = null;
  if (input.kind === "scenario") {
    const raw = options.uncertainty ?? (input.scenario as { uncertainty?: unknown }).uncertainty ?? null;
    if (raw !== null) {
      const parsed = UncertaintySchema.safeParse(raw);
      if (!parsed.success)
        throw new EngineError("invalid_argument", `invalid uncertainty: ${parsed.error.message}`);
      uncertainty = parsed.data;
      const problems = checkUncertainty(input.scenario, uncertainty);
      if (problems.length > 0)
        throw new EngineError("invalid_argument", `invalid uncertainty: ${problems.join("; ")}`, {
          details: { problems },
        });
    }
  }
  const effectiveInput: SimulationInput = input.kind === "scenario" ? { ...input, uncertainty } : input;
  const settings: RunSettings = {
    seed: options.seed ?? 1,
    protocol: options.protocol ?? "alternating",
    strategies,
    defaultStrategy: options.defaultStrategy ?? DEFAULT_STRATEGY,
    maxRounds,
    daysPerRound,
    preconditions: options.preconditions ?? true,
    trace: options.trace ?? false,
    ...(options.start === undefined ? {} : { start: options.start }),
    ...(options.patience === undefined ? {} : { patience: options.patience }),
    ...(options.mutations === undefined ? {} : { mutations: options.mutations }),
  };
  if (!Number.isFinite(settings.seed))
    throw new EngineError("invalid_argument", `invalid seed: ${settings.seed}`);
  // The certain domain gives the issues, participants and warnings of the summary (and validates names early).
  const base = domainSource(input.kind === "scenario" ? { ...input, uncertainty: null } : input, settings)(0);
  for (const c of base.participants)
    createNegotiator(strategies[base.space.parties[c]!] ?? settings.defaultStrategy);
  const chunk = options.chunkSize ?? Math.max(1, Math.min(250, Math.ceil(runs / Math.max(1, workers * 8))));
  const bounds: [number, number][] = [];
  for (let from = 0; from < runs; from += chunk) bounds.push([from, Math.min(runs, from + chunk)]);

  const done: (SessionRecord[] | undefined)[] = bounds.map(() => undefined);
  let completed = 0;
  let emitted = 0;
  const deliver = (index: number, records: SessionRecord[]) => {
    done[index] = records;
    completed += records.length;
    options.onProgress?.(completed, runs);
    while (emitted < done.length && done[emitted] !== undefined) {
      if (options.onTrace) for (const r of done[emitted]!) if (r.trace) options.onTrace(r.trace);
      emitted++;
    }
  };
  const signal = options.signal;
  if (workers === 0) {
    const source = uncertainty === null ? () => base : domainSource(effectiveInput, settings);
    const pause = options.yieldControl ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    for (let c = 0; c < bounds.length; c++) {
      if (signal?.aborted) break;
      const [from, to] = bounds[c]!;
      deliver(c, runChunk(source, settings, from, to));
      await pause();
    }
  } else {
    const pool = new Piscina({
      filename: workerFile.href,
      minThreads: Math.min(workers, bounds.length),
      maxThreads: workers,
      ...(workerFile.pathname.endsWith(".ts") ? { execArgv: ["--import", tsxLoader()] } : {}),
    });
    const inputKey = `${++simulations}:${settings.seed}`;
    // A few tasks in flight per thread; an abort stops new submissions and lets running chunks finish.
    let next = 0;
    const lane = async (): Promise<void> => {
      while (next < bounds.length && !signal?.aborted) {
        const c = next++;
        const [from, to] = bounds[c]!;
        const task: ChunkTask = { inputKey, input: effectiveInput, settings, from, to };
        deliver(c, (await pool.run(task)) as SessionRecord[]);
      }
    };
    try {
      await Promise.all(Array.from({ length: Math.min(bounds.length, 2 * workers) }, lane));
    } finally {
      await pool.destroy();
    }
  }
  const prefix: SessionRecord[] = [];
  for (const records of done) {
    if (!records) break;
    prefix.push(...records);
  }
  const named: Record<string, string> = {};
  for (const c of base.participants) {
    const id = base.space.parties[c]!;
    const s = strategies[id] ?? settings.defaultStrategy;
    named[id] = typeof s === "function" ? "custom" : s;
  }
  return summarizeRuns(prefix, {
    space: base.space,
    participants: base.participants,
    requestedRuns: runs,
    partial: prefix.length < runs,
    seed: settings.seed,
    protocol: settings.protocol,
    maxRounds,
    strategies: named,
    mediator: base.mediator?.party ?? null,
    start: base.start,
    uncertain: uncertainty !== null,
    warnings: base.warnings,
  });
}

const workerFile = new URL(
  `./monteCarloWorker.${import.meta.url.endsWith(".ts") ? "ts" : "js"}`,
  import.meta.url,
);

/** The tsx loader, so that worker threads can load the TypeScript worker module during development. */
function tsxLoader(): string {
  return pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
}
