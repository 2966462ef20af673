/**
 * Engine work the server runs off the request path: named tasks (analysis, timeline, simulation…) executed
 * by a {@link TaskRunner} that enforces a time limit and cancellation.
 * @module
 */

/** What a running task may use: report progress (0..1) and notice cancellation. */
export interface TaskContext {
  progress(fraction: number): void;
  signal: AbortSignal;
}

/** One task: JSON-serialisable input in, JSON-serialisable result out. */
export type Task = (input: unknown, context: TaskContext) => unknown;

/** name → task. The module exporting the server's table is `engineTasks.ts`. */
export type TaskTable = Readonly<Record<string, Task>>;

/** Options of one {@link TaskRunner.run} call. */
export interface RunOptions {
  /** Rejects with `EngineError("cancelled")` when aborted; a running task is stopped. */
  signal?: AbortSignal;
  /**
   * On abort, give a running task this many milliseconds to wind down through its own `context.signal` and
   * settle (e.g. with a partial result) before it is stopped. Default 0: stop at once.
   */
  graceMs?: number;
  /** Rejects with `EngineError("timeout")` after this many milliseconds (queueing included). */
  timeoutMs?: number;
  onProgress?: (fraction: number) => void;
}

/** Runs named tasks. */
export interface TaskRunner {
  run(name: string, input: unknown, options?: RunOptions): Promise<unknown>;
  /** Stops every worker; pending runs reject with `cancelled`. */
  close(): Promise<void>;
}
