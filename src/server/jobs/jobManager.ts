/**
 * Runs jobs: validates parameters, runs the kind's task on the task runner with progress and cancellation,
 * notifies subscribers, and records every finished job as a run in the store (so results outlive the process).
 * @module
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import { EngineError, isEngineError } from "../../errors.js";
import type { Scenario } from "../../model/index.js";
import type { Clock, RunRecord, ScenarioStore } from "../../store/index.js";
import type { TaskRunner } from "../tasks/taskRunner.js";
import type { JobKind } from "./jobKinds.js";

/** A job as the API shows it. */
export interface JobMeta {
  id: string;
  kind: string;
  scenarioId: string;
  version: number;
  status: "queued" | "running" | "done" | "failed" | "cancelled";
  progress: number;
  result?: unknown;
  error?: { code: string; message: string };
  createdAt: string;
}

/** What subscribers hear. */
export type JobEvent =
  | { type: "progress"; progress: number }
  | { type: "done"; result: unknown }
  | { type: "failed"; error: { code: string; message: string } }
  | { type: "cancelled"; error: { code: string; message: string }; result?: unknown };

/** The job manager. */
export interface JobManager {
  /** Starts a job of `kind` on a stored scenario version; rejects unknown kinds and invalid parameters. */
  start(
    kind: string,
    target: { scenarioId: string; version: number; scenario: Scenario; parameters: unknown },
  ): JobMeta;
  /** A job, live or recorded; rejects with `not_found`. */
  get(id: string): Promise<JobMeta>;
  /** Listens to a live job's events until it ends; returns the unsubscribe function (undefined if not live). */
  subscribe(id: string, listener: (event: JobEvent) => void): (() => void) | undefined;
  /** Cancels a live job; a finished job is returned as it is. */
  cancel(id: string): Promise<JobMeta>;
  /** Cancels every live job and waits until each is recorded. */
  close(): Promise<void>;
}

interface LiveJob {
  meta: JobMeta;
  controller: AbortController;
  listeners: Set<(event: JobEvent) => void>;
  finished: Promise<void>;
}

/** Options of {@link createJobManager}. */
export interface JobManagerOptions {
  runner: TaskRunner;
  store: ScenarioStore;
  clock: Clock;
  kinds: Readonly<Record<string, JobKind>>;
  /** Time limit of one job in milliseconds (default: none). */
  timeoutMs?: number;
  /**
   * On cancel, how long a job may take to wind down and hand over a partial result (a simulation reports the
   * runs completed so far) before it is stopped (default 2000 ms).
   */
  cancelGraceMs?: number;
  /** Receives internal errors: a task failing with a non-engine error, or a finished job that could not be recorded. */
  onError?: (error: unknown) => void;
}

/** Creates a job manager. */
export function createJobManager(options: JobManagerOptions): JobManager {
  const live = new Map<string, LiveJob>();
  const now = () => options.clock().toISOString();

  const emit = (job: LiveJob, event: JobEvent) => {
    for (const listener of job.listeners) listener(event);
  };

  const execute = async (
    job: LiveJob,
    kind: JobKind,
    input: unknown,
    parameters: unknown,
    seed: string | null,
  ) => {
    job.meta.status = "running";
    let status: RunRecord["status"] = "done";
    let result: unknown = null;
    let error: RunRecord["error"] = null;
    try {
      result = await options.runner.run(kind.task, input, {
        signal: job.controller.signal,
        graceMs: options.cancelGraceMs ?? 2000,
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        onProgress: (fraction) => {
          job.meta.progress = Math.min(1, Math.max(0, fraction));
          emit(job, { type: "progress", progress: job.meta.progress });
        },
      });
    } catch (e) {
      status = isEngineError(e) && e.code === "cancelled" ? "cancelled" : "failed";
      error = isEngineError(e)
        ? { code: e.code, message: e.message }
        : { code: "internal", message: "the job failed with an internal error" };
      if (!isEngineError(e)) options.onError?.(e);
    }
    // A task that wound down after a cancel hands back a partial result: the job is still cancelled.
    const cancelledWithResult = status === "done" && job.controller.signal.aborted;
    if (cancelledWithResult) {
      status = "cancelled";
      error = { code: "cancelled", message: "the job was cancelled; the result is partial" };
    }
    const finishedAt = now();
    job.meta.status = status;
    if (status === "done") {
      job.meta.progress = 1;
      job.meta.result = result;
    } else if (error) job.meta.error = error;
    if (cancelledWithResult) job.meta.result = result;
    try {
      await options.store.recordRun({
        id: job.meta.id,
        scenarioId: job.meta.scenarioId,
        version: job.meta.version,
        kind: job.meta.kind,
        parameters,
        seed,
        status,
        result,
        error,
        startedAt: job.meta.createdAt,
        finishedAt,
      });
    } catch (e) {
      options.onError?.(e);
    }
    if (status === "done") emit(job, { type: "done", result });
    else if (status === "cancelled" && error) {
      emit(job, { type: "cancelled", error, ...(cancelledWithResult ? { result } : {}) });
    } else if (error) emit(job, { type: "failed", error });
    job.listeners.clear();
    // Finished jobs are read from the store from now on.
    live.delete(job.meta.id);
  };

  const manager: JobManager = {
    start(kindName, target) {
      const kind = options.kinds[kindName];
      if (!kind) {
        throw new EngineError(
          "not_found",
          `unknown job kind: ${kindName} (available: ${Object.keys(options.kinds).join(", ")})`,
        );
      }
      const parsed = (kind.parameters as z.ZodType).safeParse(target.parameters ?? {});
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = ["parameters", ...(issue?.path ?? [])].map(String).join(".");
        throw new EngineError("invalid_argument", `invalid ${path}: ${issue?.message ?? "invalid"}`, {
          details: { path },
        });
      }
      const meta: JobMeta = {
        id: randomUUID(),
        kind: kindName,
        scenarioId: target.scenarioId,
        version: target.version,
        status: "queued",
        progress: 0,
        createdAt: now(),
      };
      const job: LiveJob = {
        meta,
        controller: new AbortController(),
        listeners: new Set(),
        finished: Promise.resolve(),
      };
      live.set(meta.id, job);
      job.finished = execute(
        job,
        kind,
        kind.input(target.scenario, parsed.data),
        parsed.data,
        kind.seed(parsed.data),
      );
      return { ...meta };
    },

    async get(id) {
      const job = live.get(id);
      if (job) return { ...job.meta };
      const run = await options.store.getRun(id).catch((e: unknown) => {
        throw isEngineError(e) && e.code === "not_found"
          ? new EngineError("not_found", `unknown job: ${id}`)
          : e;
      });
      return {
        id: run.id,
        kind: run.kind,
        scenarioId: run.scenarioId,
        version: run.version,
        status: run.status,
        progress: run.status === "done" ? 1 : 0,
        ...(run.status === "done" || (run.status === "cancelled" && run.result !== null)
          ? { result: run.result }
          : {}),
        ...(run.error ? { error: run.error } : {}),
        createdAt: run.startedAt,
      };
    },

    subscribe(id, listener) {
      const job = live.get(id);
      if (!job) return undefined;
      job.listeners.add(listener);
      return () => job.listeners.delete(listener);
    },

    async cancel(id) {
      const job = live.get(id);
      if (job) {
        job.controller.abort();
        await job.finished;
      }
      return manager.get(id);
    },

    async close() {
      const jobs = [...live.values()];
      for (const job of jobs) job.controller.abort();
      await Promise.all(jobs.map((j) => j.finished));
    },
  };
  return manager;
}
